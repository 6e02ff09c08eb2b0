import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {documentXml, expectedParagraphs} from '../annex/read-annex-formats.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'
import {draftAndRelease, statusCorpus, type StatusCorpus} from './status-helpers.js'

/** The fixture with part X2 given `status` (a flow map) first in 1.1's status map. */
function partCorpus(status: string): StatusCorpus {
  const corpus = statusCorpus()
  corpus.edit('sec-text/1.1/section-x.md', (text) => text.replace('status:\n', `status:\n  "X2": ${status}\n`))
  return corpus
}

/** Gives part X2 `status` in a drafter's copy (first in its status map). */
const givePart = (status: string) => (text: string): string => text.replace('status:\n', `status:\n  "X2": ${status}\n`)

describe('a part’s in-force status: show, --as-at, fmt and bad input (illustrative fixture)', () => {
  const corpus = partCorpus('{commences: "2026-10-01", lapses: "2030-01-01"}')
  const part = 'Status of X2: comes into force on 1 October 2026; ceases to have effect on 1 January 2030.'

  it('every clause and sub-paragraph of the part shows the part’s status first, in text, md and json', () => {
    expect(corpus.ok('show', 'X2.7')).toBe(`X2.7 Each Party shall keep each illustrative notice for two years.\n\n${part}\n`)
    expect(corpus.ok('show', 'X2.4(b)')).toBe(`(b) report each illustrative entry to the Panel.\n\n${part}\nStatus of X2.4(b): ceases to have effect on 31 March 2027.\n`)
    expect(corpus.ok('show', 'X2.4(a)', '--format', 'md')).toBe(`- (a) keep an illustrative register; and\n\n_${part}_\n`)
    const json = JSON.parse(corpus.ok('show', 'X2.4', '--format', 'json')) as {statuses: unknown}
    expect(json.statuses).toEqual([{id: 'X2', inForce: {commences: '2026-10-01', lapses: '2030-01-01'}}, {id: 'X2.4(b)', inForce: {lapses: '2027-03-31'}}])
    expect(corpus.ok('show', 'X2')).toContain(`for two years.\n\n${part}\nStatus of X2.4(b)`)
    expect(corpus.ok('show', 'X2', '--format', 'md')).toContain('status:\n  "X2": {commences: "2026-10-01", lapses: "2030-01-01"}\n  "X2.4(b)"')
  })

  it('--as-at reads a provision of the part as not in force before the part commences and after it lapses', () => {
    expect(corpus.ok('show', 'X2.7', '--as-at', '2026-07-01')).toContain(
      'On 1 July 2026 (version 1.1, effective 1 June 2026) X2.7 was not in force: not yet commenced (X2 comes into force on 1 October 2026; ceases to have effect on 1 January 2030).'
    )
    expect(corpus.ok('show', 'X2.7', '--as-at', '2026-10-01')).toContain('X2.7 was in force.')
    expect(corpus.ok('show', 'X2.4(a)', '--as-at', '2030-01-01')).toContain('X2.4(a) was not in force: lapsed (X2 comes into force')
    expect(corpus.ok('show', 'X2', '--as-at', '2026-07-01')).toContain('On 1 July 2026 (version 1.1, effective 1 June 2026) X2 was not in force: not yet commenced (comes into force on 1 October 2026; ceases to have effect on 1 January 2030).')
    const json = JSON.parse(corpus.ok('show', 'X2', '--as-at', '2031-01-01', '--format', 'json')) as {asAt: unknown}
    expect(json.asAt).toEqual({date: '2031-01-01', effective: '2026-06-01', state: 'lapsed'})
    expect((JSON.parse(corpus.ok('show', 'X2.6', '--as-at', '2026-07-01', '--format', 'json')) as {asAt: {state: string}}).asAt.state).toBe('not yet commenced')
  })

  it('fmt writes the part’s entry in canonical form, before its provisions, and keeps it', () => {
    const fresh = partCorpus('{commences: "direction"}')
    const file = 'sec-text/1.1/section-x.md'
    const canonical = fresh.read(file)
    fresh.write(file, canonical.replace('  "X2": {commences: "direction"}\n', '').replace('  "X2.6"', '  X2:\n    commences: direction\n  "X2.6"'))
    fresh.ok('fmt')
    expect(fresh.read(file)).toBe(canonical)
    fresh.ok('fmt', '--check')
  })

  it('a status on an unknown part, or an impossible date on a part, is exit 2 with file:line:col', () => {
    const fresh = statusCorpus()
    const file = 'sec-text/1.1/section-x.md'
    fresh.edit(file, givePart('{lapses: "2030-02-30"}'))
    expect(fresh.refused('', 'show', 'X2.4').stderr).toBe("redline: sec-text/1.1/section-x.md:6:18: Unexpected date '2030-02-30' for 'lapses' of X2, expected a real calendar date (YYYY-MM-DD): February 2030 has 28 days\n")
    fresh.edit(file, (text) => text.replace('  "X2": {lapses: "2030-02-30"}', '  "X3": {lapses: "2030-01-01"}'))
    fresh.refused("sec-text/1.1/section-x.md:6:3: Unknown provision X3 in 'status', expected the ID of a part, clause or sub-paragraph of this document", 'check')
  })
})

