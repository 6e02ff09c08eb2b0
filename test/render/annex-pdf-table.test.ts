/**
 * The PDF annex's table grid on an illustrative long table (not SEC text): cells in their columns,
 * long entries wrapped inside their column, the header repeated on every page the table runs onto,
 * rows never split between pages, and the row inserted and the row deleted drawn as such.
 */
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import type {Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexPdf} from '../../src/render/annex-pdf.js'
import {mp087Meta} from '../annex/fixtures.js'
import {canReadPdf, PDFTOTEXT} from '../annex/read-annex-pdf.js'

const LONG = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'

function sectionWith(rows: string[][]): Section {
  const table = {id: 'G1.1/table', header: ['Partyname', 'Obligation', 'Timelimit'], rows: rows.map((cells, index) => ({id: `G1.1/table/${index + 1}`, cells}))}
  return {letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G1', title: null, groups: [{heading: null, clauses: [{kind: 'clause', id: 'G1.1', text: 'The following table applies:', items: [], tail: '', table}]}]}]}
}

interface Word {
  page: number
  x: number
  xMax: number
  y: number
  text: string
}

function bboxWords(pdf: Uint8Array): Word[] {
  const html = execFileSync(PDFTOTEXT as string, ['-bbox', '-', '-'], {input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  return html.split('<page ').slice(1).flatMap((page, index) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({page: index + 1, x: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4] as string}))
  )
}

describe.runIf(canReadPdf)('PDF annex: a table as a ruled grid', () => {
  it('keeps cells in their columns, wraps long entries, repeats the header on each page and never splits a row', async () => {
    const rows = Array.from({length: 70}, (_, index) => [`Row${index + 1}`, index % 7 === 3 ? LONG : `duty${index + 1}`, `${index + 1}days`])
    const after = rows.filter((_, index) => index !== 10)
    after.splice(40, 0, ['Rownew', 'inserteduty', 'newdays'])
    const annex = buildAnnex(mp087Meta, redlineSections([sectionWith(rows)], [sectionWith(after)]), 'clause')
    const words = bboxWords(await renderAnnexPdf(annex))
    const find = (text: string): Word[] => words.filter((word) => word.text === text)
    // Every cell's word stands in its column: first cells left of the obligations, obligations left of the times.
    const firstColumn = words.filter((word) => /^Row/.test(word.text))
    const lastColumn = words.filter((word) => /days$/.test(word.text))
    const middle = words.filter((word) => /^duty|^inserteduty$/.test(word.text) || LONG.split(' ').includes(word.text))
    expect(firstColumn).toHaveLength(71)
    expect(Math.max(...firstColumn.map((word) => word.xMax))).toBeLessThan(Math.min(...middle.map((word) => word.x)))
    expect(Math.max(...middle.map((word) => word.xMax))).toBeLessThan(Math.min(...lastColumn.map((word) => word.x)))
    // A long entry wraps within its column: its words stand on several lines, each row whole on one page.
    const rowFour = words.filter((word) => word.page === find('Row4')[0]?.page && LONG.split(' ').includes(word.text))
    expect(new Set(rowFour.map((word) => word.y)).size).toBeGreaterThan(2)
    for (const index of [3, 10, 17, 24, 31, 38, 45, 52, 59, 66]) {
      const label = find(`Row${index + 1}`)[0]
      const days = find(`${index + 1}days`)[0]
      expect(label?.page, `Row${index + 1}`).toBe(days?.page)
    }
    // The header stands at the top of the table on every page it runs onto.
    const pages = new Set(firstColumn.map((word) => word.page))
    expect(pages.size).toBeGreaterThan(1)
    expect(new Set(find('Obligation').map((word) => word.page))).toEqual(pages)
    for (const page of pages) {
      const header = find('Partyname').find((word) => word.page === page) as Word
      expect(Math.min(...firstColumn.filter((word) => word.page === page).map((word) => word.y))).toBeGreaterThan(header.y)
    }
    // The deleted row and the inserted row are both drawn, in place.
    expect(find('Row11')).toHaveLength(1)
    expect(find('Rownew')).toHaveLength(1)
    const order = firstColumn.map((word) => word.text)
    expect(order.indexOf('Rownew')).toBe(order.indexOf('Row41') + 1)
  })
})
