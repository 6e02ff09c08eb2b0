import {readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {repoRoot} from '../../helpers/cli.js'
import {all, bom, folderInstead, insertBytes, linkLoop, linkOutside, noPermission, replaceText, writeFile, type Mutation} from './mutations.js'

/**
 * The bad-input table: a small change to a copy of the corpus, the command, the exit code and the
 * place its message must name. Every case also checks that nothing under the corpus root (which
 * holds the default output folder out/) changed, that no stack trace is printed and that the
 * error is never an "internal error".
 */
export interface BadInputCase {
  name: string
  setup?: Mutation
  args: string[]
  /** Default 2. */
  status?: number
  /** The place the message names, when `setup` does not answer it. */
  place?: string
  message: RegExp
  /** Run the CLI as this uid (a permission denied is no obstacle to root). */
  asNobody?: boolean
}

const SECTION = 'sec-text/6.17/section-g.md'
const MANIFEST = 'sec-text/6.17/manifest.yaml'
const LEGAL = 'modifications/MP087/legal-text.md'
const META = 'modifications/MP087/modification.md'

/** Commands that read version 6.17 (its sections and manifest), one per command. */
const READS_617: ReadonlyArray<[string, string[]]> = [
  ['show', ['show', 'G3.20', '--at', '6.17']],
  ['check', ['check', '--at', '6.17']],
  ['check --fix', ['check', '--at', '6.17', '--fix']],
  ['diff', ['diff', '6.17', '6.21']],
  ['diff --out', ['diff', '6.17', '6.21', '--format', 'html', '--out', 'out/diff.html']],
  ['annex', ['annex', 'MP087', '--format', 'all']],
  ['apply', ['apply', 'MP087']],
  ['release', ['release', '--base', '6.17', '--as', '6.22', 'MP087']],
  ['verify', ['verify']],
  ['history', ['history', 'G3.20']],
  ['patch', ['patch', 'MP087']],
  ['versions', ['versions']],
  ['mod new', ['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20']],
  ['rebase --write', ['rebase', 'MP087', '--onto', '6.17', '--write']],
  ['fmt --check', ['fmt', '--check']],
  ['fmt', ['fmt']]
]

/** Commands that read the change record MP087. */
const READS_MP087: ReadonlyArray<[string, string[]]> = [
  ['annex', ['annex', 'MP087', '--format', 'all']],
  ['apply', ['apply', 'MP087']],
  ['release', ['release', '--base', '6.17', '--as', '6.22', 'MP087']],
  ['verify', ['verify']],
  ['history', ['history', 'G3.20']],
  ['patch', ['patch', 'MP087']],
  ['rebase', ['rebase', 'MP087', '--onto', '6.21', '--write']]
]

/** Gives section G of 6.17 a `status:` map of one entry (on line 6, after `status:` on line 5). */
const withStatus = (entry: string): Mutation => replaceText(SECTION, 'version: "6.17"\n', `version: "6.17"\nstatus:\n  ${entry}\n`)

/** Puts a status line on line 3 of MP087's legal text, after its section title. */
const statusLine = (line: string): Mutation => replaceText(LEGAL, '# Section G: Security\n', `# Section G: Security\n\n${line}\n`)

const cross = (what: string, setup: Mutation, commands: ReadonlyArray<[string, string[]]>, message: RegExp, extra: Partial<BadInputCase> = {}): BadInputCase[] =>
  commands.map(([name, args]) => ({name: `${what}: ${name}`, setup, args, message, ...extra}))

const invalidUtf8 = /Invalid UTF-8: bytes FF FE at byte offset \d+, expected UTF-8 text/
const byteOrderMark = /Unexpected byte order mark \(bytes EF BB BF\)/
const isFolder = /it is a folder \(EISDIR\)/
const loop = /too many symbolic links \(a loop\) \(ELOOP\)/
const outside = /Unexpected symbolic link: .* leads to .*, outside the corpus root/
const denied = /permission denied \(EACCES\)/

export const CASES: BadInputCase[] = [
  // 1. Bytes: invalid UTF-8 and byte order marks, in every kind of file, through every command that reads it.
  ...cross('FF FE inside a clause', insertBytes(SECTION, 'Gas ', [0xff, 0xfe]), READS_617, invalidUtf8),
  ...cross('FF FE in a manifest', insertBytes(MANIFEST, 'source: "', [0xff, 0xfe]), READS_617.filter(([name]) => !name.startsWith('fmt') || name === 'fmt --check'), invalidUtf8),
  ...cross('BOM on a section file', bom(SECTION), READS_617, byteOrderMark),
  ...cross('FF FE in legal text', insertBytes(LEGAL, 'Gas ', [0xff, 0xfe]), READS_MP087, invalidUtf8),
  ...cross('BOM on legal text', bom(LEGAL), READS_MP087.slice(0, 4), byteOrderMark),
  {name: 'BOM on modification.md: annex', setup: bom(META), args: ['annex', 'MP087'], message: byteOrderMark},
  {name: 'FF FE in modification.md: apply', setup: insertBytes(META, 'title: "', [0xff, 0xfe]), args: ['apply', 'MP087'], message: invalidUtf8},
  {name: 'FF FE in modification.md: fmt --check', setup: insertBytes(META, 'title: "', [0xff, 0xfe]), args: ['fmt', '--check'], message: invalidUtf8},
  {name: 'FF FE in the check configuration', setup: insertBytes('redline.config.yaml', '# Configuration', [0xff, 0xfe]), args: ['check'], message: invalidUtf8},
  {name: 'a lone continuation byte (80)', setup: insertBytes(SECTION, 'Gas ', [0x80]), args: ['show', 'G3.20', '--at', '6.17'], message: /Invalid UTF-8: bytes 80 /},
  {name: 'an overlong encoding (C0 AF)', setup: insertBytes(SECTION, 'Gas ', [0xc0, 0xaf]), args: ['show', 'G3.20', '--at', '6.17'], message: /Invalid UTF-8: bytes C0 AF /},
  {name: 'an encoded surrogate (ED A0 80)', setup: insertBytes(SECTION, 'Gas ', [0xed, 0xa0, 0x80]), args: ['diff', '6.17', '6.21'], message: /Invalid UTF-8: bytes ED A0 80 /},
  {name: 'a truncated sequence at the end of the file (E2 82)', setup: writeFile(SECTION, Buffer.concat([Buffer.from('---\nsection: "G"\ntitle: "Security"\nversion: "6.17"\n---\n\n# Section G: Security\n'), Buffer.from([0xe2, 0x82])]), `${SECTION}:8:1`), args: ['show', 'G3.20', '--at', '6.17'], message: /Invalid UTF-8: bytes E2 82 /},
  {name: 'FF FE in an edited copy: mod new --from', setup: all(writeFile('draft/section-g.md', '---\nsection: "G"\ntitle: "Security"\nversion: "6.17"\n---\n\n# Section G: Security\n\n'), insertBytes('draft/section-g.md', '# Section G: ', [0xff, 0xfe])), args: ['mod', 'new', 'MP999', '--base', '6.17', '--from', 'draft/section-g.md'], message: invalidUtf8},
  {name: 'FF FE in a working copy: diff against a file', setup: all(writeFile('draft/section-g.md', '---\nsection: "G"\ntitle: "Security"\nversion: "6.17"\n---\n\n# Section G: Security\n'), insertBytes('draft/section-g.md', 'Section G: ', [0xff, 0xfe])), args: ['diff', '6.17', 'draft/section-g.md'], message: invalidUtf8},
  {name: 'FF FE in an instructions file', setup: writeFile('draft/instructions.txt', Buffer.from([0x49, 0x6e, 0xff, 0xfe, 0x0a]), 'draft/instructions.txt:1:3'), args: ['apply', 'MP087', '--instructions', 'draft/instructions.txt'], message: invalidUtf8},
  {name: 'fmt --check on a named file with FF FE', setup: insertBytes(SECTION, 'Gas ', [0xff, 0xfe]), args: ['fmt', '--check', SECTION], message: invalidUtf8},

  // 2. Reads that fail: a folder where a file is expected, link loops, links outside the root, devices, permissions.
  ...cross('a folder instead of a section file', folderInstead(SECTION), READS_617.filter(([name]) => !name.startsWith('fmt')), isFolder),
  ...cross('a folder instead of the manifest', folderInstead(MANIFEST), READS_617.slice(0, 4), isFolder),
  ...cross('a link loop instead of a section file', linkLoop(SECTION), [['show', ['show', 'G3.20', '--at', '6.17']], ['verify', ['verify']], ['fmt --check', ['fmt', '--check']], ['diff', ['diff', '5.20', '6.17']]], loop),
  ...cross('a folder instead of legal-text.md', folderInstead(LEGAL), READS_MP087.slice(0, 3), isFolder),
  {name: 'a link loop instead of modification.md: annex', setup: linkLoop(META), args: ['annex', 'MP087'], message: loop},
  {name: 'a folder instead of the check configuration', setup: folderInstead('redline.config.yaml'), args: ['check'], message: isFolder},
  {name: 'sec-text is a file', setup: (root) => (rmSync(path.join(root, 'sec-text'), {recursive: true}), writeFile('sec-text', 'not a folder\n')(root)), args: ['versions'], message: /No sec-text\/ folder/},
  {name: 'diff against /dev/null', args: ['diff', '6.17', '/dev/null'], place: '/dev/null:1:1', message: /neither a file nor a folder/},
  {name: 'diff against a path through a file', args: ['diff', '6.17', 'redline.config.yaml/section-g.md'], place: 'redline.config.yaml/section-g.md:1:1', message: /a part of the path is not a folder \(ENOTDIR\)/},
  {name: 'diff against a folder without section files', setup: writeFile('draft/notes.txt', 'notes\n', 'draft:1:1'), args: ['diff', '6.17', 'draft'], message: /No section files in folder 'draft'/},
  {name: 'apply --instructions: a folder', setup: writeFile('draft/x.txt', 'x', 'draft:1:1'), args: ['apply', 'MP087', '--instructions', 'draft'], message: isFolder},
  {name: 'apply --instructions: an empty file', setup: writeFile('draft/instructions.txt', ''), args: ['apply', 'MP087', '--instructions', 'draft/instructions.txt'], message: /No instructions: the file is empty/},
  {name: 'apply --instructions: only blank lines', setup: writeFile('draft/instructions.txt', '\n  \n\n'), args: ['apply', 'MP087', '--instructions', 'draft/instructions.txt'], message: /No instructions/},
  {name: 'apply --instructions: a missing file', args: ['apply', 'MP087', '--instructions', 'draft/none.txt'], place: 'draft/none.txt:1:1', message: /no such file or folder \(ENOENT\)/},
  // A version folder is a draft source (mod new --from <folder>); one holding no document file is refused.
  {name: 'mod new --from a folder with no document files', setup: writeFile('draft/x.txt', 'x', 'draft:1:1'), args: ['mod', 'new', 'MP999', '--base', '6.17', '--from', 'draft'], message: /Unexpected folder draft with no document files, expected an edited copy of a version folder \(section-<letter>\.md/},
  {name: 'mod new --from a missing file', args: ['mod', 'new', 'MP999', '--base', '6.17', '--from', 'draft/section-g.md'], place: 'draft/section-g.md:1:1', message: /ENOENT/},
  ...cross('a section file linked from outside the root', linkOutside(SECTION), [['show', ['show', 'G3.20', '--at', '6.17']], ['verify', ['verify']], ['fmt --check', ['fmt', '--check']], ['fmt', ['fmt']], ['check', ['check', '--at', '6.17']]], outside),
  ...cross('a version folder linked from outside the root', linkOutside('sec-text/6.17'), [['show', ['show', 'G3.20', '--at', '6.17']], ['versions', ['versions']], ['diff', ['diff', '6.17', '6.21']]], outside, {place: 'sec-text/6.17:1:1'}),
  {name: 'legal text linked from outside the root: annex', setup: linkOutside(LEGAL), args: ['annex', 'MP087', '--format', 'md'], message: outside},
  {name: 'the configuration linked from outside the root: check', setup: linkOutside('redline.config.yaml'), args: ['check'], message: outside},
  ...cross('an unreadable section file', noPermission(SECTION), READS_617.filter(([name]) => ['show', 'check', 'diff', 'verify', 'versions', 'fmt --check', 'history'].includes(name)), denied, {asNobody: true}),
  {name: 'an unreadable manifest: versions', setup: noPermission(MANIFEST), args: ['versions'], message: denied, asNobody: true},
  {name: 'an unreadable version folder is not a missing manifest: show', setup: noPermission('sec-text/6.17'), args: ['show', 'G3.20', '--at', '6.17'], place: 'sec-text/6.17/manifest.yaml:1:1', message: /^(?![\s\S]*Missing manifest)[\s\S]*Cannot read sec-text\/6\.17\/manifest\.yaml: permission denied/, asNobody: true},
  {name: 'an unreadable version folder: versions', setup: noPermission('sec-text/6.17'), args: ['versions'], place: 'sec-text/6.17/manifest.yaml:1:1', message: denied, asNobody: true},
  {name: 'an unreadable sec-text folder: versions', setup: noPermission('sec-text'), args: ['versions'], message: /Cannot read sec-text: permission denied/, asNobody: true},
  {name: 'unreadable legal text: annex', setup: noPermission(LEGAL), args: ['annex', 'MP087'], message: denied, asNobody: true},
  {name: 'unreadable legal text: apply', setup: noPermission(LEGAL), args: ['apply', 'MP087'], message: denied, asNobody: true},
  {name: 'an unreadable configuration: check', setup: noPermission('redline.config.yaml'), args: ['check'], message: denied, asNobody: true},
  {name: 'an unreadable modifications folder: annex', setup: noPermission('modifications'), args: ['annex', 'MP087'], place: 'modifications/MP087:1:1', message: denied, asNobody: true},

  // 3. verify: bad input is exit 2, as everywhere.
  {name: 'verify: malformed manifest YAML', setup: replaceText('sec-text/6.21/manifest.yaml', 'changes:\n', 'changes: [\n'), args: ['verify'], place: 'sec-text/6.21/manifest.yaml:4:3', message: /Malformed YAML/},
  {name: 'verify: a bad modification kind', setup: replaceText(META, 'kind: "modification"', 'kind: "amendment"'), args: ['verify'], message: /Unexpected kind 'amendment', expected one of modification, designation/},
  {name: 'verify: a bad status', setup: replaceText(META, 'status: "implemented"', 'status: "done"'), args: ['verify'], message: /Unexpected status 'done'/},
  {name: 'verify: an unknown key in a manifest', setup: replaceText('sec-text/5.20/manifest.yaml', 'source:', 'sauce: "x"\nsource:'), args: ['verify'], message: /Unknown key 'sauce'/},
  {name: 'verify: a listed record that does not exist', setup: replaceText('sec-text/6.21/manifest.yaml', '"MP087"', '"MP999"', 6), args: ['verify'], message: /Unknown change record 'MP999' listed by version 6\.21/},
  {name: 'history: a listed record that does not exist', setup: replaceText('sec-text/6.21/manifest.yaml', '"MP087"', '"MP999"', 6), args: ['history', 'G3.20'], message: /Unknown change record 'MP999'/},
  {name: 'verify: a version folder whose manifest names another version', setup: replaceText(MANIFEST, 'version: "6.17"', 'version: "6.18"'), args: ['verify'], message: /Unexpected version '6\.18', expected '6\.17'/},

  // 4. The chain of bases, in every command that reads a version.
  ...cross('a version based on itself', replaceText(MANIFEST, 'base: "5.20"', 'base: "6.17"'), READS_617.filter(([name]) => !name.startsWith('fmt') && name !== 'diff --out'), /cannot be based on itself/),
  ...cross('two versions based on each other', all(replaceText('sec-text/5.19/manifest.yaml', 'base: null', 'base: "5.20"')), [['verify', ['verify']], ['versions', ['versions']], ['history', ['history', 'G3.17']], ['show', ['show', 'G3.17', '--at', '5.20']], ['diff', ['diff', '5.19', '5.20']]], /manifest\.yaml:2:1: Unexpected base '5\.(19|20)' of version 5\.(19|20): the bases form a cycle \(5\.(19|20) → 5\.(19|20) → 5\.(19|20)\)/, {place: 'manifest.yaml:2:1'}),
  ...cross('a base that is not stored', replaceText(MANIFEST, 'base: "5.20"', 'base: "6.16"'), [['verify', ['verify']], ['versions', ['versions']], ['history', ['history', 'G3.20']], ['show', ['show', 'G3.20', '--at', '6.17']], ['annex', ['annex', 'MP087']]], /Unknown base version '6\.16' of 6\.17/),
  {name: 'a change record based on an unknown version: annex', setup: replaceText(META, 'base: "6.17"', 'base: "6.99"'), args: ['annex', 'MP087'], message: /Unknown base version '6\.99' of MP087/},
  {name: 'a change record based on an unknown version: apply', setup: replaceText(META, 'base: "6.17"', 'base: "6.99"'), args: ['apply', 'MP087'], message: /Unknown base version '6\.99' of MP087/},
  {name: 'a change record based on an unknown version: patch', setup: replaceText(META, 'base: "6.17"', 'base: "6.99"'), args: ['patch', 'MP087'], message: /Unknown base version '6\.99' of MP087/},

  // 5. Dates that are not days.
  {name: 'an effective date of 31 February: versions', setup: replaceText('sec-text/6.21/manifest.yaml', '2019-11-29', '2019-02-31'), args: ['versions'], message: /Unexpected effective date '2019-02-31', expected a real calendar date \(YYYY-MM-DD\): February 2019 has 28 days/},
  {name: 'an effective date of month 13: verify', setup: replaceText('sec-text/6.21/manifest.yaml', '2019-11-29', '2019-13-45'), args: ['verify'], message: /there is no month 13/},
  {name: 'a decision date of 31 April: annex', setup: replaceText(META, '2019-10-11', '2019-04-31'), args: ['annex', 'MP087', '--format', 'docx'], place: `${META}:13:3`, message: /Unexpected date '2019-04-31' for dates\.decided/},
  {name: 'an author date of 30 February: annex', setup: replaceText(META, 'date: "2019-10-04"', 'date: "2019-02-30"'), args: ['annex', 'MP087', '--format', 'docx'], place: `${META}:17:3`, message: /Unexpected date '2019-02-30' for author\.date/},
  {name: 'release --date 2019-02-31', args: ['release', '--base', '6.17', '--as', '6.22', '--date', '2019-02-31', 'MP087'], message: /Unexpected date '2019-02-31' for --date/},
  {name: 'release --date 2019-11-29T00:00', args: ['release', '--base', '6.17', '--as', '6.22', '--date', '2019-11-29T00:00', 'MP087'], message: /expected a date written YYYY-MM-DD/},
  {name: 'mod new --clauses with a definition ID', args: ['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20[Illustrative Term]'], message: /Unexpected definition ID 'G3\.20\[Illustrative Term\]' in --clauses, expected clause IDs such as G3\.20/},
  {name: 'mod new --clauses with a table ID', args: ['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20/table'], message: /Unexpected table ID 'G3\.20\/table' in --clauses, expected clause IDs such as G3\.20/},
  {name: 'mod new --date 2019-02-29 (not a leap year)', args: ['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20', '--date', '2019-02-29'], message: /February 2019 has 28 days/},
  {name: 'mod new --date 2100-02-29 (not a leap year)', args: ['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20', '--date', '2100-02-29'], message: /February 2100 has 28 days/},
  {name: 'check --fix --date 2019-06-31', args: ['check', '--at', '6.17', '--fix', '--date', '2019-06-31'], message: /June 2019 has 30 days/},

  // 6. IDs that cannot name a folder everywhere.
  ...['CON', 'nul', 'COM1', 'lpt9', 'aux.draft', 'MP087.', 'M'.repeat(65)].map((id): BadInputCase => ({name: `mod new ${id.length > 20 ? 'a 65-character ID' : id}`, args: ['mod', 'new', id, '--base', '6.17', '--clauses', 'G3.20'], message: /is not a valid ID, expected/})),
  {name: 'release --as PRN', args: ['release', '--base', '6.17', '--as', 'PRN', 'MP087'], message: /is not a valid ID, expected a name that is not a reserved device name/},
  {name: 'annex CON', args: ['annex', 'CON'], message: /is not a valid ID/},
  {name: 'a manifest listing a record named NUL', setup: replaceText('sec-text/6.21/manifest.yaml', '"MP087"', '"NUL"'), args: ['versions'], place: 'sec-text/6.21/manifest.yaml:3:1', message: /Unexpected value for 'changes'/},
  {name: 'a version folder named NUL', setup: writeFile('sec-text/NUL/manifest.yaml', 'version: "NUL"\n', 'sec-text/NUL:1:1'), args: ['versions'], message: /Unexpected version folder name 'NUL', expected a name that is not a reserved device name/},
  {name: 'modification.md with id COM3', setup: all(replaceText(META, 'id: "MP087"', 'id: "COM3"')), args: ['apply', 'MP087'], message: /Unexpected id 'COM3', expected a name that is not a reserved device name/},

  // 7. In-force statuses (the frontmatter `status:` map, and a change record's status lines): a date
  // that is not a day, a key that is not a status, a provision the document lacks.
  ...cross('a status lapsing on 30 February', withStatus('"G3.20(b)": {lapses: "2026-02-30"}'), READS_617.filter(([name]) => name !== 'versions'), /Unexpected date '2026-02-30' for 'lapses' of G3\.20\(b\), expected a real calendar date \(YYYY-MM-DD\): February 2026 has 28 days/, {place: `${SECTION}:6:24`}),
  ...cross('an unknown status key', withStatus('"G3.20(b)": {lapse: "2027-03-31"}'), [['show', ['show', 'G3.20', '--at', '6.17']], ['check', ['check', '--at', '6.17']], ['release', ['release', '--base', '6.17', '--as', '6.22', 'MP087']], ['fmt', ['fmt']]], /Unknown status key 'lapse' for G3\.20\(b\), expected 'commences' or 'lapses'/, {place: `${SECTION}:6:16`}),
  ...cross('a status of a provision that does not exist', withStatus('"G3.20(z)": {commences: "direction"}'), [['show', ['show', 'G3.20', '--at', '6.17']], ['annex', ['annex', 'MP087', '--format', 'all']], ['verify', ['verify']], ['history', ['history', 'G3.20']]], /Unknown provision G3\.20\(z\) in 'status', expected the ID of a part, clause or sub-paragraph of this document/, {place: `${SECTION}:6:3`}),
  {name: 'a status commencing "soon": check', setup: withStatus('"G3.20": {commences: "soon"}'), place: `${SECTION}:6:24`, args: ['check', '--at', '6.17'], message: /Unexpected date 'soon' for 'commences' of G3\.20, expected a date written YYYY-MM-DD or "direction"/},
  ...cross('a status line lapsing on 30 February', statusLine('Status of G3.20(b): {++{lapses: "2026-02-30"}++}'), READS_MP087, /Unexpected date '2026-02-30' for 'lapses' of G3\.20\(b\)/, {place: `${LEGAL}:3:33`}),
  ...cross('a status line with an unknown key', statusLine('Status of G3.20(b): {~~{lapses: "2026-03-30"}~>{lapse: "2026-04-30"}~~}'), READS_MP087.slice(0, 3), /Unknown status key 'lapse' for G3\.20\(b\), expected 'commences' or 'lapses'/, {place: `${LEGAL}:3:49`}),
  ...cross('a status line for a provision that does not exist', statusLine('Status of G3.99: {++{commences: "direction"}++}'), READS_MP087.slice(0, 4), /Unknown provision G3\.99 in a status line of MP087/, {place: `${LEGAL}:3:1`}),
  {name: 'mod new --from a file with a status lapsing on 31 June', setup: writeFile('draft.md', readFileSync(path.join(repoRoot, SECTION), 'utf8').replace('version: "6.17"\n', 'version: "6.17"\nstatus:\n  "G3.20": {lapses: "2027-06-31"}\n'), 'draft.md:6:21'), args: ['mod', 'new', 'MP999', '--from', 'draft.md'], message: /Unexpected date '2027-06-31' for 'lapses' of G3\.20, expected a real calendar date \(YYYY-MM-DD\): June 2027 has 30 days/},

  // 8. Usage.
  {name: 'redline with no command', args: [], message: /Usage: redline/},
  {name: 'redline mod with no subcommand', args: ['mod'], message: /Usage: redline mod/},
  {name: 'annex --out through a file', args: ['annex', 'MP087', '--format', 'all', '--out', 'redline.config.yaml/annex'], place: 'redline.config.yaml/annex:1:1', message: /a part of the path is not a folder \(ENOTDIR\)/},
  {name: 'annex --out onto a file', args: ['annex', 'MP087', '--format', 'md', '--out', 'redline.config.yaml'], place: 'redline.config.yaml:1:1', message: /ENOTDIR|EEXIST/},
  {name: 'diff --out onto a folder', args: ['diff', '6.17', '6.21', '--out', 'sec-text'], place: 'sec-text:1:1', message: isFolder},
  {name: 'fmt with one good and one broken file rewrites neither', setup: all(replaceText('sec-text/5.19/section-g.md', '# Section G: Security\n', '# Section G: Security\n\n\n'), insertBytes(SECTION, 'Gas ', [0xff, 0xfe])), args: ['fmt'], message: invalidUtf8}
]