describe('check: the in-force rule reads a part’s status (illustrative fixture)', () => {
  it('a part lapsed by the version’s effective date, and a provision lapsing after its part, are findings, exit 1', () => {
    const corpus = partCorpus('{lapses: "2026-05-31"}')
    const result = corpus.run('check')
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n').filter((line) => / error /.test(line)).map((line) => line.replace(/\s+in-force sec-redline$/, ''))
    expect(lines).toEqual([
      '14:1 error Unexpected status of X2: it ceased to have effect on 31 May 2026, on or before this version took effect (1 June 2026), expected the part’s clauses deleted ([Not used]) or its status removed',
      '19:3 error Unexpected status of X2.4(b): it lapses on 31 March 2027, after X2 (which it is part of) ceases to have effect on 31 May 2026, so its own sunset never takes effect; expected a lapse on or before 31 May 2026 or its lapse removed',
      '23:1 error Unexpected status of X2.6: it lapses on 31 December 2028, after X2 (which it is part of) ceases to have effect on 31 May 2026, so its own sunset never takes effect; expected a lapse on or before 31 May 2026 or its lapse removed'
    ])
    partCorpus('{commences: "direction", lapses: "2031-01-01"}').ok('check')
  })
})

describe('diff: a part’s status changed, in every format (illustrative fixture)', () => {
  const corpus = partCorpus('{commences: "direction"}')
  const diff = (...args: string[]): string => corpus.ok('diff', '1.0', '1.1', ...args)
  const line = 'status changed, Section X, Part X2: in force → not in force: comes into force on a direction'

  it('term, md and html name the part; json gives the part with no clause', () => {
    expect(diff('--format', 'term')).toContain(`In-force status\n  ${line.replace('status changed, ', 'status changed ')}\n`)
    expect(diff('--format', 'md')).toContain(`## In-force status\n\n- ${line}\n`)
    expect(diff('--format', 'html')).toContain(`<h2>In-force status</h2><ul><li class="status-changed">${line}</li></ul>`)
    expect((JSON.parse(diff('--format', 'json')) as {statuses: unknown}).statuses).toEqual([{kind: 'status changed', section: 'X', id: 'X2', clause: null, before: null, after: {commences: 'direction'}}])
  })

  it('--clause keeps the status of the clause’s part; a removed part status is a change too', () => {
    expect(diff('--clause', 'X2.7', '--format', 'md')).toContain(`- ${line}\n`)
    expect(corpus.ok('diff', '1.1', '1.0', '--format', 'md')).toContain('- status changed, Section X, Part X2: not in force: comes into force on a direction → in force\n')
  })
})

