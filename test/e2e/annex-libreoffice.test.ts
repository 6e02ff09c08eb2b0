/**
 * The Word annex as a word processor reads it: LibreOffice (one headless process for every file,
 * test/helpers/libreoffice-accept-reject.py) accepts or rejects every tracked change, and each
 * side must read as that version, paragraph by paragraph. The modifications here are illustrative
 * edits of the sample corpus, not SEC text.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {expectedParagraphs} from '../annex/read-annex-formats.js'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {ANNEX_END, type OfficeReading, provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

const G318 = {
  lead: '**G3.18** The requirements of this Section are that the User shall:',
  a: '- (a) wherever it is reasonably practicable to do so notify the manufacturer of the hardware or Device or the developer of the software or firmware (as the case may be);',
  b: '- (b) take reasonable steps to ensure that the cause of the vulnerability or likely cause of the material adverse effect is rectified, or its potential impact is mitigated, as soon as is reasonably practicable',
  c: '- (c) ensure that the Security Sub-Committee is promptly notified of the steps being taken to rectify the cause of the vulnerability or likely cause of the material adverse effect, or to mitigate its potential impact (as the case may be), and the time within which those steps are intended to be completed'
}

/** Illustrative change records against 6.17, by the fault each one showed. */
const RECORDS: Record<string, string> = {
  // Fault 1: a new last item, the connector "; and" moved from (b) to (c).
  LAST1: [G318.lead, '', G318.a, `${G318.b};{-- and--}`, `${G318.c}{~~.~>; and~~}`, '{++- (d) keep a record of the steps taken.++}'].join('\n'),
  // Fault 1, the other way: the last item deleted, the connector moved back.
  LAST2: [G318.lead, '', G318.a, `${G318.b}{~~; and~>.~~}`, `{--${G318.c}.--}`].join('\n'),
  // Fault 2: a clause inserted at the end of an existing cross-heading group.
  HEAD1: '{++**G3.21A** Each User shall keep a record of the arrangements it has established.++}',
  // Fault 2 with fault 1: an item inserted, and a clause inserted in the middle of the group.
  HEAD2: [G318.lead, '', G318.a, `${G318.b};{-- and--}`, `${G318.c}{~~.~>; and~~}`, '{++- (d) keep a record of the steps taken.++}', '', '{++**G3.18A** Each User shall keep a record.++}'].join('\n')
}

const CONTEXTS = ['heading', 'clause', 'none'] as const

function writeRecord(root: string, id: string, legalText: string): void {
  const meta = readFileSync(path.join(root, 'modifications/MP087/modification.md'), 'utf8').replace('id: "MP087"', `id: "${id}"`)
  mkdirSync(path.join(root, 'modifications', id))
  writeFileSync(path.join(root, 'modifications', id, 'modification.md'), meta)
  writeFileSync(path.join(root, 'modifications', id, 'legal-text.md'), `# Section G: Security\n\n### Manufacturers: Duty to Notify and Be Notified\n\n${legalText}\n`)
}

