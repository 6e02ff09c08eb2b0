import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {documentXml, expectedParagraphs} from '../annex/read-annex-formats.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'
import {runCli} from '../helpers/cli.js'
import {draftAndRelease, statusCorpus} from './status-helpers.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

const fixture = statusCorpus()
const show = (...args: string[]): ReturnType<typeof fixture.run> => fixture.run('show', ...args)

describe('show: a provision’s in-force status (illustrative fixture)', () => {
  it('prints the status and dates under the text', () => {
    const result = show('X2.4(b)')
    expect(result.stdout).toBe('(b) report each illustrative entry to the Panel.\n\nStatus of X2.4(b): ceases to have effect on 31 March 2027.\n')
    expect(show('X2.4').stdout).toContain('    (b) report each illustrative entry to the Panel.\n\nStatus of X2.4(b): ceases to have effect on 31 March 2027.\n')
    expect(show('X2.5').stdout).toContain('Status of X2.5: not in force: comes into force on a direction.')
    expect(show('X2.7').stdout).toBe('X2.7 Each Party shall keep each illustrative notice for two years.\n')
  })

  it('--format md prints the statuses as notes under the markdown; --format json lists them as statuses', () => {
    expect(fixture.ok('show', 'X2.4(b)', '--format', 'md')).toBe('- (b) report each illustrative entry to the Panel.\n\n_Status of X2.4(b): ceases to have effect on 31 March 2027._\n')
    expect(fixture.ok('show', 'X2.5', '--format', 'md')).toBe('**X2.5** The Panel may direct that this illustrative clause shall apply.\n\n_Status of X2.5: not in force: comes into force on a direction._\n')
    expect(fixture.ok('show', 'X2.7', '--format', 'md')).toBe('**X2.7** Each Party shall keep each illustrative notice for two years.\n')
    expect(fixture.ok('show', 'X2.6', '--format', 'md', '--as-at', '2026-01-01')).toContain(
      '_Status of X2.6: comes into force on 1 April 2026; ceases to have effect on 31 December 2028._\n\n_On 1 January 2026 (version 1.0, effective 1 January 2025) X2.6 was not in force: not yet commenced (comes into force on 1 April 2026; ceases to have effect on 31 December 2028)._\n'
    )
    const json = JSON.parse(fixture.ok('show', 'X2.4', '--format', 'json')) as {statuses: unknown}
    expect(json.statuses).toEqual([{id: 'X2.4(b)', inForce: {lapses: '2027-03-31'}}])
  })

  it('a part and a whole document list the statuses of their provisions in every format', () => {
    const lines = ['Status of X2.4(b): ceases to have effect on 31 March 2027.', 'Status of X2.5: not in force: comes into force on a direction.', 'Status of X2.6: comes into force on 1 April 2026; ceases to have effect on 31 December 2028.']
    for (const id of ['X2', 'X']) {
      expect(fixture.ok('show', id)).toContain(`X2.7 Each Party shall keep each illustrative notice for two years.\n\n${lines.join('\n')}\n`)
      expect(fixture.ok('show', id, '--format', 'md')).toContain('status:\n  "X2.4(b)": {lapses: "2027-03-31"}\n  "X2.5": {commences: "direction"}\n')
      expect((JSON.parse(fixture.ok('show', id, '--format', 'json')) as {statuses: unknown[]}).statuses).toHaveLength(3)
    }
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
    const corpus = statusCorpus()
    const file = 'sec-text/1.0/section-x.md'
    const canonical = corpus.read(file)
    corpus.write(file, canonical.replace(/status:\n(?: {2}.*\n)+/, 'status:\n  X2.6: {lapses: "2028-12-31", commences: "2026-04-01"}\n  "X2.5":\n    commences: direction\n  "X2.4(b)": {lapses: 2027-03-31}\n'))
    corpus.ok('fmt')
    expect(corpus.read(file)).toBe(canonical)
    corpus.ok('fmt', '--check')
  })

  it('a bad status date or an unknown provision is exit 2 with file:line:col', () => {
    const corpus = statusCorpus()
    const file = 'sec-text/1.1/section-x.md'
    corpus.edit(file, (text) => text.replace('"2027-03-31"', '"2027-04-31"'))
    expect(corpus.refused('', 'show', 'X2.4').stderr).toBe("redline: sec-text/1.1/section-x.md:6:23: Unexpected date '2027-04-31' for 'lapses' of X2.4(b), expected a real calendar date (YYYY-MM-DD): April 2027 has 30 days\n")
    corpus.edit(file, (text) => text.replace('"2027-04-31"', '"2027-03-31"').replace('"X2.5"', '"X2.5(a)"'))
    corpus.refused("sec-text/1.1/section-x.md:7:3: Unknown provision X2.5(a) in 'status', expected the ID of a part, clause or sub-paragraph of this document", 'check')
  })

  it('release carries every status; verify proves the release', () => {
    draftAndRelease(statusCorpus(), (text) => text.replace('an illustrative register', 'an illustrative public register'))
  })

})

