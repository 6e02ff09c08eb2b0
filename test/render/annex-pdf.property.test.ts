import fc from 'fast-check'
import {describe, it} from 'vitest'
import type {Annex} from '../../src/annex/annex-types.js'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {ANNEX_CONTEXTS} from '../../src/annex/annex-types.js'
import type {Clause, Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import type {Run} from '../../src/redline/run.js'
import {layoutAnnex} from '../../src/layout/annex-layout.js'
import {renderAnnexPdf} from '../../src/render/annex-pdf.js'
import {paragraphRuns} from '../../src/layout/provision-paragraphs.js'
import {visibleText} from '../../src/escape/terminal.js'
import {clause, clausePair, definitionsModification, section} from '../helpers/arbitraries.js'
import {mp087Meta} from '../annex/fixtures.js'
import {DIRECTIONAL_MARKS, canReadPdf, pdfWords} from '../annex/read-annex-pdf.js'

const frame = {header: 'MP087 Annex A – Legal text – version 0.1', classification: 'This document has a Classification of White'}
const words = (text: string): string[] => visibleText(text).replace(DIRECTIONAL_MARKS, ' ').split(/\s+/).filter((word) => word !== '')
const runWords = (runs: readonly Run[]): string[] => words(runs.map((run) => run.text).join(''))

/** Every block of the annex body as words, in reading order as the shared layout gives it: section heading, instruction lines, part and cross-headings, provision paragraphs (both sides of every change). */
function expectedBlocks(annex: Annex): string[][] {
  const blocks: string[][] = []
  for (const section of layoutAnnex(annex).sections) {
    blocks.push(words(section.heading))
    for (const block of section.blocks) {
      if (block.kind === 'instruction') blocks.push(words(block.text))
      else if (block.kind === 'heading') blocks.push(runWords(block.runs))
      else for (const paragraph of block.paragraphs) blocks.push(runWords(paragraphRuns(paragraph)))
    }
  }
  return blocks.filter((block) => block.length > 0)
}

/**
 * Each block's characters stand in the extracted text in order, each block after the one before.
 * Compared without whitespace: pdftotext reads a line whose words are all one character long as
 * letter-spaced text and drops its spaces (`! }` reads `!}`, from any PDF writer), so word
 * boundaries are checked on real text by the example tests (MP087 against its published words,
 * the hostile text), and this property checks that nothing is lost, added or reordered.
 */
async function assertReadsInOrder(annex: Annex): Promise<void> {
  const text = pdfWords(await renderAnnexPdf(annex), frame).join('')
  let from = 0
  for (const block of expectedBlocks(annex)) {
    const wanted = block.join('')
    const at = text.indexOf(wanted, from)
    if (at < 0) throw new Error(`not found in order: ${JSON.stringify(block.join(' '))}\nafter: ${JSON.stringify(text.slice(from, from + 200))}`)
    from = at + wanted.length
  }
}

/**
 * The generated text with its one right-to-left word (`العربية`) in Latin letters. pdftotext
 * rebuilds right-to-left runs by its own heuristics, which move neutral characters next to them
 * (`العربية [Not used]` reads `[ العربية Not used]`); right-to-left text is tested by example
 * (test/e2e/annex.test.ts), and these properties test the order of everything else.
 */
const leftToRight = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('العربية', 'al-Arabiya')) as T

const sectionOf = (body: Clause): Section => ({letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G3', title: null, groups: [{heading: 'Duty to Notify', clauses: [body]}]}]})

describe.runIf(canReadPdf)('PDF annex text, as pdftotext reads it (property)', () => {
  it('gives every definition of a definitions list, its term first, deleted and inserted words included, in order (illustrative)', async () => {
    await fc.assert(
      fc.asyncProperty(definitionsModification, async ({before, after}) => {
        await assertReadsInOrder(buildAnnex(mp087Meta, redlineSections([leftToRight(before)], [leftToRight(after)])))
      }),
      {numRuns: 20}
    )
  }, 120_000)

  it('gives every run of a clause redline, deleted and inserted words included, in order', async () => {
    await fc.assert(
      fc.asyncProperty(clausePair, async ([before, after]) => {
        await assertReadsInOrder(buildAnnex(mp087Meta, redlineSections([sectionOf(leftToRight(before))], [sectionOf(leftToRight(after))])))
      }),
      {numRuns: 30}
    )
  }, 120_000)

  it('gives every heading, instruction and provision of random sections with clauses amended, deleted and inserted, in order', async () => {
    const ops = fc.array(fc.constantFrom('keep', 'replace', 'delete', 'insert-after'), {minLength: 1, maxLength: 8})
    const bodies = fc.array(clause('G0.0'), {minLength: 1, maxLength: 4})
    await fc.assert(
      fc.asyncProperty(section.map(leftToRight), ops, bodies.map(leftToRight), fc.constantFrom(...ANNEX_CONTEXTS), async (before, plan, pool, context) => {
        const after = structuredClone(before)
        let n = 0
        for (const group of after.parts.flatMap((part) => part.groups)) {
          group.clauses = group.clauses.flatMap((c) => {
            const op = plan[n % plan.length]
            const body = pool[n++ % pool.length] as Clause
            const renumbered = (id: string): Clause => JSON.parse(JSON.stringify(body).replaceAll('"G0.0', `"${id}`)) as Clause
            if (op === 'replace') return [renumbered(c.id)]
            if (op === 'delete') return []
            if (op === 'insert-after') return [c, renumbered(`${c.id}A`)]
            return [c]
          })
        }
        await assertReadsInOrder(buildAnnex(mp087Meta, redlineSections([before], [after]), context))
      }),
      {numRuns: 30}
    )
  }, 240_000)
})