describe.runIf(runLibreOfficeTests)('redline annex --format docx, read by LibreOffice', () => {
  const root = copyCorpus()
  const files: Array<{id: string; context: (typeof CONTEXTS)[number]; file: string}> = []
  const readings = new Map<string, OfficeReading>()

  beforeAll(() => {
    for (const [id, text] of Object.entries(RECORDS)) writeRecord(root, id, text)
    for (const id of ['MP087', ...Object.keys(RECORDS)]) {
      for (const context of CONTEXTS) {
        const out = `out-${context}`
        const result = runCli(['annex', id, '--format', 'docx', '--context', context, '--out', out], {cwd: root})
        expect(result.stderr).toBe('')
        expect(result.status).toBe(0)
        files.push({id, context, file: path.join(root, out, `${id}-annex-a.docx`)})
      }
    }
    readWithLibreOffice(files.map((entry) => entry.file)).forEach((reading, index) => readings.set(`${files[index]?.id} ${files[index]?.context}`, reading))
  }, 170_000)

  const reading = (id: string, context = 'heading'): OfficeReading => readings.get(`${id} ${context}`) as OfficeReading

  it('Accept All gives the new text and Reject All the old, paragraph by paragraph, for every record and context', () => {
    const corpus = openCorpus(root)
    for (const {id, context} of files) {
      const annex = loadAnnex(corpus, id, {context})
      for (const side of ['accept', 'reject'] as const) {
        expect(provisionTexts(reading(id, context)[side]), `${id} --context ${context}, ${side}`).toEqual(expectedParagraphs(annex, side))
      }
    }
  })

  it('lists the tracked changes with the author and date of the metadata', () => {
    expect(reading('MP087').changes).toEqual([{type: 'Insert', author: 'SECAS', date: '2019-10-04T00:00:00'}])
    for (const id of Object.keys(RECORDS)) for (const change of reading(id).changes) expect(change).toMatchObject({author: 'SECAS', date: '2019-10-04T00:00:00'})
  })

  it('fault 1: Reject All keeps the paragraph mark of the item before a new last item', () => {
    const rejected = provisionTexts(reading('LAST1').reject)
    expect(rejected.find((text) => text.startsWith('(c) '))).toMatch(/to be completed\.$/)
    expect(rejected).toContain('G3.19 A User shall not be required to notify a manufacturer or developer in accordance with Section G3.18(a) where it has reason to be satisfied that the manufacturer or developer is already aware of the matter that would otherwise be notified')
    expect(provisionTexts(reading('LAST1').accept)).toContain('(d) keep a record of the steps taken.')
    const accepted = provisionTexts(reading('LAST2', 'clause').accept)
    expect(accepted.find((text) => text.startsWith('(b) '))).toMatch(/reasonably practicable\.$/)
    expect(accepted.some((text) => text.startsWith('(c) '))).toBe(false)
    expect(provisionTexts(reading('LAST2', 'clause').reject).find((text) => text.startsWith('(c) '))).toMatch(/to be completed\.$/)
  })

  it('fault 2: an inserted clause leaves its existing cross-heading alone, and stands with its group', () => {
    for (const id of ['HEAD1', 'HEAD2']) {
      for (const context of CONTEXTS) {
        const headings = (side: 'accept' | 'reject'): string[] => reading(id, context)[side].filter((p) => p.style === 'Heading 3').map((p) => p.text)
        const expected = context === 'none' ? [] : ['Manufacturers: Duty to Notify and Be Notified']
        expect(headings('accept'), `${id} ${context}`).toEqual(expected)
        expect(headings('reject'), `${id} ${context}`).toEqual(expected)
      }
    }
    const grouped = provisionTexts(reading('HEAD1', 'heading').accept).filter((text) => /^G3\.\d+A? /.test(text)).map((text) => text.split(' ')[0])
    expect(grouped).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.21', 'G3.21A'])
  })

  it('the last provision inserted or deleted: each side ends with the closing paragraph, no empty paragraph left behind', () => {
    // HEAD1 inserts the last clause, LAST1 a last item, LAST2 deletes the last item: a tracked paragraph last in the body.
    for (const id of ['HEAD1', 'LAST1', 'LAST2']) {
      for (const context of CONTEXTS) {
        for (const side of ['accept', 'reject'] as const) {
          const paragraphs = reading(id, context)[side]
          expect(paragraphs[paragraphs.length - 1]?.text, `${id} ${context} ${side}`).toBe(ANNEX_END.text)
          expect(paragraphs.filter((p) => p.text === ''), `${id} ${context} ${side}`).toEqual([])
        }
      }
    }
    // With its group (--context heading) the old last clause is last on Reject All; alone (--context clause) nothing is left.
    expect(provisionTexts(reading('HEAD1', 'heading').reject).at(-1)).toMatch(/^G3\.21 /)
    expect(provisionTexts(reading('HEAD1', 'clause').reject)).toEqual([])
    expect(provisionTexts(reading('HEAD1', 'heading').accept).at(-1)).toBe('G3.21A Each User shall keep a record of the arrangements it has established.')
  })
})

describe('fault 2 in the other formats: the existing cross-heading is not marked inserted', () => {
  it('md, html and the terminal', () => {
    const root = copyCorpus()
    writeRecord(root, 'HEAD1', RECORDS.HEAD1 as string)
    const heading = 'Manufacturers: Duty to Notify and Be Notified'
    expect(runCli(['annex', 'HEAD1', '--format', 'all'], {cwd: root}).status).toBe(0)
    const md = readFileSync(path.join(root, 'out/HEAD1/HEAD1-annex-a.md'), 'utf8')
    expect(md.slice(md.indexOf('\n---\n')).match(/^### .*$/gm)).toEqual([`### ${heading}`])
    const html = readFileSync(path.join(root, 'out/HEAD1/HEAD1-annex-a.html'), 'utf8')
    expect(html.match(/<h3>.*<\/h3>/g)).toEqual([`<h3>${heading}</h3>`])
    const terminal = runCli(['annex', 'HEAD1', '--context', 'clause'], {cwd: root}).stdout
    expect(terminal).toContain(`\n${heading}\n`)
    expect(terminal).not.toContain(`[+${heading}+]`)
    expect(terminal).toContain('[+G3.21A+]')
  })
})