describe('check: the in-force rule (illustrative fixture)', () => {
  /** The in-force findings of `check` on 1.1 after an edit of its status map: exit 1, one line each. */
  function findings(change: (text: string) => string): string[] {
    const corpus = statusCorpus()
    corpus.ok('check', '--all')
    corpus.edit('sec-text/1.1/section-x.md', change)
    const result = corpus.run('check')
    expect(result.status).toBe(1)
    return result.stdout.split('\n').filter((line) => / error /.test(line)).map((line) => line.replace(/\s+in-force sec-redline$/, ''))
  }

  it('is clean on the fixture; a commencement after the lapse and a provision lapsed before the version took effect are findings, exit 1', () => {
    const lines = findings((text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2026-05-31"}').replace('"2028-12-31"', '"2026-03-31"'))
    expect(lines).toEqual([
      '18:3 error Unexpected status of X2.4(b): it ceased to have effect on 31 May 2026, on or before this version took effect (1 June 2026), expected the provision deleted ([Not used]) or its status removed',
      '22:1 error Unexpected status of X2.6: it ceased to have effect on 31 March 2026, on or before this version took effect (1 June 2026), expected the provision deleted ([Not used]) or its status removed',
      '22:1 error Unexpected status of X2.6: it commences on 1 April 2026 but lapses on 31 March 2026, expected a commencement before the lapse'
    ])
  })

  it('reads a sub-paragraph’s status with its clause’s: commencing after the clause lapses, or lapsing after it, is a finding', () => {
    const lines = findings((text) => text.replace('  "X2.4(b)": {lapses: "2027-03-31"}\n', '  "X2.4": {lapses: "2027-03-31"}\n  "X2.4(a)": {commences: "2027-06-01"}\n  "X2.4(b)": {lapses: "2028-03-31"}\n'))
    expect(lines).toEqual([
      '19:3 error Unexpected status of X2.4(a): it commences on 1 June 2027, on or after X2.4 (which it is part of) ceases to have effect on 31 March 2027, so it never comes into force; expected a commencement before 31 March 2027',
      '20:3 error Unexpected status of X2.4(b): it lapses on 31 March 2028, after X2.4 (which it is part of) ceases to have effect on 31 March 2027, so its own sunset never takes effect; expected a lapse on or before 31 March 2027 or its lapse removed'
    ])
  })

  it('show and show --as-at follow an inherited status', () => {
    const corpus = statusCorpus()
    corpus.edit('sec-text/1.1/section-x.md', (text) => text.replace('  "X2.4(b)": {lapses: "2027-03-31"}\n', '  "X2.4": {commences: "direction"}\n  "X2.4(b)": {lapses: "2027-03-31"}\n'))
    expect(corpus.ok('show', 'X2.4(a)')).toBe('(a) keep an illustrative register; and\n\nStatus of X2.4: not in force: comes into force on a direction.\n')
    expect(corpus.ok('show', 'X2.4(a)', '--format', 'md', '--as-at', '2026-07-01')).toBe(
      '- (a) keep an illustrative register; and\n\n_Status of X2.4: not in force: comes into force on a direction._\n\n_On 1 July 2026 (version 1.1, effective 1 June 2026) X2.4(a) was not in force: awaiting a direction (X2.4 not in force: comes into force on a direction)._\n'
    )
    const json = JSON.parse(corpus.ok('show', 'X2.4(b)', '--format', 'json', '--as-at', '2026-07-01')) as {statuses: unknown; asAt: {state: string}}
    expect(json.statuses).toEqual([{id: 'X2.4', inForce: {commences: 'direction'}}, {id: 'X2.4(b)', inForce: {lapses: '2027-03-31'}}])
    expect(json.asAt.state).toBe('awaiting a direction')
  })
})

describe('diff: a status changed, in every format (illustrative fixture)', () => {
  const corpus = statusCorpus()
  corpus.edit('sec-text/1.1/section-x.md', (text) =>
    text
      .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
      .replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-07-01"}')
      .replace('"X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}', '"X2.6": {commences: "2026-04-01"}\n  "X2.7": {commences: "direction"}')
  )
  const diff = (...args: string[]): string => corpus.run('diff', '1.0', '1.1', ...args).stdout
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
    expect(corpus.run('diff', '1.0', '1.1', '--clause', 'X2.4', '--exit-code').status).toBe(1)
    expect(fixture.ok('diff', '1.0', '1.1', '--format', 'md')).not.toContain('In-force status')
  })
})

