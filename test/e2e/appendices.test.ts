import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentXml, readDocx, readTerminal} from '../annex/read-annex-formats.js'
import {repoRoot, runCli, type CliResult} from '../helpers/cli.js'

/** The illustrative corpus with Appendices and Schedules (test/fixtures/appendices-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/appendices-corpus')
const appendixAb = readFileSync(path.join(fixture, 'sec-text/1.0/appendix-ab.md'), 'utf8')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendices-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

const cli = (root: string, ...args: string[]) => runCli(['--root', root, ...args])

/** Runs `redline` on `root` and expects exit 0 (a failure shows what it printed on stderr). */
function succeeds(root: string, ...args: string[]): CliResult {
  const result = cli(root, ...args)
  expect(result.status, result.stderr).toBe(0)
  return result
}

/** Runs `redline` on `root` and expects `status` with a message on stderr matching `message`, and no stack trace. */
function fails(root: string, status: 1 | 2, message: RegExp, ...args: string[]): CliResult {
  const result = cli(root, ...args)
  expect(result.stderr).toMatch(message)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(result.status).toBe(status)
  return result
}

describe('Appendices and Schedules: show, versions and fmt (illustrative fixture)', () => {
  const root = copyFixture()

  it('shows a clause by its ID, printed with the document’s own number in the document view', () => {
    const clause = cli(root, 'show', 'AB:2.11', '--at', '1.0')
    expect(clause.status).toBe(0)
    expect(clause.stdout).toContain('AB:2.11 The DCC shall process each illustrative request within five Working Days:')
    const item = cli(root, 'show', 'Sch11:2(a)', '--at', '1.0', '--format', 'json')
    expect(JSON.parse(item.stdout)).toMatchObject({section: {letter: '11', kind: 'schedule'}, provision: {id: 'Sch11:2(a)', label: 'a'}})
  })

  it('shows a part and a whole document with its document version', () => {
    const part = cli(root, 'show', 'AB:2', '--at', '1.0')
    expect(part.status).toBe(0)
    expect(part.stdout).toContain('Appendix AB: Illustrative Request Processing Document (V1.0)\n\n2 Processing Illustrative Requests')
    expect(part.stdout).not.toContain('3 Illustrative Records')
    for (const name of ['AB', 'Appendix AB']) {
      const whole = cli(root, 'show', name)
      expect(whole.stdout).toContain('Appendix AB: Illustrative Request Processing Document (V1.1)')
      expect(whole.stdout).toContain('\n3.2 The DCC shall publish')
    }
    const json = JSON.parse(cli(root, 'show', 'Schedule 11', '--format', 'json').stdout) as {document: unknown; parts: Array<{groups: Array<{clauses: string[]}>}>}
    expect(json.document).toEqual({id: 'Sch11', kind: 'schedule', designation: '11', name: 'Schedule 11', title: 'Illustrative Applicability', documentVersion: null})
    expect(json.parts[0]?.groups[0]?.clauses).toEqual(['Sch11:1', 'Sch11:2', 'Sch11:3'])
    expect(cli(root, 'show', 'AB', '--at', '1.0', '--format', 'md').stdout).toBe(appendixAb)
  })

  it('lists the document versions of Appendices per version', () => {
    const versions = cli(root, 'versions')
    expect(versions.stdout).toContain('document versions: Appendix AB V1.0')
    expect(versions.stdout).toContain('document versions: Appendix AB V1.1, Appendix AM V1.0')
  })

  it('fmt keeps Appendix and Schedule files canonical and rewrites a drafter’s variant', () => {
    succeeds(root, 'fmt', '--check', path.join(root, 'sec-text'))
    const file = path.join(root, 'sec-text/1.0/appendix-ab.md')
    writeFileSync(file, appendixAb.replace('- (a) of its receipt; or', '* (a) of its receipt; or').replace('## 3 Illustrative Records', '## 3 Illustrative Records ##'))
    expect(cli(root, 'fmt', '--check', path.join(root, 'sec-text')).status).toBe(1)
    succeeds(root, 'fmt', path.join(root, 'sec-text'))
    expect(readFileSync(file, 'utf8')).toBe(appendixAb)
  })
})

