import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {documentXml, expectedParagraphs} from '../annex/read-annex-formats.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'
import {repoRoot, runCli} from '../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

/** The illustrative corpus with provisions not in force (test/fixtures/status-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/status-corpus')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-status-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

const root = copyFixture()
const show = (...args: string[]): ReturnType<typeof runCli> => runCli(['--root', root, 'show', ...args])

describe('show: a provision’s in-force status (illustrative fixture)', () => {
  it('prints the status and dates under the text', () => {
    const result = show('X2.4(b)')
    expect(result.stdout).toBe('(b) report each illustrative entry to the Panel.\n\nStatus of X2.4(b): ceases to have effect on 31 March 2027.\n')
    expect(show('X2.4').stdout).toContain('    (b) report each illustrative entry to the Panel.\n\nStatus of X2.4(b): ceases to have effect on 31 March 2027.\n')
    expect(show('X2.5').stdout).toContain('Status of X2.5: not in force: comes into force on a direction.')
    expect(show('X2.7').stdout).toBe('X2.7 Each Party shall keep each illustrative notice for two years.\n')
  })

  it('--as-at resolves the version in force on the date and says whether the provision was in force', () => {
    expect(show('X2.7', '--as-at', '2026-01-01').stdout).toBe(
      'X2.7 Each Party shall keep each illustrative notice for one year.\n\nOn 1 January 2026 (version 1.0, effective 1 January 2025) X2.7 was in force.\n'
    )
    expect(show('X2.7', '--as-at', '2026-06-01').stdout).toContain('for two years.\n\nOn 1 June 2026 (version 1.1, effective 1 June 2026) X2.7 was in force.')
    expect(show('X2.6', '--as-at', '2026-01-01').stdout).toContain('X2.6 was not in force: not yet commenced (comes into force on 1 April 2026; ceases to have effect on 31 December 2028).')
    expect(show('X2.6', '--as-at', '2026-04-01').stdout).toContain('X2.6 was in force.')
    expect(show('X2.4(b)', '--as-at', '2027-03-31').stdout).toContain('X2.4(b) was not in force: lapsed (ceases to have effect on 31 March 2027).')
    expect(show('X2.5', '--as-at', '2030-01-01').stdout).toContain('X2.5 was not in force: awaiting a direction (not in force: comes into force on a direction).')
    const json = JSON.parse(show('X2.4(b)', '--as-at', '2027-04-01', '--format', 'json').stdout) as {version: string; provision: {inForce: unknown}; asAt: unknown}
    expect(json.version).toBe('1.1')
    expect(json.provision.inForce).toEqual({lapses: '2027-03-31'})
    expect(json.asAt).toEqual({date: '2027-04-01', effective: '2026-06-01', state: 'lapsed'})
  })

  it('--as-at refuses a date before every effective date, a date that is not real, and --at beside it, each with exit 2', () => {
    const before = show('X2.7', '--as-at', '2024-12-31')
    expect(before.stderr).toBe('redline: No version in force on 31 December 2024 (2024-12-31): the earliest effective date is 1 January 2025 (version 1.0), expected a date on or after it\n')
    expect(before.status).toBe(2)
    const unreal = show('X2.7', '--as-at', '2026-02-29')
    expect(unreal.stderr).toContain("Unexpected date '2026-02-29' for --as-at, expected a real calendar date (YYYY-MM-DD): February 2026 has 28 days")
    expect(unreal.status).toBe(2)
    expect(show('X2.7', '--as-at', '2026-01-01', '--at', '1.0').status).toBe(2)
  })
})

describe('the status map through fmt, check, release and mod new (illustrative fixture)', () => {
  it('fmt writes a typed status map in canonical form and keeps it', () => {
    const dir = copyFixture()
    const file = path.join(dir, 'sec-text/1.0/section-x.md')
    const canonical = readFileSync(file, 'utf8')
    writeFileSync(file, canonical.replace(/status:\n(?: {2}.*\n)+/, 'status:\n  X2.6: {lapses: "2028-12-31", commences: "2026-04-01"}\n  "X2.5":\n    commences: direction\n  "X2.4(b)": {lapses: 2027-03-31}\n'))
    const result = runCli(['--root', dir, 'fmt'])
    expect(result.status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(canonical)
    expect(runCli(['--root', dir, 'fmt', '--check']).status).toBe(0)
  })

  it('a bad status date or an unknown provision is exit 2 with file:line:col', () => {
    const dir = copyFixture()
    const file = path.join(dir, 'sec-text/1.1/section-x.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2027-03-31"', '"2027-04-31"'))
    const bad = runCli(['--root', dir, 'show', 'X2.4'])
    expect(bad.stderr).toBe("redline: sec-text/1.1/section-x.md:6:23: Unexpected date '2027-04-31' for 'lapses' of X2.4(b), expected a real calendar date (YYYY-MM-DD): April 2027 has 30 days\n")
    expect(bad.status).toBe(2)
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2027-04-31"', '"2027-03-31"').replace('"X2.5"', '"X2.5(a)"'))
    const unknown = runCli(['--root', dir, 'check'])
    expect(unknown.stderr).toContain("sec-text/1.1/section-x.md:7:3: Unknown provision X2.5(a) in 'status', expected the ID of a clause or sub-paragraph of this document")
    expect(unknown.status).toBe(2)
  })

  it('release carries every status; verify proves the release', () => {
    const dir = copyFixture()
    const drafted = path.join(dir, 'mine.md')
    writeFileSync(drafted, readFileSync(path.join(dir, 'sec-text/1.1/section-x.md'), 'utf8').replace('an illustrative register', 'an illustrative public register'))
    expect(runCli(['--root', dir, 'mod', 'new', 'MP901', '--from', drafted, '--date', '2026-07-01']).status).toBe(0)
    expect(runCli(['--root', dir, 'release', '--base', '1.1', '--as', '1.2', '--date', '2026-09-01', 'MP901']).status).toBe(0)
    expect(readFileSync(path.join(dir, 'sec-text/1.2/section-x.md'), 'utf8')).toBe(readFileSync(drafted, 'utf8').replace('version: "1.1"', 'version: "1.2"'))
    expect(runCli(['--root', dir, 'verify']).status).toBe(0)
  })

})

describe('check: the in-force rule (illustrative fixture)', () => {
  it('is clean on the fixture; a commencement after the lapse and a provision lapsed before the version took effect are findings, exit 1', () => {
    const dir = copyFixture()
    expect(runCli(['--root', dir, 'check', '--all']).status).toBe(0)
    const file = path.join(dir, 'sec-text/1.1/section-x.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('{lapses: "2027-03-31"}', '{lapses: "2026-05-31"}').replace('"2028-12-31"', '"2026-03-31"'))
    const result = runCli(['--root', dir, 'check'])
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n').filter((line) => / error /.test(line)).map((line) => line.replace(/\s+in-force sec-redline$/, ''))
    expect(lines).toEqual([
      '18:3 error Unexpected status of X2.4(b): it ceased to have effect on 31 May 2026, on or before this version took effect (1 June 2026), expected the provision deleted ([Not used]) or its status removed',
      '22:1 error Unexpected status of X2.6: it ceased to have effect on 31 March 2026, on or before this version took effect (1 June 2026), expected the provision deleted ([Not used]) or its status removed',
      '22:1 error Unexpected status of X2.6: it commences on 1 April 2026 but lapses on 31 March 2026, expected a commencement before the lapse'
    ])
  })
})

describe('diff: a status changed, in every format (illustrative fixture)', () => {
  const dir = copyFixture()
  const file = path.join(dir, 'sec-text/1.1/section-x.md')
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
      .replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-07-01"}')
      .replace('"X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}', '"X2.6": {commences: "2026-04-01"}\n  "X2.7": {commences: "direction"}')
  )
  const diff = (...args: string[]): string => runCli(['--root', dir, 'diff', '1.0', '1.1', ...args]).stdout
  const lines = [
    'status changed, Section X, X2.4(b): ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028',
    'status changed, Section X, X2.5: not in force: comes into force on a direction → comes into force on 1 July 2026',
    'status changed, Section X, X2.6: comes into force on 1 April 2026; ceases to have effect on 31 December 2028 → comes into force on 1 April 2026',
    'status changed, Section X, X2.7: in force → not in force: comes into force on a direction'
  ]

  it('term, md and html list each change in words; json gives both sides', () => {
    expect(diff('--format', 'term')).toContain(`In-force status\n${lines.map((line) => `  ${line.replace('status changed, ', 'status changed ')}`).join('\n')}\n`)
    expect(diff('--format', 'md')).toContain(`## In-force status\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`)
    expect(diff('--format', 'html')).toContain(`<h2>In-force status</h2><ul>${lines.map((line) => `<li class="status-changed">${line}</li>`).join('')}</ul>`)
    const json = JSON.parse(diff('--format', 'json')) as {statuses: unknown[]}
    expect(json.statuses).toEqual([
      {kind: 'status changed', section: 'X', id: 'X2.4(b)', clause: 'X2.4', before: {lapses: '2027-03-31'}, after: {lapses: '2028-03-31'}},
      {kind: 'status changed', section: 'X', id: 'X2.5', clause: 'X2.5', before: {commences: 'direction'}, after: {commences: '2026-07-01'}},
      {kind: 'status changed', section: 'X', id: 'X2.6', clause: 'X2.6', before: {commences: '2026-04-01', lapses: '2028-12-31'}, after: {commences: '2026-04-01'}},
      {kind: 'status changed', section: 'X', id: 'X2.7', clause: 'X2.7', before: null, after: {commences: 'direction'}}
    ])
  })

  it('--clause keeps the statuses of that clause; --exit-code counts a status change; an unchanged status is no change', () => {
    expect(diff('--clause', 'X2.4', '--format', 'md')).toContain(`## In-force status\n\n- ${lines[0] ?? ''}\n`)
    expect(diff('--clause', 'X2.4', '--format', 'md')).not.toContain('X2.5')
    expect(runCli(['--root', dir, 'diff', '1.0', '1.1', '--clause', 'X2.4', '--exit-code']).status).toBe(1)
    expect(runCli(['--root', root, 'diff', '1.0', '1.1', '--format', 'md']).stdout).not.toContain('In-force status')
  })
})

describe('change records carry a status change (illustrative fixture)', () => {
  /** Drafts `id` against 1.1 from the drafter's file and releases it as 1.2. */
  function draftAndRelease(edit: (text: string) => string, id = 'MP901'): {dir: string; drafted: string; legalText: string} {
    const dir = copyFixture()
    const file = path.join(dir, 'mine.md')
    const drafted = edit(readFileSync(path.join(dir, 'sec-text/1.1/section-x.md'), 'utf8'))
    writeFileSync(file, drafted)
    const made = runCli(['--root', dir, 'mod', 'new', id, '--from', file, '--date', '2026-07-01'])
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    const released = runCli(['--root', dir, 'release', '--base', '1.1', '--as', '1.2', '--date', '2026-09-01', id])
    expect(released.stderr).toBe('')
    expect(released.status).toBe(0)
    expect(readFileSync(path.join(dir, 'sec-text/1.2/section-x.md'), 'utf8')).toBe(drafted.replace('version: "1.1"', 'version: "1.2"'))
    expect(runCli(['--root', dir, 'verify']).status).toBe(0)
    return {dir, drafted, legalText: readFileSync(path.join(dir, `modifications/${id}/legal-text.md`), 'utf8')}
  }

  it('mod new --from writes a changed, a removed and a new status as status lines; release gives exactly the drafter’s file', () => {
    const {legalText} = draftAndRelease((text) =>
      text
        .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
        .replace('  "X2.5": {commences: "direction"}\n', '')
        .replace('  "X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}\n', '  "X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}\n  "X2.7": {lapses: "2030-01-01"}\n')
        .replace('for two years', 'for three years')
    )
    expect(legalText).toBe(
      [
        '# Section X: Transition',
        '',
        'Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}',
        'Status of X2.5: {--{commences: "direction"}--}',
        'Status of X2.7: {++{lapses: "2030-01-01"}++}',
        '',
        '## X2 Illustrative Transition',
        '',
        '**X2.7** Each Party shall keep each illustrative notice for {~~two~>three~~} years.',
        ''
      ].join('\n')
    )
  })

  it('a record that changes a status only; diff and history name it', () => {
    const {dir, legalText} = draftAndRelease((text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    expect(legalText).toBe('# Section X: Transition\n\nStatus of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}\n')
    expect(runCli(['--root', dir, 'diff', '1.1', '1.2', '--format', 'md']).stdout).toContain('- status changed, Section X, X2.4(b): ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028')
  })

  it('a status line whose before is not the base’s, or that names no provision, or has no mark, is exit 2 at its line', () => {
    const {dir} = draftAndRelease((text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    const legal = path.join(dir, 'modifications/MP901/legal-text.md')
    const attempt = (line: string): ReturnType<typeof runCli> => {
      writeFileSync(legal, `# Section X: Transition\n\n${line}\n`)
      return runCli(['--root', dir, 'apply', 'MP901'])
    }
    const stale = attempt('Status of X2.4(b): {~~{lapses: "2026-03-31"}~>{lapses: "2028-03-31"}~~}')
    expect(stale.stderr).toContain('modifications/MP901/legal-text.md:3:1: Unexpected status of X2.4(b) before MP901: the record changes {lapses: "2026-03-31"}, but the base says {lapses: "2027-03-31"}, expected the base\'s status')
    expect(stale.status).toBe(2)
    const unknown = attempt('Status of X2.9: {++{commences: "direction"}++}')
    expect(unknown.stderr).toContain('modifications/MP901/legal-text.md:3:1: Unknown provision X2.9 in a status line of MP901')
    expect(unknown.status).toBe(2)
    const unmarked = attempt('Status of X2.4(b): {lapses: "2028-03-31"}')
    expect(unmarked.stderr).toContain('modifications/MP901/legal-text.md:3:1: Unexpected status of X2.4(b) without a mark')
    expect(unmarked.status).toBe(2)
    const badDate = attempt('Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-02-30"}~~}')
    expect(badDate.stderr).toContain("modifications/MP901/legal-text.md:3:")
    expect(badDate.stderr).toContain("Unexpected date '2028-02-30' for 'lapses' of X2.4(b)")
    expect(badDate.status).toBe(2)
  })
})

describe('a status change in the annex, every format, and the amending instructions (illustrative fixture)', () => {
  const dir = copyFixture()
  const file = path.join(dir, 'mine.md')
  writeFileSync(
    file,
    readFileSync(path.join(dir, 'sec-text/1.1/section-x.md'), 'utf8')
      .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
      .replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-10-01"}')
      .replace('an illustrative register', 'an illustrative public register')
  )
  expect(runCli(['--root', dir, 'mod', 'new', 'MP902', '--from', file, '--date', '2026-07-01']).status).toBe(0)
  const lines = ['Section X2.4(b) shall cease to have effect on 31 March 2028.', 'Section X2.5 shall come into force on 1 October 2026.']
  const note = '(Status of Section X2.6: comes into force on 1 April 2026; ceases to have effect on 31 December 2028.)'

  it('prints each status change as an instruction line, and the status of a clause shown that is not in force', () => {
    const result = runCli(['--root', dir, 'annex', 'MP902', '--format', 'all', '--out', path.join(dir, 'out')])
    expect(result.status).toBe(0)
    const read = (name: string): string => readFileSync(path.join(dir, 'out', name), 'utf8')
    const terminal = runCli(['--root', dir, 'annex', 'MP902']).stdout
    expect(terminal).toContain(`Section X ‘Transition’\n${lines[0] ?? ''}\n\n${lines[1] ?? ''}\n\nAmend Section X2.4 as follows:`)
    expect(terminal).toContain(`X2.6 Each Party shall publish an illustrative notice.\n\n${note}\n`)
    const md = read('MP902-annex-a.md')
    expect(md).toContain(`_${lines[0] ?? ''}_\n\n_${lines[1] ?? ''}_\n\n_Amend Section X2.4 as follows:_`)
    expect(md).toContain(`_${note}_`)
    const html = read('MP902-annex-a.html')
    for (const line of [...lines, note]) expect(html).toContain(`<p class="instruction">${line}</p>`)
    const xml = documentXml(readFileSync(path.join(dir, 'out/MP902-annex-a.docx')))
    for (const line of [...lines, note]) expect(xml).toContain(line)
    const pdf = execFileSync('pdftotext', ['-layout', path.join(dir, 'out/MP902-annex-a.pdf'), '-'], {encoding: 'utf8'})
    for (const line of lines) expect(pdf.replace(/\s+/g, ' ')).toContain(line)
  })

  it('the instructions carry the status sentences and apply back to the same result as the legal text', () => {
    expect(runCli(['--root', dir, 'annex', 'MP902', '--format', 'instructions', '--out', path.join(dir, 'instr')]).status).toBe(0)
    const instructions = readFileSync(path.join(dir, 'instr/MP902-instructions.txt'), 'utf8')
    expect(instructions).toContain(`1. In Section X2.4(a), after "illustrative" insert "public".\n2. ${lines[0] ?? ''}\n3. ${lines[1] ?? ''}\n`)
    const viaLegalText = runCli(['--root', dir, 'apply', 'MP902', '--format', 'json'])
    const viaInstructions = runCli(['--root', dir, 'apply', 'MP902', '--format', 'json', '--instructions', path.join(dir, 'instr/MP902-instructions.txt')])
    expect(viaInstructions.stderr).toBe('')
    expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
    expect((JSON.parse(viaLegalText.stdout) as {statuses: unknown}).statuses).toEqual([
      {id: 'X2.4(b)', inForce: {lapses: '2028-03-31'}},
      {id: 'X2.5', inForce: {commences: '2026-10-01'}}
    ])
  })

  it('every form of status sentence applies back: a direction, both dates, and a status removed', () => {
    const instr = path.join(dir, 'hand.txt')
    writeFileSync(instr, 'Section X2.7 shall come into force on a date specified in a direction and shall cease to have effect on 1 January 2030.\nSection X2.5 shall be in force.\nSection X2.4(a) shall come into force on 29 February 2028.\n')
    const applied = JSON.parse(runCli(['--root', dir, 'apply', 'MP902', '--format', 'json', '--instructions', instr]).stdout) as {statuses: unknown}
    expect(applied.statuses).toEqual([
      {id: 'X2.4(b)', inForce: {lapses: '2027-03-31'}},
      {id: 'X2.5', inForce: null}
    ])
    writeFileSync(instr, 'Section X2.9 shall be in force.\n')
    const unknown = runCli(['--root', dir, 'apply', 'MP902', '--instructions', instr])
    expect(unknown.stderr).toContain('hand.txt:1:1: Unexpected Section X2.9: no such provision')
    expect(unknown.status).toBe(2)
  })
})

describe('history lists a status change (illustrative fixture)', () => {
  it('names the version, the record and the status before and after, in text and json', () => {
    const dir = copyFixture()
    const file = path.join(dir, 'mine.md')
    writeFileSync(file, readFileSync(path.join(dir, 'sec-text/1.1/section-x.md'), 'utf8').replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    expect(runCli(['--root', dir, 'mod', 'new', 'MP902', '--from', file, '--date', '2026-07-01', '--title', 'Illustrative: extend the sunset']).status).toBe(0)
    expect(runCli(['--root', dir, 'release', '--base', '1.1', '--as', '1.2', 'MP902']).status).toBe(0)
    const text = runCli(['--root', dir, 'history', 'X2.4(b)']).stdout
    expect(text).toContain('1.2  status changed from 1.1 by MP902 (modification) "Illustrative: extend the sunset"\nstatus: ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028')
    const json = JSON.parse(runCli(['--root', dir, 'history', 'X2.4(b)', '--format', 'json']).stdout) as unknown
    expect(JSON.stringify(json)).toContain('"status":{"before":{"lapses":"2027-03-31"},"after":{"lapses":"2028-03-31"}}')
  })
})

describe('rebase carries a status line (illustrative fixture)', () => {
  function drafted(): string {
    const dir = copyFixture()
    const file = path.join(dir, 'mine.md')
    writeFileSync(file, readFileSync(path.join(dir, 'sec-text/1.0/section-x.md'), 'utf8').replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    expect(runCli(['--root', dir, 'mod', 'new', 'MP903', '--base', '1.0', '--from', file, '--date', '2026-07-01']).status).toBe(0)
    return dir
  }

  it('onto a version with the same status: the line is kept, the record now names the newer base and releases', () => {
    const dir = drafted()
    expect(runCli(['--root', dir, 'rebase', 'MP903', '--onto', '1.1', '--write']).status).toBe(0)
    expect(readFileSync(path.join(dir, 'modifications/MP903/legal-text.md'), 'utf8')).toBe('# Section X: Transition\n\nStatus of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}\n')
    expect(runCli(['--root', dir, 'release', '--base', '1.1', '--as', '1.2', 'MP903']).status).toBe(0)
    expect(readFileSync(path.join(dir, 'sec-text/1.2/section-x.md'), 'utf8')).toContain('  "X2.4(b)": {lapses: "2028-03-31"}\n')
  })

  it('onto a version that changed the status another way: a conflict, exit 1', () => {
    const dir = drafted()
    const onto = path.join(dir, 'sec-text/1.1/section-x.md')
    writeFileSync(onto, readFileSync(onto, 'utf8').replace('{lapses: "2027-03-31"}', '{lapses: "2029-03-31"}'))
    const result = runCli(['--root', dir, 'rebase', 'MP903', '--onto', '1.1'])
    expect(result.stderr).toContain('modifications/MP903/legal-text.md:3:1: Conflict in X2.4')
    expect(result.stderr).toContain('MP903:   "status {lapses: "2028-03-31"}"')
    expect(result.status).toBe(1)
  })
})

describe('statuses at the size of the real code (synthetic corpus)', () => {
  it('the full-size corpus holds provisions not in force; its record MP301 changes statuses, which verify, diff, annex and check follow', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-status-full-'))
    await generateCorpus(work, {scale: 1, seed: 17})
    const base = readdirSync(path.join(work, 'sec-text/9.0')).filter((name) => name.startsWith('section-')).map((name) => readFileSync(path.join(work, 'sec-text/9.0', name), 'utf8'))
    const entries = base.flatMap((text) => text.slice(0, text.indexOf('\n---\n')).split('\n').filter((line) => line.startsWith('  "')))
    expect(entries.length).toBeGreaterThan(40)
    expect(entries.some((line) => line.includes('{commences: "direction"}'))).toBe(true)
    expect(entries.some((line) => /\(a\)": \{lapses: /.test(line))).toBe(true)
    const legalText = readFileSync(path.join(work, 'modifications/MP301/legal-text.md'), 'utf8')
    const lines = legalText.split('\n').filter((line) => line.startsWith('Status of '))
    expect(lines.length).toBeGreaterThan(3)
    expect(runCli(['--root', work, 'verify']).status).toBe(0)
    const diff = JSON.parse(runCli(['--root', work, 'diff', '9.0', '9.1', '--format', 'json']).stdout) as {statuses: Array<{id: string}>}
    expect(diff.statuses.map((s) => s.id).sort()).toEqual(lines.map((line) => /^Status of (\S+):/.exec(line)?.[1] ?? '').sort())
    const annex = runCli(['--root', work, 'annex', 'MP301']).stdout
    expect(annex.match(/^Section \S+ shall (?:come into force|cease to have effect)/gm)?.length).toBe(lines.length)
    expect(runCli(['--root', work, 'check', '--at', '9.1']).stdout).not.toMatch(/ in-force sec-redline/)
  }, 120_000)
})

describe.runIf(runLibreOfficeTests)('the Word annex of a status change, read by LibreOffice (illustrative fixture)', () => {
  it('Accept All and Reject All give each side exactly; the status instruction lines stand on both', () => {
    const dir = copyFixture()
    const file = path.join(dir, 'mine.md')
    writeFileSync(
      file,
      readFileSync(path.join(dir, 'sec-text/1.1/section-x.md'), 'utf8')
        .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
        .replace('  "X2.5": {commences: "direction"}\n', '')
        .replace('an illustrative register', 'an illustrative public register')
    )
    expect(runCli(['--root', dir, 'mod', 'new', 'MP902', '--from', file, '--date', '2026-07-01']).status).toBe(0)
    expect(runCli(['--root', dir, 'annex', 'MP902', '--format', 'docx', '--out', path.join(dir, 'out')]).status).toBe(0)
    const [reading] = readWithLibreOffice([path.join(dir, 'out/MP902-annex-a.docx')])
    const annex = loadAnnex(openCorpus(dir), 'MP902')
    for (const side of ['accept', 'reject'] as const) {
      expect(provisionTexts(reading?.[side] ?? [])).toEqual(expectedParagraphs(annex, side))
      const texts = (reading?.[side] ?? []).map((paragraph) => paragraph.text)
      expect(texts).toContain('Section X2.4(b) shall cease to have effect on 31 March 2028.')
      expect(texts).toContain('Section X2.5 shall be in force.')
    }
  }, 120_000)
})
