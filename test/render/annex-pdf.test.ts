import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {unzlibSync} from 'fflate'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexPdf} from '../../src/render/annex-pdf.js'
import {paragraphRuns, type RedlineParagraph, redlineParagraphs} from '../../src/layout/provision-paragraphs.js'
import {baseSections, editedSections, mp087Meta, mp087Redline} from '../annex/fixtures.js'
import {canReadPdf, indexOfWords, PDFTOTEXT, pdfText, pdfWords} from '../annex/read-annex-pdf.js'

afterEach(() => void vi.useRealTimers())

const frame = {header: 'MP087 Annex A – Legal text – version 0.1', classification: 'This document has a Classification of White'}
const latin1 = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1')

/** The page content streams, inflated. */
function contentStreams(pdf: Uint8Array): string[] {
  const text = latin1(pdf)
  const out: string[] = []
  for (const match of text.matchAll(/\/Filter \/FlateDecode[^>]*>>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const end = text.indexOf('\nendstream', start)
    try {
      out.push(Buffer.from(unzlibSync(Buffer.from(text.slice(start, end), 'latin1'))).toString('latin1'))
    } catch {
      // A font file or other binary stream that is not content.
    }
  }
  return out
}

describe('PDF annex', () => {
  it('gives the same bytes whatever the clock says, dated by the modification', async () => {
    const annex = buildAnnex(mp087Meta, mp087Redline())
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'))
    const first = await renderAnnexPdf(annex)
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'))
    const second = await renderAnnexPdf(annex)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    // CreationDate and ModDate: the modification's date, and no other date in the file.
    expect([...latin1(first).matchAll(/\(D:(\d+)Z\)/g)].map((match) => match[1])).toEqual(['20190926000000', '20190926000000'])
  })

  it('is A4, with its fonts embedded (subset TrueType, no standard font)', async () => {
    const pdf = latin1(await renderAnnexPdf(buildAnnex(mp087Meta, mp087Redline())))
    expect(pdf).toContain('/MediaBox [0 0 595.28 841.89]')
    const fonts = [...pdf.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((match) => match[1])
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+DejaVuSans/)
    expect(pdf.match(/\/FontFile2 /g)?.length).toBe(new Set(fonts).size)
  })

  it.runIf(canReadPdf)("reads as the words of MP087's published Annex A, cover to last clause", async () => {
    const pdf = await renderAnnexPdf(buildAnnex({...mp087Meta, author: {name: 'SECAS', date: '2019-10-04'}}, mp087Redline()))
    const seed = readFileSync(path.join(import.meta.dirname, 'fixtures/mp087-annex-a.seed.txt'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join(' ')
      .split(/\s+/)
      .filter((word) => word !== '')
    // The published annex shows the inserted words underlined in place, as we do: the words are the same, in the same order.
    expect(pdfWords(pdf, frame)).toEqual(seed)
    const text = pdfText(pdf)
    expect(text).toContain('Page 1 of 2')
    expect(text).toContain('Page 2 of 2')
  })

  it.runIf(canReadPdf)('sets numbers and labels with a hanging indent: wrapped lines start under the text, not under the number', async () => {
    const pdf = await renderAnnexPdf(buildAnnex(mp087Meta, mp087Redline()))
    const html = execFileSync(PDFTOTEXT as string, ['-bbox', '-', '-'], {input: pdf, encoding: 'utf8'})
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({x: Number(m[1]), y: Number(m[2]), text: m[3] as string}))
    const at = (text: string, from = 0): number => words.findIndex((word, index) => index >= from && word.text === text)
    const label = words[at('G3.17')]
    const first = words[at('Where')]
    const wrapped = words.find((word, index) => index > at('Where') && word.y > (first?.y ?? 0) + 1)
    expect(label && first && wrapped).toBeTruthy()
    expect(wrapped?.x).toBeCloseTo(first?.x ?? 0, 1)
    expect((first?.x ?? 0) - (label?.x ?? 0)).toBeGreaterThan(30)
    const sub = words[at('(b)', at('G3.17'))]
    const subText = words[at('(where', at('G3.17'))]
    const subWrapped = words.find((word, index) => index > at('(where', at('G3.17')) && word.y > (subText?.y ?? 0) + 1)
    expect(sub?.x).toBeCloseTo(first?.x ?? 0, 1)
    expect(subWrapped?.x).toBeCloseTo(subText?.x ?? 0, 1)
  })

  it.runIf(canReadPdf)('shows deleted words (red, struck through) and inserted words (blue, underlined) in the order of the redline', async () => {
    const after = editedSections((sections) => {
      const g320 = sections[0]?.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)).find((clause) => clause.id === 'G3.20')
      if (g320) g320.text = g320.text.replace('wherever it is practicable', 'where reasonably practicable')
    })
    const annex = buildAnnex(mp087Meta, redlineSections(baseSections(), after))
    const pdf = await renderAnnexPdf(annex)
    const g320 = annex.sections[0]?.groups.flatMap((group) => group.clauses).find((clause) => clause.id === 'G3.20')
    const lead = g320 ? paragraphRuns(redlineParagraphs(g320)[0] as RedlineParagraph) : []
    expect(lead.filter((run) => run.type !== 'equal').map((run) => run.type)).toEqual(['delete', 'insert'])
    // Both sides in the order of the redline's runs: the deleted words, then the inserted ones.
    const words = lead.map((run) => run.text).join('').split(/\s+/)
    expect(words).toContain('iswhere')
    expect(indexOfWords(pdfWords(pdf, frame), words)).toBeGreaterThan(0)
    const content = contentStreams(pdf).join('\n')
    // #b00020 for deletions, #0645ad for insertions, each followed by its rule (a thin filled rectangle).
    expect(content).toMatch(/0\.6901960784313725 0 0\.12549019607843137 scn\nf\n/)
    expect(content).toMatch(/0\.023529411764705882 0\.27058823529411763 0\.6784313725490196 scn\nf\n/)
    const unchanged = contentStreams(await renderAnnexPdf(buildAnnex(mp087Meta, mp087Redline()))).join('\n')
    expect(unchanged).not.toContain('0.6901960784313725 0 0.12549019607843137 scn')
  })
  it.runIf(canReadPdf)('never drops a character the font lacks: drawn as its code point in a box, extracted as the character itself', async () => {
    const after = editedSections((sections) => {
      const g320 = sections[0]?.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)).find((clause) => clause.id === 'G3.20')
      if (g320) g320.text = g320.text.replace('establish with:', 'establish with 漢字\u0301 and \u001b[0m:')
    })
    const annex = buildAnnex(mp087Meta, redlineSections(baseSections(), after))
    const pdf = await renderAnnexPdf(annex)
    const content = contentStreams(pdf).join('\n')
    // DejaVu Sans has no 漢 (U+6F22), 字 (U+5B57) or ␛ (U+241B): each stands in a span whose actual text is the character.
    for (const code of ['6F22', '5B57', '241B']) expect(content).toContain(`/Span <</ActualText <FEFF${code}>>> BDC`)
    const words = pdfWords(pdf, frame).join(' ')
    expect(words).toContain(`establish with 漢字\u0301 and ␛[0m:`)
    expect(words).not.toContain('U+6F22')
  })
})