describe('Appendices and Schedules: bad input is refused at its place, exit 2', () => {
  const cases: Array<[string, string, (text: string) => string, RegExp]> = [
    ['a file name that does not match the frontmatter', 'appendix-ab.md', (t) => t.replace('appendix: "AB"', 'appendix: "AC"'), /sec-text\/1\.0\/appendix-ab\.md:2:1: Unexpected appendix 'AC'.*expected 'AB' to match the file name/],
    ['an unknown designation', 'appendix-ab.md', (t) => t.replace('appendix: "AB"', 'appendix: "ABC"'), /appendix-ab\.md:2:1: Unexpected appendix 'ABC', expected a designation A to Z or AA to AZ/],
    ['a clause number of the wrong form', 'appendix-ab.md', (t) => t.replace('**2.1** ', '**AB:2.1** '), /appendix-ab\.md:14:1: Unexpected clause number 'AB:2\.1'.*expected a number of the document's own numbering such as 2\.11/],
    ['a Section part heading in an Appendix', 'appendix-ab.md', (t) => t.replace('## 3 Illustrative Records', '## G3 Illustrative Records'), /appendix-ab\.md:23:1: Unexpected part heading '## G3 Illustrative Records', expected '## <number> <title>'/],
    ['a clause outside its part', 'appendix-ab.md', (t) => t.replace('**3.1**', '**4.1**'), /appendix-ab\.md:\d+:1: Unexpected clause AB:4\.1 under part AB:3/],
    ['a Section title in a Schedule', 'schedule-11.md', (t) => t.replace('# Schedule 11:', '# Section 11:'), /schedule-11\.md:7:1: Unexpected title 'Section 11: Illustrative Applicability', expected '# Schedule 11: Illustrative Applicability'/],
    ['a file misnamed', 'appendix-ab.md', (t) => t, /appendix-abc\.md:1:1: Unexpected file name 'appendix-abc\.md', expected section-<letter>\.md, appendix-<letters>\.md or schedule-<number>\.md/]
  ]
  for (const [what, name, edit, message] of cases) {
    it(what, () => {
      const root = copyFixture()
      const file = path.join(root, 'sec-text/1.0', name)
      const text = edit(readFileSync(file, 'utf8'))
      if (what === 'a file misnamed') writeFileSync(path.join(root, 'sec-text/1.0/appendix-abc.md'), text)
      else writeFileSync(file, text)
      fails(root, 2, message, 'show', 'G1.1', '--at', '1.0')
    })
  }
})

describe('Appendices and Schedules through change records, release and annex (illustrative fixture)', () => {
  it('mod new --from drafts an amended Appendix and a new Schedule; release gives back exactly the drafter’s files', () => {
    const root = copyFixture()
    const edited = appendixAb.replace('document-version: "V1.0"', 'document-version: "V2.0"').replace('**2.1** The DCC shall receive', '**2.1** The DCC shall receive and log').replace('## 3 Illustrative Records', '## 3 Illustrative Records Kept')
    writeFileSync(path.join(root, 'appendix-ab.md'), edited)
    expect(succeeds(root, 'mod', 'new', 'MPA10', '--base', '1.0', '--from', path.join(root, 'appendix-ab.md'), '--date', '2026-01-01').stderr).toBe('')
    expect(readFileSync(path.join(root, 'modifications/MPA10/legal-text.md'), 'utf8')).toBe(
      '# Appendix AB: Illustrative Request Processing Document\n\nDocument version: {~~V1.0~>V2.0~~}\n\n## 2 Processing Illustrative Requests\n\n### Receipt\n\n**2.1** The DCC shall receive {++and log ++}each illustrative request.\n\n## 3 Illustrative Records{++ Kept++}\n'
    )
    const schedule = '---\nschedule: "5"\ntitle: "Illustrative Schedule"\nversion: "1.0"\n---\n\n# Schedule 5: Illustrative Schedule\n\n**1** An illustrative paragraph.\n\n**2** Another, citing paragraph 1 of Schedule 5:\n\n- (a) one; and\n- (b) two.\n'
    writeFileSync(path.join(root, 'schedule-5.md'), schedule)
    succeeds(root, 'mod', 'new', 'MPA11', '--base', '1.0', '--from', path.join(root, 'schedule-5.md'), '--date', '2026-01-01')
    expect(readFileSync(path.join(root, 'modifications/MPA11/legal-text.md'), 'utf8')).toContain('{++# Schedule 5: Illustrative Schedule++}\n\n{++**1** An illustrative paragraph.++}')
    expect(succeeds(root, 'release', '--base', '1.0', '--as', '1.2', 'MPA10', 'MPA11').stderr).toBe('')
    expect(readFileSync(path.join(root, 'sec-text/1.2/appendix-ab.md'), 'utf8')).toBe(edited.replace('version: "1.0"', 'version: "1.2"'))
    expect(readFileSync(path.join(root, 'sec-text/1.2/schedule-5.md'), 'utf8')).toBe(schedule.replace('version: "1.0"', 'version: "1.2"'))
    succeeds(root, 'verify')
    // The amending instructions, applied back, give the same clauses as the legal text.
    succeeds(root, 'annex', 'MPA11', '--format', 'instructions', '--out', path.join(root, 'out'))
    const viaInstructions = cli(root, 'apply', 'MPA11', '--instructions', path.join(root, 'out/MPA11-instructions.txt'), '--format', 'md')
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(cli(root, 'apply', 'MPA11', '--format', 'md').stdout)
  })

  it('the annex names the document, prints its own numbers and redlines its document version, in every format', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPA01', '--format', 'all', '--out', out)
    const md = readFileSync(path.join(out, 'MPA01-annex-a.md'), 'utf8')
    expect(md).toContain('## Appendix AB ‘Illustrative Request Processing Document’\n\n_Amend the document version of Appendix AB as follows:_\n\n### Document version: <del>V1.0</del><ins>V1.1</ins>')
    expect(md).toContain('_Amend Section 2.11 of Appendix AB as follows:_')
    expect(md).toContain('_Amend Section 3.2 of Appendix AB as follows:_')
    expect(md).toContain('**2\\.11** The DCC shall process each illustrative request within <del>five</del><ins>three</ins> Working Days:')
    expect(md).not.toContain('AB:')
    const html = readFileSync(path.join(out, 'MPA01-annex-a.html'), 'utf8')
    expect(html).toContain('id="appendix-AB"')
    expect(html).toContain('Amend Section 2.11 of Appendix AB as follows:')
    // IDs stay whole in anchors and data attributes; the text a reader sees prints the document's own numbers.
    expect(html.replace(/<[^>]*>/g, '')).not.toContain('AB:2')
    const xml = documentXml(readFileSync(path.join(out, 'MPA01-annex-a.docx')))
    expect(xml).toContain('Appendix AB ‘Illustrative Request Processing Document’')
    expect(xml).not.toContain('AB:2')
    const pdf = spawnSync('pdftotext', ['-layout', path.join(out, 'MPA01-annex-a.pdf'), '-'], {encoding: 'utf8'}).stdout
    expect(pdf).toMatch(/Appendix AB ‘Illustrative Request Processing\s+Document’/)
    expect(pdf).toContain('Amend Section 2.11 of Appendix AB as follows:')
    expect(pdf).toMatch(/Document version: V1\.0\s*V1\.1/)
    const instructions = readFileSync(path.join(out, 'MPA01-instructions.txt'), 'utf8')
    expect(instructions).toContain('1. In Appendix AB, for the document version "V1.0" substitute "V1.1".\n2. In Section 2.11 of Appendix AB, for "five" substitute "three".')
  })

  it('a whole Appendix inserted: one instruction line before it, in every format; one amending instruction holding its text, applied back from the instructions', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPA02', '--format', 'all', '--out', out)
    const md = readFileSync(path.join(out, 'MPA02-annex-a.md'), 'utf8')
    expect(md).toContain('## Appendix AM ‘Illustrative Metering Document’\n\n_Insert new Appendix AM as set out below:_\n\n### <ins>Document version: V1.0</ins>\n\n### <ins>1 Illustrative Scope</ins>\n\n**<ins>1\\.1</ins>**<ins> This illustrative Appendix applies to each Party.</ins>')
    expect(md.match(/_Insert new/g)).toHaveLength(1)
    const html = readFileSync(path.join(out, 'MPA02-annex-a.html'), 'utf8')
    expect(html).toContain('Insert new Appendix AM as set out below:')
    const instructions = readFileSync(path.join(out, 'MPA02-instructions.txt'), 'utf8')
    // One instruction: the whole new Appendix set out under it, as its file reads from the title on (the document version as a line).
    expect(instructions.slice(instructions.indexOf('\n1. '))).toBe(
      [
        '',
        '1. Insert new Appendix AM as set out below:',
        '    # Appendix AM: Illustrative Metering Document',
        '',
        '    Document version: V1.0',
        '',
        '    ## 1 Illustrative Scope',
        '',
        '    **1.1** This illustrative Appendix applies to each Party.',
        '',
        '    **1.2** Each Party shall comply with Section 2.11 of Appendix AB.',
        ''
      ].join('\n')
    )
    expect(instructions).not.toMatch(/^2\. /m)
    const applied = cli(root, 'apply', 'MPA02', '--instructions', path.join(out, 'MPA02-instructions.txt'), '--format', 'md')
    expect(applied.status).toBe(0)
    expect(applied.stdout).toBe(cli(root, 'apply', 'MPA02', '--format', 'md').stdout)
    expect(cli(root, 'apply', 'MPA02', '--instructions', path.join(out, 'MPA02-instructions.txt'), '--format', 'json').stdout).toBe(cli(root, 'apply', 'MPA02', '--format', 'json').stdout)
    // A fault in the document's text is refused at its line and column in the instruction file, exit 2.
    const broken = path.join(out, 'broken-instructions.txt')
    writeFileSync(broken, readFileSync(path.join(out, 'MPA02-instructions.txt'), 'utf8').replace('    **1.2** Each', '    **1.2 Each'))
    const lineOf = readFileSync(broken, 'utf8').split('\n').findIndex((line) => line.startsWith('    **1.2 Each')) + 1
    fails(root, 2, new RegExp(`broken-instructions\\.txt:${lineOf}:5: Unexpected clause start`), 'apply', 'MPA02', '--instructions', broken)
    writeFileSync(broken, '1. Insert new Appendix AM as set out below:\n    # Appendix AN: Illustrative Metering Document\n')
    fails(root, 2, /broken-instructions\.txt:2:5: Unexpected title 'Appendix AN: Illustrative Metering Document' under an instruction about Appendix AM, expected '# Appendix AM: <title>'/, 'apply', 'MPA02', '--instructions', broken)
  })

  it('diff names each document, its kind in JSON, and a whole document added', () => {
    const root = copyFixture()
    const text = cli(root, 'diff', '1.0', '1.1')
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('Appendix AB: Illustrative Request Processing Document')
    expect(text.stdout).toContain('Appendix AM  2 added, 0 unchanged (appendix added)')
    expect(text.stdout).toContain('Schedule 11  5 unchanged')
    const json = JSON.parse(cli(root, 'diff', '1.0', '1.1', '--format', 'json').stdout) as {summary: {sections: Array<{letter: string; kind?: string; presence: string}>}}
    expect(json.summary.sections.map((s) => [s.letter, s.kind ?? 'section', s.presence])).toEqual([
      ['G', 'section', 'both'],
      ['Schedule 11', 'schedule', 'both'],
      ['Appendix AB', 'appendix', 'both'],
      ['Appendix AM', 'appendix', 'added']
    ])
    const md = cli(root, 'diff', '1.0', '1.1', '--format', 'md', '--section', 'Appendix AB')
    expect(md.status).toBe(0)
    expect(md.stdout).toContain('## Appendix AB: Illustrative Request Processing Document')
    expect(md.stdout).not.toContain('Appendix AM')
    const html = cli(root, 'diff', '1.0', '1.1', '--format', 'html')
    expect(html.stdout).toContain('<h2>Appendix AM: Illustrative Metering Document</h2>')
  })

  it('history of an Appendix clause names the record that changed it', () => {
    const root = copyFixture()
    const history = cli(root, 'history', 'AB:2.11')
    expect(history.status).toBe(0)
    expect(history.stdout).toContain('1.1  amended from 1.0 by MPA01 (modification) "Illustrative Appendix AB change"')
  })
})