describe('a change record gives a part its status: mod new --from, release, history and apply (illustrative fixture)', () => {
  const corpus = statusCorpus()
  const {legalText} = draftAndRelease(corpus, (text) => givePart('{commences: "2026-10-01"}')(text).replace('for two years', 'for three years'), 'MP905', ['--title', 'Illustrative: X2 commences later'])

  it('writes the part’s status line before its part; release gives exactly the drafter’s file', () => {
    expect(legalText).toBe(
      ['# Section X: Transition', '', 'Status of X2: {++{commences: "2026-10-01"}++}', '', '## X2 Illustrative Transition', '', '**X2.7** Each Party shall keep each illustrative notice for {~~two~>three~~} years.', ''].join('\n')
    )
    expect((JSON.parse(corpus.ok('apply', 'MP905', '--format', 'json')) as {statuses: unknown}).statuses).toEqual([{id: 'X2', inForce: {commences: '2026-10-01'}}])
  })

  it('history of a provision of the part names the part’s status it inherits, in text and json', () => {
    expect(corpus.ok('history', 'X2.5')).toContain(
      '1.2  status changed from 1.1 by MP905 (modification) "Illustrative: X2 commences later"\nstatus of X2 (which it is part of): in force → comes into force on 1 October 2026\n'
    )
    const json = JSON.parse(corpus.ok('history', 'X2.4(a)', '--format', 'json')) as {entries: Array<{statuses?: unknown}>}
    expect(json.entries[1]?.statuses).toEqual([{id: 'X2', of: 'above', change: 'given', before: null, after: {commences: '2026-10-01'}}])
  })

  it('history of the part itself: each version, its status and the clauses changed in it, with the record responsible, in text and json', () => {
    expect(corpus.ok('history', 'X2')).toContain(
      '1.2  amended from 1.1 by MP905 (modification) "Illustrative: X2 commences later"\nstatus: in force → comes into force on 1 October 2026\nclauses: X2.7 amended'
    )
    const json = JSON.parse(corpus.ok('history', 'X2', '--format', 'json')) as {provision: string; entries: Array<{version: string; change: string; after: string; clauses?: unknown; statuses?: unknown}>}
    expect(json.entries.map((entry) => [entry.version, entry.change])).toEqual([['1.0', 'first'], ['1.1', 'amended'], ['1.2', 'amended']])
    expect(json.entries[0]?.after).toBe('X2 Illustrative Transition')
    expect(json.entries[2]?.clauses).toEqual([{id: 'X2.7', change: 'amended'}])
    expect(json.entries[2]?.statuses).toEqual([{id: 'X2', of: 'own', change: 'given', before: null, after: {commences: '2026-10-01'}}])
    corpus.refused("Unexpected provision ID 'X3', expected a clause or sub-paragraph ID such as G3.20 or 'G3.20(b)', a part such as G3", 'history', 'X3')
  })

  it('a status line on a part the base lacks, or whose before is not the base’s, is exit 2 at its line', () => {
    const attempt = (line: string, message: string): void => {
      corpus.write('modifications/MP905/legal-text.md', `# Section X: Transition\n\n${line}\n`)
      corpus.refused(`modifications/MP905/legal-text.md:${message}`, 'apply', 'MP905')
    }
    attempt('Status of X3: {++{commences: "direction"}++}', '3:1: Unknown provision X3 in a status line of MP905, expected a part, clause or sub-paragraph')
    attempt('Status of X2: {~~{commences: "direction"}~>{commences: "2026-10-01"}~~}', '3:1: Unexpected status of X2 before MP905: the record changes {commences: "direction"}, but the base says in force')
  })
})

