import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Annex} from '../../src/annex/annex-types.js'
import {ANNEX_CONTEXTS} from '../../src/annex/annex-types.js'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {visibleText} from '../../src/escape/terminal.js'
import {layoutAnnex} from '../../src/layout/annex-layout.js'
import {paragraphRuns} from '../../src/layout/provision-paragraphs.js'
import {tableGrids} from '../../src/layout/table-grid.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import type {Run} from '../../src/redline/run.js'
import {renderAnnexPdf} from '../../src/render/annex-pdf.js'
import {mp087Meta} from '../annex/fixtures.js'
import {canReadPdf, DIRECTIONAL_MARKS, pdfText} from '../annex/read-annex-pdf.js'
import {tableModification} from '../helpers/arbitraries.js'

const chars = (runs: readonly Run[]): string => visibleText(runs.map((run) => run.text).join('')).replace(DIRECTIONAL_MARKS, ' ').replace(/\s+/g, '')

/**
 * The annex body as the grid should read, in order: every heading, instruction and provision
 * paragraph, and for a table every cell of every row (header first), cell after cell, both sides
 * of every change. A column added or removed is two grids: the old table, then the new one.
 */
function expectedPieces(annex: Annex): string[] {
  const pieces: string[] = []
  for (const section of layoutAnnex(annex).sections) {
    pieces.push(chars([{type: 'equal', text: section.heading}]))
    for (const block of section.blocks) {
      if (block.kind === 'instruction') pieces.push(chars([{type: 'equal', text: block.text}]))
      else if (block.kind === 'heading') pieces.push(chars(block.runs))
      else {
        for (const paragraph of block.paragraphs) {
          if (!paragraph.table) pieces.push(chars(paragraphRuns(paragraph)))
          else for (const grid of tableGrids(paragraph.table)) for (const row of grid.rows) for (const cell of row.cells) pieces.push(chars(cell))
        }
      }
    }
  }
  return pieces.filter((piece) => piece !== '')
}

/** Right-to-left words in Latin letters: pdftotext reorders them by its own heuristics (tested by example elsewhere). */
const leftToRight = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('العربية', 'al-Arabiya')) as T

describe.runIf(canReadPdf)('PDF annex tables, as pdftotext reads them (property)', () => {
  it('draws every cell of every row, deleted and inserted words included, in reading order (row by row, cell by cell), and the same annex gives the same bytes', async () => {
    let cells = 0
    await fc.assert(
      fc.asyncProperty(tableModification.map(leftToRight), fc.constantFrom(...ANNEX_CONTEXTS), async ({before, after}, context) => {
        const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), context)
        const pdf = await renderAnnexPdf(annex)
        expect(Buffer.from(await renderAnnexPdf(annex)).equals(Buffer.from(pdf))).toBe(true)
        // -raw: the text in the order the page draws it, which for the grid is row by row, cell by cell.
        const text = pdfText(pdf, {raw: true}).replace(DIRECTIONAL_MARKS, ' ').replace(/\s+/g, '')
        let from = 0
        for (const piece of expectedPieces(annex)) {
          const at = text.indexOf(piece, from)
          if (at < 0) throw new Error(`not found in order: ${JSON.stringify(piece)}\nafter: ${JSON.stringify(text.slice(from, from + 200))}`)
          from = at + piece.length
          cells++
        }
      }),
      {numRuns: 40}
    )
    expect(cells).toBeGreaterThan(100)
  }, 240_000)
})