/** Drafts MPA20 on `root`: version 1.1 with Appendix AB deleted (an edited copy of the folder without it), and returns the edited folder. */
function draftAppendixDeleted(root: string): string {
  const edited = path.join(root, 'edited')
  cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
  rmSync(path.join(edited, 'appendix-ab.md'))
  rmSync(path.join(edited, 'manifest.yaml'))
  succeeds(root, 'mod', 'new', 'MPA20', '--from', edited, '--date', '2026-01-01')
  return edited
}

describe('Appendices and Schedules: a whole document deleted or inserted from an edited version folder (mod new --from <folder>)', () => {
  it('a deleted Appendix: its cross-headings, part titles and provisions all marked deleted, in the legal text and every annex format; one instruction "Delete Appendix AB."', () => {
    const root = copyFixture()
    draftAppendixDeleted(root)
    // The legal text: every line of the deleted document inside a deletion mark, its cross-heading too.
    const legalText = readFileSync(path.join(root, 'modifications/MPA20/legal-text.md'), 'utf8')
    expect(legalText).toContain('{--## 2 Processing Illustrative Requests--}\n\n{--### Receipt--}\n\n{--**2.1** The DCC shall receive each illustrative request.--}')
    const blocks = legalText.trim().split(/\n\n(?=\{--)/)
    for (const block of blocks) expect(block, block).toMatch(/^\{--[\s\S]*--\}$/)
    expect(blocks).toHaveLength(9)
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPA20', '--format', 'all', '--out', out)
    const headings = ['Document version: V1.1', '2 Processing Illustrative Requests', 'Receipt', '3 Illustrative Records']
    // Markdown and HTML: each heading deleted whole, the one instruction line before them, no per-clause line.
    const md = readFileSync(path.join(out, 'MPA20-annex-a.md'), 'utf8')
    for (const heading of headings) expect(md).toContain(`### <del>${heading}</del>\n`)
    expect(md).toContain('## Appendix AB ‘Illustrative Request Processing Document’\n\n_Delete Appendix AB._\n\n### <del>Document version: V1.1</del>')
    expect(md.match(/^_/gm)).toHaveLength(1)
    expect(md.slice(md.indexOf('## Appendix AB')).replace(/<del>[^<]*<\/del>/g, '').replace(/[\s#*_-]/g, '')).toBe('AppendixAB‘IllustrativeRequestProcessingDocument’DeleteAppendixAB.')
    const html = readFileSync(path.join(out, 'MPA20-annex-a.html'), 'utf8')
    expect(html).toContain('<h3><del>Receipt</del></h3>')
    expect(html).toContain('<h3 class="part" id="part-AB:3" data-status="deleted"><del>3 Illustrative Records</del></h3>')
    expect(html).toContain('<h2>Changed clauses</h2><ul><li><a href="#clause-AB:2.1">Delete Appendix AB</a></li></ul>')
    const body = html.slice(html.indexOf('<h2>Appendix AB'))
    expect(body.replace(/<del>[^<]*<\/del>/g, '').replace(/<[^>]*>/g, '').replace(/\s/g, '')).toBe('AppendixAB‘IllustrativeRequestProcessingDocument’DeleteAppendixAB.')
    // Word: every heading's and provision's text in a tracked deletion; accepted, no text of the Appendix is left.
    const docx = readFileSync(path.join(out, 'MPA20-annex-a.docx'))
    const xml = documentXml(docx)
    for (const heading of ['Receipt', '3 Illustrative Records']) expect(xml).toMatch(new RegExp(`<w:del [^>]*>(?:(?!</w:del>).)*<w:delText(?: [^>]*)?>${heading}</w:delText>`))
    expect(readDocx(docx, 'accept')).toEqual([])
    expect(readDocx(docx, 'reject')).toContain('2.1 The DCC shall receive each illustrative request.')
    // Terminal: every heading in the deletion colour.
    const terminal = cli(root, 'annex', 'MPA20')
    expect(terminal.stdout).toContain('Delete Appendix AB.')
    const coloured = runCli(['--root', root, 'annex', 'MPA20'], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}}).stdout
    for (const heading of headings) expect(coloured).toContain(`\u001b[31m\u001b[9m${heading}\u001b[29m\u001b[39m`)
    expect(readTerminal(coloured, 'accept')).toEqual([])
    // PDF: the one instruction line, then the deleted text (struck through: pdftotext reads the words).
    const pdf = spawnSync('pdftotext', ['-layout', path.join(out, 'MPA20-annex-a.pdf'), '-'], {encoding: 'utf8'}).stdout
    expect(pdf).toContain('Delete Appendix AB.')
    expect(pdf).toMatch(/Delete Appendix AB\.\s+Document version: V1\.1\s+2 Processing Illustrative Requests\s+Receipt\s+2\.1/)
    expect(pdf).not.toContain('Delete Section')
    // The amending instructions: the one line, applied back to the same text.
    const instructions = readFileSync(path.join(out, 'MPA20-instructions.txt'), 'utf8')
    expect(instructions.split('\n').filter((line) => /^\d+\./.test(line))).toEqual(['1. Delete Appendix AB.'])
    const applied = succeeds(root, 'apply', 'MPA20', '--instructions', path.join(out, 'MPA20-instructions.txt'), '--format', 'json')
    expect(applied.stdout).toBe(succeeds(root, 'apply', 'MPA20', '--format', 'json').stdout)
  })

  it('a folder without Appendix AB and with a new Schedule 5 drafts AB deleted and Schedule 5 inserted; release gives back exactly the folder', () => {
    const root = copyFixture()
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    rmSync(path.join(edited, 'appendix-ab.md'))
    rmSync(path.join(edited, 'manifest.yaml'))
    writeFileSync(path.join(edited, 'schedule-5.md'), '---\nschedule: "5"\ntitle: "Illustrative Schedule"\nversion: "1.1"\n---\n\n# Schedule 5: Illustrative Schedule\n\n**1** An illustrative paragraph.\n')
    const made = succeeds(root, 'mod', 'new', 'MPA20', '--from', edited, '--date', '2026-01-01')
    expect(made.stdout).toContain('Sch5:1 inserted, part AB:2 deleted, part AB:3 deleted, AB:2.1 deleted, AB:2.11 deleted, AB:3.1 deleted, AB:3.2 deleted')
    const legalText = readFileSync(path.join(root, 'modifications/MPA20/legal-text.md'), 'utf8')
    expect(legalText).toMatch(/^\{\+\+# Schedule 5: Illustrative Schedule\+\+\}\n\n\{\+\+\*\*1\*\* An illustrative paragraph\.\+\+\}\n\n\{--# Appendix AB: Illustrative Request Processing Document--\}\n\n\{--Document version: V1\.1--\}\n\n\{--## 2 Processing Illustrative Requests--\}\n/)
    expect(legalText).toContain('{--**3.2** The DCC shall publish an illustrative summary of the records each year.--}')
    // apply prints the result; release writes it: exactly the drafter's folder, Appendix AB gone.
    // Appendix AB deleted whole is listed as such, with nothing of its text.
    const applied = succeeds(root, 'apply', 'MPA20', '--format', 'md').stdout
    expect(applied).toContain('Appendix AB (deleted)')
    expect(applied).not.toContain('Illustrative Request Processing')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MPA20')
    const names = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
    expect(names(path.join(root, 'sec-text/1.2'))).toEqual(names(edited))
    for (const name of names(edited)) expect(readFileSync(path.join(root, 'sec-text/1.2', name), 'utf8'), name).toBe(readFileSync(path.join(edited, name), 'utf8').replace('version: "1.1"', 'version: "1.2"'))
    succeeds(root, 'verify')
    // The amending instructions delete the Appendix in words, and read back to the same text.
    succeeds(root, 'annex', 'MPA20', '--format', 'instructions', '--out', path.join(root, 'out'))
    const instructions = readFileSync(path.join(root, 'out/MPA20-instructions.txt'), 'utf8')
    expect(instructions).toMatch(/\n\d+\. Delete Appendix AB\.\n$/)
    expect(succeeds(root, 'apply', 'MPA20', '--instructions', path.join(root, 'out/MPA20-instructions.txt'), '--format', 'md').stdout).toBe(succeeds(root, 'apply', 'MPA20', '--format', 'md').stdout)
  })

  it('a folder missing a Section is refused at that file, exit 2, nothing written', () => {
    const root = copyFixture()
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    rmSync(path.join(edited, 'section-g.md'))
    fails(root, 2, /edited\/section-g\.md:1:1: Missing section-g\.md in .*edited, expected every Section of version 1\.1 \(a record deletes a whole Appendix or Schedule, never a whole Section\)/, 'mod', 'new', 'MPA21', '--from', edited)
    expect(existsSync(path.join(root, 'modifications/MPA21'))).toBe(false)
  })

  it('a folder whose files name different versions is refused at the frontmatter, exit 2', () => {
    const root = copyFixture()
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    writeFileSync(path.join(edited, 'schedule-11.md'), readFileSync(path.join(edited, 'schedule-11.md'), 'utf8').replace('version: "1.1"', 'version: "1.0"'))
    fails(root, 2, /edited\/schedule-11\.md:4:1: Unexpected version "1\.0" in the frontmatter/, 'mod', 'new', 'MPA22', '--from', edited)
  })
})

describe('Appendices and Schedules: rebase of a document version changed on both sides', () => {
  it('is a conflict block above the document version line (exit 1), which apply refuses until resolved; resolved, release takes it', () => {
    const root = copyFixture()
    // MPZ raises Appendix AB from V1.0 to V2.0 against 1.0; 1.1 (MPA01) raised it to V1.1.
    const file = path.join(root, 'appendix-ab.md')
    writeFileSync(file, appendixAb.replace('document-version: "V1.0"', 'document-version: "V2.0"').replace('**2.1** The DCC shall receive', '**2.1** The DCC must receive'))
    succeeds(root, 'mod', 'new', 'MPZ', '--base', '1.0', '--from', file, '--date', '2026-01-01')
    const report = fails(root, 1, /modifications\/MPZ\/legal-text\.md:3:1: Conflict in Appendix AB: MPZ and 1\.1 both change the document version of Appendix AB, expected changes to different words\n {2}base: {4}"V1\.0"\n {2}MPZ: {5}"V2\.0"\n {2}1\.1: {5}"V1\.1"/, 'rebase', 'MPZ', '--onto', '1.1')
    expect(report.stdout).toBe('')
    fails(root, 1, /rewrote modifications\/MPZ\/ against 1\.1 with 1 conflict block to resolve/, 'rebase', 'MPZ', '--onto', '1.1', '--write')
    const legalText = path.join(root, 'modifications/MPZ/legal-text.md')
    expect(readFileSync(legalText, 'utf8')).toBe(
      [
        '# Appendix AB: Illustrative Request Processing Document',
        '',
        "<<<<<<< conflict in the document version of Appendix AB: MPZ and 1.1 both change these words. Write MPZ's change into the document version line below as marks against 1.1, then delete this block.",
        'base (1.0): V1.0',
        'MPZ: {--V1.0--}{++V2.0++}',
        '1.1: {--V1.0--}{++V1.1++}',
        '>>>>>>> end of conflict',
        '',
        'Document version: V1.1',
        '',
        '## 2 Processing Illustrative Requests',
        '',
        '### Receipt',
        '',
        '**2.1** The DCC {~~shall~>must~~} receive each illustrative request.',
        ''
      ].join('\n')
    )
    expect(readFileSync(path.join(root, 'modifications/MPZ/modification.md'), 'utf8')).toMatch(/^base: "1\.1"$/m)
    fails(root, 1, /Unresolved conflict in MPZ \(the document version of Appendix AB\)/, 'apply', 'MPZ')
    // Resolved: the drafter's version as a mark against 1.1's, the block deleted.
    writeFileSync(legalText, readFileSync(legalText, 'utf8').replace(/<{7}[\s\S]*?end of conflict\n\nDocument version: V1\.1/, 'Document version: {~~V1.1~>V2.0~~}'))
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MPZ')
    expect(readFileSync(path.join(root, 'sec-text/1.2/appendix-ab.md'), 'utf8')).toMatch(/^document-version: "V2\.0"$/m)
    succeeds(root, 'verify')
  })

  it('the same document version on both sides is no conflict: the line drops out and the rest rebases', () => {
    const root = copyFixture()
    const file = path.join(root, 'appendix-ab.md')
    writeFileSync(file, appendixAb.replace('document-version: "V1.0"', 'document-version: "V1.1"').replace('**2.1** The DCC shall receive', '**2.1** The DCC must receive'))
    succeeds(root, 'mod', 'new', 'MPY', '--base', '1.0', '--from', file, '--date', '2026-01-01')
    const rebased = succeeds(root, 'rebase', 'MPY', '--onto', '1.1')
    expect(rebased.stdout).not.toContain('Document version')
    expect(rebased.stdout).toContain('**2.1** The DCC {~~shall~>must~~} receive each illustrative request.')
  })
})

describe('Appendices and Schedules: a document retitled in the edited text (mod new --from)', () => {
  const retitle = (text: string, from: string, to: string): string => text.replace(`title: "${from}"`, `title: "${to}"`).replace(`: ${from}\n`, `: ${to}\n`)

  it('an Appendix retitled with a word changed is drafted as a retitle; its release gives the drafter\'s file', () => {
    const root = copyFixture()
    const file = path.join(root, 'ab.md')
    const base = readFileSync(path.join(root, 'sec-text/1.1/appendix-ab.md'), 'utf8')
    const edited = retitle(base, 'Illustrative Request Processing Document', 'Illustrative Request Handling Document').replace('of any later date', 'of any later day')
    writeFileSync(file, edited)
    succeeds(root, 'mod', 'new', 'MA2', '--base', '1.1', '--from', file, '--date', '2026-01-01')
    expect(readFileSync(path.join(root, 'modifications/MA2/legal-text.md'), 'utf8')).toMatch(/^# Appendix AB: Illustrative Request \{~~Processing~>Handling~~\} Document\n/)
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MA2')
    expect(readFileSync(path.join(root, 'sec-text/1.2/appendix-ab.md'), 'utf8')).toBe(edited.replace('version: "1.1"', 'version: "1.2"'))
  })

  it('a Section retitled and nothing else is drafted as a retitle alone, not as "nothing to draft"', () => {
    const root = copyFixture()
    const file = path.join(root, 'g.md')
    const edited = retitle(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8'), 'Security', 'Security Requirements')
    writeFileSync(file, edited)
    const drafted = succeeds(root, 'mod', 'new', 'MG2', '--base', '1.1', '--from', file)
    expect(drafted.stdout).toContain('Section G retitled')
    expect(readFileSync(path.join(root, 'modifications/MG2/legal-text.md'), 'utf8')).toBe('# Section G: Security{++ Requirements++}\n')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MG2')
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-g.md'), 'utf8')).toBe(edited.replace('version: "1.1"', 'version: "1.2"'))
  })
})

describe('Appendices and Schedules: check', () => {
  it('cross-references to Appendices, Schedules and their provisions resolve; a document cited but absent is a finding', () => {
    const root = copyFixture()
    // The fixture's excerpt of Appendix AB leaves out AB:2.2 to AB:2.10: its own numbering has a gap, the only finding.
    const excerpt = cli(root, 'check', '--all')
    expect(excerpt.status).toBe(1)
    expect(excerpt.stdout).toMatch(/sec-text\/1\.0\/appendix-ab\.md\n16:1 +error Unexpected clause number AB:2\.11 after AB:2\.1, expected AB:2\.2 +numbering/)
    expect(excerpt.stdout.match(/ error /g)).toHaveLength(2)
    expect(excerpt.stdout).not.toMatch(/cross-references/)
    // Not an excerpt: every citation can be checked.
    for (const version of ['1.0', '1.1']) {
      const manifest = path.join(root, `sec-text/${version}/manifest.yaml`)
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^excerpt: .*\n/m, ''))
    }
    const edit = (name: string, from: string, to: string): void => {
      const file = path.join(root, 'sec-text/1.0', name)
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to))
    }
    edit('schedule-11.md', 'in Appendix AB; and', 'in Appendix AC; and')
    edit('section-g.md', 'Section 2.11 of Appendix AB', 'Section 2.12 of Appendix AB')
    edit('section-g.md', 'paragraph 2 of Schedule 11', 'paragraph 4 of Schedule 11')
    edit('appendix-ab.md', 'processed under Section 2.11.', 'processed under Section 2.12.')
    edit('section-g.md', 'Section 2.12 of Appendix AB.', 'Section 2.12 of Appendix AB and with Section 2.11 of Appendix AZ.')
    const checked = cli(root, 'check', '--at', '1.0', '--format', 'json')
    expect(checked.status).toBe(1)
    const reasons = (JSON.parse(checked.stdout) as {messages: Array<{reason: string; line: number}>}).messages.map((m) => `${m.line}: ${m.reason}`)
    expect(reasons).toEqual(expect.arrayContaining([
      "25: Unexpected reference to AB:2.12 in AB:3.1, expected a provision of version 1.0; did you mean 'AB:2.1' or 'AB:2.11'?",
      '13: Unexpected reference to Appendix AC in Sch11:2(a), expected a document of version 1.0 (no appendix-ac.md in it)',
      "11: Unexpected reference to AB:2.12 in G1.1, expected a provision of version 1.0; did you mean 'AB:2.1' or 'AB:2.11'?",
      '13: Unexpected reference to Sch11:4 in G1.2, expected a provision of version 1.0',
      '11: Unexpected reference to AZ:2.11 in G1.1, expected a document of version 1.0 (no appendix-az.md in it)',
      '16: Unexpected clause number AB:2.11 after AB:2.1, expected AB:2.2'
    ]))
    expect(reasons).toHaveLength(6)
    // In the stylish report: file, line and column of the citing clause.
    expect(cli(root, 'check', '--at', '1.0').stdout).toMatch(/sec-text\/1\.0\/section-g\.md\n(?:.*\n)*?11:1 +error Unexpected reference to AZ:2\.11 in G1\.1/)
  })
})

describe('Appendices and Schedules: the synthetic generator (test/bench/generate-appendices.mjs)', () => {
  it('writes about 40 Appendices and Schedules 5, 8, 9, 11 with change records that verify, check, diff and annex', async () => {
    const {generateAppendicesCorpus} = (await import(path.join(repoRoot, 'test/bench/generate-appendices.mjs'))) as {
      generateAppendicesCorpus: (root: string, options?: object) => Promise<{documents: number; records: number}>
    }
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendices-generated-'))
    const stats = await generateAppendicesCorpus(root)
    expect(stats).toMatchObject({documents: 45, records: 10})
    succeeds(root, 'verify')
    succeeds(root, 'fmt', '--check', path.join(root, 'sec-text'))
    expect(cli(root, 'check', '--all').status).toBeLessThanOrEqual(1)
    const diff = JSON.parse(cli(root, 'diff', '9.0', '9.1', '--format', 'json').stdout) as {summary: {sections: Array<{letter: string; presence: string}>; totals: {changed: number; added: number}}}
    expect(diff.summary.sections.filter((s) => s.letter.startsWith('Appendix '))).toHaveLength(41)
    expect(diff.summary.sections.filter((s) => s.letter.startsWith('Schedule ')).map((s) => s.letter)).toEqual(['Schedule 5', 'Schedule 8', 'Schedule 9', 'Schedule 11'])
    expect(diff.summary.sections.find((s) => s.letter === 'Appendix AO')?.presence).toBe('added')
    expect(diff.summary.totals.changed).toBeGreaterThanOrEqual(9)
    const annex = cli(root, 'annex', 'MP401', '--format', 'md', '--out', path.join(root, 'out'))
    expect(annex.status).toBe(0)
    expect(readFileSync(path.join(root, 'out/MP401-annex-a.md'), 'utf8')).toMatch(/_Amend the document version of Appendix A as follows:_/)
  })
})

describe('Appendices and Schedules: a document version changed alone', () => {
  it('is drafted, named by mod new, released, shown by diff in every format (exit 1 with --exit-code) and by history', () => {
    const root = copyFixture()
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    rmSync(path.join(edited, 'manifest.yaml'))
    writeFileSync(path.join(edited, 'appendix-ab.md'), readFileSync(path.join(edited, 'appendix-ab.md'), 'utf8').replace('document-version: "V1.1"', 'document-version: "V1.2"'))
    expect(succeeds(root, 'mod', 'new', 'DV1', '--from', edited, '--title', 'Illustrative version change', '--date', '2026-03-01').stdout).toBe('wrote modifications/DV1/ (Appendix AB document version V1.1 → V1.2)\n')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'DV1')
    fails(root, 1, /^$/, 'diff', '1.1', '1.2', '--exit-code')
    expect(succeeds(root, 'diff', '1.1', '1.2').stdout).toContain('document version changed AB: [-V1.1-][+V1.2+]')
    expect(succeeds(root, 'diff', '1.1', '1.2', '--format', 'md').stdout).toContain('document version changed')
    expect(succeeds(root, 'diff', '1.1', '1.2', '--format', 'html').stdout).toMatch(/document version changed[^<]*: <del>V1\.1<\/del><ins>V1\.2<\/ins>/)
    const json = JSON.parse(succeeds(root, 'diff', '1.1', '1.2', '--format', 'json').stdout) as {headings: Array<{level: string; kind: string; before: string; after: string}>}
    expect(json.headings.map(({level, kind, before, after}) => ({level, kind, before, after}))).toEqual([{level: 'document-version', kind: 'changed', before: 'V1.1', after: 'V1.2'}])
    expect(succeeds(root, 'history', 'AB').stdout).toMatch(/1\.2 {2}amended from 1\.1 by DV1 \(modification\) "Illustrative version change"\ndocument version: \[-V1\.1-\]\[\+V1\.2\+\]/)
  })
})

describe('Appendices and Schedules: patch', () => {
  it('a whole new Appendix is a new file in the patch, and git apply takes it', () => {
    const root = copyFixture()
    const git = (...args: string[]) => spawnSync('git', args, {cwd: root, encoding: 'utf8'})
    git('init', '-q', '.')
    const patch = cli(root, 'patch', 'MPA02')
    expect(patch.status).toBe(0)
    expect(patch.stdout).toContain('diff --git a/sec-text/1.0/appendix-am.md b/sec-text/1.0/appendix-am.md\nnew file mode 100644\n--- /dev/null\n')
    writeFileSync(path.join(root, 'MPA02.diff'), patch.stdout)
    expect(git('apply', 'MPA02.diff').status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.0/appendix-am.md'), 'utf8')).toBe(readFileSync(path.join(root, 'sec-text/1.1/appendix-am.md'), 'utf8').replace('version: "1.1"', 'version: "1.0"'))
  })

  it('a whole Appendix deleted is a deleted file in the patch (in place and --as), and git apply removes it as release does', () => {
    const root = copyFixture()
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {cwd: root, encoding: 'utf8'})
    draftAppendixDeleted(root)
    git('init', '-q', '.')
    git('add', '-A')
    git('commit', '-qm', 'corpus')
    const patch = succeeds(root, 'patch', 'MPA20').stdout
    expect(patch).toMatch(/^diff --git a\/sec-text\/1\.1\/appendix-ab\.md b\/sec-text\/1\.1\/appendix-ab\.md\ndeleted file mode 100644\n--- a\/sec-text\/1\.1\/appendix-ab\.md\n\+\+\+ \/dev\/null\n@@ -1,\d+ \+0,0 @@\n/m)
    writeFileSync(path.join(root, 'MPA20.diff'), patch)
    const applied = git('apply', 'MPA20.diff')
    expect(applied.status, applied.stderr).toBe(0)
    expect(existsSync(path.join(root, 'sec-text/1.1/appendix-ab.md'))).toBe(false)
    git('checkout', '-q', '--', '.')
    // --as: the new version folder as release writes it, without the Appendix.
    writeFileSync(path.join(root, 'MPA20-as.diff'), succeeds(root, 'patch', 'MPA20', '--as', '1.2', '--date', '2026-01-01').stdout)
    expect(git('apply', 'MPA20-as.diff').status).toBe(0)
    const patched = readdirSync(path.join(root, 'sec-text/1.2')).sort()
    rmSync(path.join(root, 'sec-text/1.2'), {recursive: true})
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', '--date', '2026-01-01', 'MPA20')
    expect(patched).toEqual(readdirSync(path.join(root, 'sec-text/1.2')).sort())
    expect(patched).not.toContain('appendix-ab.md')
  })
})