describe('a part’s status in the annex, every format, and the amending instructions (illustrative fixture)', () => {
  const corpus = statusCorpus()
  const {root: dir} = corpus
  corpus.draftRecord('MP906', (text) => givePart('{commences: "direction", lapses: "2031-03-31"}')(text).replace('an illustrative register', 'an illustrative public register'))
  const sentence = 'Section X2 shall come into force on a date specified in a direction and shall cease to have effect on 31 March 2031.'

  it('prints the part’s status change as an instruction line in every format', () => {
    corpus.ok('annex', 'MP906', '--format', 'all', '--out', path.join(dir, 'out'))
    expect(corpus.ok('annex', 'MP906')).toContain(`Section X ‘Transition’\n${sentence}\n\nAmend Section X2.4 as follows:`)
    expect(corpus.read('out/MP906-annex-a.md')).toContain(`_${sentence}_\n\n_Amend Section X2.4 as follows:_`)
    expect(corpus.read('out/MP906-annex-a.html')).toContain(`<p class="instruction">${sentence}</p>`)
    expect(documentXml(readFileSync(path.join(dir, 'out/MP906-annex-a.docx')))).toContain(sentence)
    const pdf = execFileSync('pdftotext', ['-layout', path.join(dir, 'out/MP906-annex-a.pdf'), '-'], {encoding: 'utf8'})
    expect(pdf.replace(/\s+/g, ' ')).toContain(sentence)
  })

  it('the instructions carry the part’s sentence and apply back to the same result as the legal text', () => {
    expect(corpus.read('out/MP906-instructions.txt')).toContain(`1. In Section X2.4(a), after "illustrative" insert "public".\n2. ${sentence}\n`)
    const viaLegalText = corpus.ok('apply', 'MP906', '--format', 'json')
    expect(corpus.ok('apply', 'MP906', '--format', 'json', '--instructions', path.join(dir, 'out/MP906-instructions.txt'))).toBe(viaLegalText)
    expect((JSON.parse(viaLegalText) as {statuses: unknown}).statuses).toEqual([{id: 'X2', inForce: {commences: 'direction', lapses: '2031-03-31'}}])
    corpus.write('hand.txt', 'Section X2 shall be in force.\n')
    // X2 is in force in the base already: the instruction changes nothing, and apply lists no status.
    expect((JSON.parse(corpus.ok('apply', 'MP906', '--format', 'json', '--instructions', path.join(dir, 'hand.txt'))) as {statuses: unknown}).statuses).toEqual([])
  })

  it('a part’s status the record leaves as it is stands as a note with the part’s first clause shown', () => {
    const kept = partCorpus('{commences: "direction"}')
    kept.draftRecord('MP907', (text) => text.replace('for two years', 'for three years'))
    const note = '(Status of Section X2: not in force: comes into force on a direction.)'
    expect(kept.ok('annex', 'MP907')).toContain(`    (b) report each illustrative entry to the Panel.\n\n${note}\n\n(Status of Section X2.4(b)`)
    expect(kept.ok('annex', 'MP907')).not.toContain('Section X2 shall')
    kept.ok('annex', 'MP907', '--format', 'all', '--out', path.join(kept.root, 'out'))
    expect(kept.read('out/MP907-annex-a.md')).toContain(`_${note}_`)
    expect(kept.read('out/MP907-annex-a.html')).toContain(`<p class="instruction">${note}</p>`)
  })
})

describe.runIf(runLibreOfficeTests)('the Word annex of a part’s status change, read by LibreOffice (illustrative fixture)', () => {
  it('Accept All and Reject All give each side exactly; the part’s status line stands on both', () => {
    const corpus = partCorpus('{lapses: "2031-03-31"}')
    corpus.draftRecord('MP908', (text) => text.replace('  "X2": {lapses: "2031-03-31"}\n', '  "X2": {commences: "direction"}\n').replace('an illustrative register', 'an illustrative public register'))
    corpus.ok('annex', 'MP908', '--format', 'docx', '--out', path.join(corpus.root, 'out'))
    const [reading] = readWithLibreOffice([path.join(corpus.root, 'out/MP908-annex-a.docx')])
    const annex = loadAnnex(openCorpus(corpus.root), 'MP908')
    for (const side of ['accept', 'reject'] as const) {
      expect(provisionTexts(reading?.[side] ?? [])).toEqual(expectedParagraphs(annex, side))
      expect((reading?.[side] ?? []).map((paragraph) => paragraph.text)).toContain('Section X2 shall come into force on a date specified in a direction.')
    }
  }, 120_000)
})