describe('change records carry a status change (illustrative fixture)', () => {
  it('mod new --from writes a changed, a removed and a new status as status lines; release gives exactly the drafter’s file', () => {
    const {legalText} = draftAndRelease(statusCorpus(), (text) =>
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
    const corpus = statusCorpus()
    const {legalText} = draftAndRelease(corpus, (text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    expect(legalText).toBe('# Section X: Transition\n\nStatus of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}\n')
    expect(corpus.ok('diff', '1.1', '1.2', '--format', 'md')).toContain('- status changed, Section X, X2.4(b): ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028')
  })

  it('a status line whose before is not the base’s, or that names no provision, or has no mark, is exit 2 at its line', () => {
    const corpus = statusCorpus()
    draftAndRelease(corpus, (text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'))
    const attempt = (line: string, message: string): void => {
      corpus.write('modifications/MP901/legal-text.md', `# Section X: Transition\n\n${line}\n`)
      corpus.refused(`modifications/MP901/legal-text.md:${message}`, 'apply', 'MP901')
    }
    attempt('Status of X2.4(b): {~~{lapses: "2026-03-31"}~>{lapses: "2028-03-31"}~~}', '3:1: Unexpected status of X2.4(b) before MP901: the record changes {lapses: "2026-03-31"}, but the base says {lapses: "2027-03-31"}, expected the base\'s status')
    attempt('Status of X2.9: {++{commences: "direction"}++}', '3:1: Unknown provision X2.9 in a status line of MP901')
    attempt('Status of X2.4(b): {lapses: "2028-03-31"}', '3:1: Unexpected status of X2.4(b) without a mark')
    attempt('Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-02-30"}~~}', "3:56: Unexpected date '2028-02-30' for 'lapses' of X2.4(b), expected a real calendar date (YYYY-MM-DD): February 2028 has 29 days")
    attempt('Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapse: "2028-03-31"}~~}', "3:48: Unknown status key 'lapse' for X2.4(b), expected 'commences' or 'lapses'")
  })
})

describe('a status change in the annex, every format, and the amending instructions (illustrative fixture)', () => {
  const corpus = statusCorpus()
  const {root: dir} = corpus
  corpus.draftRecord('MP902', (text) =>
    text
      .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
      .replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-10-01"}')
      .replace('an illustrative register', 'an illustrative public register')
  )
  const lines = ['Section X2.4(b) shall cease to have effect on 31 March 2028.', 'Section X2.5 shall come into force on 1 October 2026.']
  const note = '(Status of Section X2.6: comes into force on 1 April 2026; ceases to have effect on 31 December 2028.)'

  it('prints each status change as an instruction line, and the status of a clause shown that is not in force', () => {
    corpus.ok('annex', 'MP902', '--format', 'all', '--out', path.join(dir, 'out'))
    const read = (name: string): string => corpus.read(`out/${name}`)
    const terminal = corpus.ok('annex', 'MP902')
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
    corpus.ok('annex', 'MP902', '--format', 'instructions', '--out', path.join(dir, 'instr'))
    const instructions = corpus.read('instr/MP902-instructions.txt')
    expect(instructions).toContain(`1. In Section X2.4(a), after "illustrative" insert "public".\n2. ${lines[0] ?? ''}\n3. ${lines[1] ?? ''}\n`)
    const viaLegalText = corpus.ok('apply', 'MP902', '--format', 'json')
    const viaInstructions = corpus.run('apply', 'MP902', '--format', 'json', '--instructions', path.join(dir, 'instr/MP902-instructions.txt'))
    expect(viaInstructions.stderr).toBe('')
    expect(viaInstructions.stdout).toBe(viaLegalText)
    expect((JSON.parse(viaLegalText) as {statuses: unknown}).statuses).toEqual([
      {id: 'X2.4(b)', inForce: {lapses: '2028-03-31'}},
      {id: 'X2.5', inForce: {commences: '2026-10-01'}}
    ])
  })

  it('every form of status sentence applies back: a direction, both dates, and a status removed', () => {
    corpus.write('hand.txt', 'Section X2.7 shall come into force on a date specified in a direction and shall cease to have effect on 1 January 2030.\nSection X2.5 shall be in force.\nSection X2.4(a) shall come into force on 29 February 2028.\n')
    const instr = path.join(dir, 'hand.txt')
    const applied = JSON.parse(corpus.ok('apply', 'MP902', '--format', 'json', '--instructions', instr)) as {statuses: unknown}
    // The statuses the instructions set, as they stand afterwards, in document order (not the record's own).
    expect(applied.statuses).toEqual([
      {id: 'X2.4(a)', inForce: {commences: '2028-02-29'}},
      {id: 'X2.5', inForce: null},
      {id: 'X2.7', inForce: {commences: 'direction', lapses: '2030-01-01'}}
    ])
    corpus.write('hand.txt', 'Section X2.9 shall be in force.\n')
    corpus.refused('hand.txt:1:1: Unexpected Section X2.9: no such provision', 'apply', 'MP902', '--instructions', instr)
  })
})

describe('a direction: a change record of kind direction that brings a provision into force (illustrative fixture)', () => {
  const corpus = statusCorpus()
  const activate = (text: string): string => text.replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-10-01"}')
  const {legalText} = draftAndRelease(corpus, activate, 'D001', ['--kind', 'direction', '--title', 'Illustrative: direction bringing X2.5 into force'])
  const directs = 'The Secretary of State directs that Section X2.5 shall come into force on 1 October 2026.'

  it('mod new --kind direction writes the kind and a status line; release and verify take it like any record', () => {
    expect(legalText).toBe('# Section X: Transition\n\nStatus of X2.5: {~~{commences: "direction"}~>{commences: "2026-10-01"}~~}\n')
    expect(corpus.read('modifications/D001/modification.md')).toContain('kind: "direction"\n')
    expect(corpus.ok('mods')).toMatch(/^D001\tdirection\t/m)
  })

  it('the annex and the amending instructions word it as a direction of the Secretary of State, and the instructions apply back', () => {
    corpus.ok('annex', 'D001', '--format', 'all', '--out', path.join(corpus.root, 'out'))
    const terminal = corpus.ok('annex', 'D001')
    expect(terminal).toContain(`Section X ‘Transition’\n${directs}\n`)
    expect(corpus.read('out/D001-annex-a.md')).toContain('This document contains the changes to the SEC made by this direction of the Secretary of State.')
    expect(corpus.read('out/D001-annex-a.html')).toContain(`<p class="instruction">${directs}</p>`)
    expect(documentXml(readFileSync(path.join(corpus.root, 'out/D001-annex-a.docx')))).toContain(directs)
    const instructions = corpus.read('out/D001-instructions.txt')
    expect(instructions).toBe(
      "# D001 ‘Illustrative: direction bringing X2.5 into force’: a direction of the Secretary of State, as amending instructions\n# Legal text – version 0.1, drafted against SEC Version 1.1.\n\n1. The Secretary of State directs that Section X2.5 shall come into force on 1 October 2026.\n"
    )
    const viaInstructions = corpus.ok('apply', 'D001', '--format', 'json', '--instructions', path.join(corpus.root, 'out/D001-instructions.txt'))
    expect(viaInstructions).toBe(corpus.ok('apply', 'D001', '--format', 'json'))
    expect(corpus.ok('apply', 'D001')).toBe(`${directs}\n`)
  })

  it('history names the direction that activated the provision, in text and JSON', () => {
    const text = corpus.ok('history', 'X2.5')
    expect(text).toBe(
      [
        '1.0  first stored version',
        'X2.5 The Panel may direct that this illustrative clause shall apply.',
        'status: not in force: comes into force on a direction',
        '',
        '1.2  status changed from 1.1 by D001 (direction) "Illustrative: direction bringing X2.5 into force"',
        'status: not in force: comes into force on a direction → comes into force on 1 October 2026 (activated)',
        ''
      ].join('\n')
    )
    const json = JSON.parse(corpus.ok('history', 'X2.5', '--format', 'json')) as {entries: Array<{version: string; records: Array<{kind: string}>; statuses?: unknown}>}
    expect(json.entries.map((entry) => entry.version)).toEqual(['1.0', '1.2'])
    expect(json.entries[1]?.records.map((record) => record.kind)).toEqual(['direction'])
    expect(json.entries[1]?.statuses).toEqual([{id: 'X2.5', of: 'own', change: 'activated', before: {commences: 'direction'}, after: {commences: '2026-10-01'}}])
  })

  it('show --as-at reads the provision awaiting the direction before it, and in force from the date it named', () => {
    expect(corpus.ok('show', 'X2.5', '--as-at', '2026-08-01')).toContain('X2.5 was not in force: awaiting a direction')
    expect(corpus.ok('show', 'X2.5', '--as-at', '2026-10-01')).toContain('(version 1.2, effective 1 September 2026) X2.5 was in force.')
  })
})

describe('history lists a status change (illustrative fixture)', () => {
  it('names the version, the record and the status before and after, in text and json', () => {
    const corpus = statusCorpus()
    draftAndRelease(corpus, (text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'), 'MP902', ['--title', 'Illustrative: extend the sunset'])
    const text = corpus.ok('history', 'X2.4(b)')
    expect(text).toContain('1.2  status changed from 1.1 by MP902 (modification) "Illustrative: extend the sunset"\nstatus: ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028')
    const json = JSON.parse(corpus.ok('history', 'X2.4(b)', '--format', 'json')) as unknown
    expect(JSON.stringify(json)).toContain('"status":{"before":{"lapses":"2027-03-31"},"after":{"lapses":"2028-03-31"}}')
  })

  it('a clause’s history shows its sub-paragraphs’ statuses, and a sub-paragraph’s the status it inherits, first stored and changed', () => {
    const corpus = statusCorpus()
    draftAndRelease(corpus, (text) => text.replace('  "X2.4(b)"', '  "X2.4": {commences: "2026-10-01", lapses: "2029-01-01"}\n  "X2.4(b)"'), 'MP903', ['--title', 'Illustrative: X2.4 commences and lapses'])
    expect(corpus.ok('history', 'X2.4')).toContain(
      'status of X2.4(b): ceases to have effect on 31 March 2027\n\n1.2  status changed from 1.1 by MP903 (modification) "Illustrative: X2.4 commences and lapses"\nstatus: in force → comes into force on 1 October 2026; ceases to have effect on 1 January 2029\n'
    )
    expect(corpus.ok('history', 'X2.4(a)')).toBe(
      [
        '1.0  first stored version',
        '(a) keep an illustrative register; and',
        '',
        '1.2  status changed from 1.1 by MP903 (modification) "Illustrative: X2.4 commences and lapses"',
        'status of X2.4 (which it is part of): in force → comes into force on 1 October 2026; ceases to have effect on 1 January 2029',
        ''
      ].join('\n')
    )
    const json = JSON.parse(corpus.ok('history', 'X2.4(a)', '--format', 'json')) as {entries: Array<{statuses?: unknown}>}
    expect(json.entries[1]?.statuses).toEqual([{id: 'X2.4', of: 'above', change: 'given', before: null, after: {commences: '2026-10-01', lapses: '2029-01-01'}}])
  })
})

describe('rebase carries a status line (illustrative fixture)', () => {
  function drafted(): ReturnType<typeof statusCorpus> {
    const corpus = statusCorpus()
    const file = corpus.drafted((text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}'), 'mine', '1.0')
    corpus.ok('mod', 'new', 'MP903', '--base', '1.0', '--from', file, '--date', '2026-07-01')
    return corpus
  }

  it('onto a version with the same status: the line is kept, the record now names the newer base and releases', () => {
    const corpus = drafted()
    corpus.ok('rebase', 'MP903', '--onto', '1.1', '--write')
    expect(corpus.read('modifications/MP903/legal-text.md')).toBe('# Section X: Transition\n\nStatus of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}\n')
    corpus.ok('release', '--base', '1.1', '--as', '1.2', 'MP903')
    expect(corpus.read('sec-text/1.2/section-x.md')).toContain('  "X2.4(b)": {lapses: "2028-03-31"}\n')
  })

  it('onto a version that changed the status another way: a conflict, exit 1', () => {
    const corpus = drafted()
    corpus.edit('sec-text/1.1/section-x.md', (text) => text.replace('{lapses: "2027-03-31"}', '{lapses: "2029-03-31"}'))
    const result = corpus.run('rebase', 'MP903', '--onto', '1.1')
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
    const corpus = statusCorpus()
    corpus.draftRecord('MP902', (text) =>
      text
        .replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}')
        .replace('  "X2.5": {commences: "direction"}\n', '')
        .replace('an illustrative register', 'an illustrative public register')
    )
    corpus.ok('annex', 'MP902', '--format', 'docx', '--out', path.join(corpus.root, 'out'))
    const [reading] = readWithLibreOffice([path.join(corpus.root, 'out/MP902-annex-a.docx')])
    const annex = loadAnnex(openCorpus(corpus.root), 'MP902')
    for (const side of ['accept', 'reject'] as const) {
      expect(provisionTexts(reading?.[side] ?? [])).toEqual(expectedParagraphs(annex, side))
      const texts = (reading?.[side] ?? []).map((paragraph) => paragraph.text)
      expect(texts).toContain('Section X2.4(b) shall cease to have effect on 31 March 2028.')
      expect(texts).toContain('Section X2.5 shall be in force.')
    }
  }, 120_000)
})
