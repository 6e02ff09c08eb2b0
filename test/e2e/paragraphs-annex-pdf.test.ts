import {readFileSync} from 'node:fs'
import path from 'node:path'
import {unzlibSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/corpus/corpus.js'
import {paragraphRuns, redlineParagraphs} from '../../src/layout/provision-paragraphs.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {canReadPdf, DIRECTIONAL_MARKS, indexOfWords, pdfWords} from '../annex/read-annex-pdf.js'
import {runCli} from '../helpers/cli.js'
import {draftAndRelease} from './paragraphs-fixture.js'


/** The page content streams of a PDF, inflated (PDFKit writes them with FlateDecode). */
function contentStreams(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1')
  const out: string[] = []
  for (const match of text.matchAll(/\/Filter \/FlateDecode[^>]*>>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    try {
      out.push(Buffer.from(unzlibSync(Buffer.from(text.slice(start, text.indexOf('\nendstream', start)), 'latin1'))).toString('latin1'))
    } catch {
      // A font file or another binary stream.
    }
  }
  return out.join('\n')
}

/** The annex's rules under and through changed words, in drawing order: `delete` red (#b00020), `insert` blue (#0645ad); runs of one kind as one. */
function ruleSequence(content: string): string[] {
  const kinds = [...content.matchAll(/(0\.6901960784313725 0 0\.12549019607843137|0\.023529411764705882 0\.27058823529411763 0\.6784313725490196) scn\nf\n/g)].map((match) => (match[1]?.startsWith('0.69') ? 'delete' : 'insert'))
  return kinds.filter((kind, index) => kind !== kinds[index - 1])
}

describe('PDF annex of a modification of several paragraphs, read back', () => {
  it.runIf(canReadPdf)('gives each paragraph’s words, both sides, in the order of the redline, and the marks of its changes in that order', () => {
    const root = draftAndRelease()
    const out = path.join(root, 'out')
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'pdf', '--out', out]).status).toBe(0)
    const pdf = new Uint8Array(readFileSync(path.join(out, 'MP900-annex-a.pdf')))

    // What the annex prints of G3.17: its paragraphs as laid out from the one redline, each with its runs.
    const corpus = openCorpus(root)
    const g317 = redlineSections(corpus.version('1.0').sections, corpus.version('1.1').sections).sections[0]?.clauses.find((clause) => clause.id === 'G3.17')
    if (!g317) throw new Error('G3.17 is not in the redline')
    const paragraphs = redlineParagraphs(g317).map(paragraphRuns)
    const texts = paragraphs.map((runs) => runs.map((run) => run.text).join(''))
    // Later paragraphs of the lead-in, text between two lists inserted and changed, a tail paragraph deleted: each its own paragraph.
    expect(texts).toContain('Where a Party first becomes aware of an illustrative matter affecting:')
    expect(texts).toContain('This illustrative paragraph is new.')
    expect(texts).toContain('The Panel may publish the notice.')
    expect(paragraphs.find((runs) => runs.some((run) => run.text === 'The Panel may publish the notice.'))?.every((run) => run.type === 'delete')).toBe(true)

    // Every paragraph's words (deleted and inserted both) stand in the PDF's text, one after another in reading order.
    const header = 'MP900 Annex A – Legal text – version 0.1'
    const words = pdfWords(pdf, {header, classification: 'This document has a Classification of White'})
    let from = 0
    for (const [index, runs] of paragraphs.entries()) {
      const expected = runs.map((run) => run.text).join('').replace(DIRECTIONAL_MARKS, ' ').split(/\s+/).filter((word) => word !== '')
      const at = indexOfWords(words, expected, from)
      expect(at, `paragraph ${index} of G3.17 ("${texts[index] ?? ''}") in the PDF after word ${from}`).toBeGreaterThanOrEqual(from)
      from = at + expected.length
    }

    // The marks: a rule through each deleted word and under each inserted one, in the order of the changes across the paragraphs.
    const changes = paragraphs.flatMap((runs) => runs.filter((run) => run.type !== 'equal').map((run) => run.type))
    expect(changes.filter((kind, index) => kind !== changes[index - 1]).length).toBeGreaterThanOrEqual(4)
    expect(ruleSequence(contentStreams(pdf))).toEqual(changes.filter((kind, index) => kind !== changes[index - 1]))
  })
})
