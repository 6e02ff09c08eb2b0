import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import type {Clause, Section, SubParagraph} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {printedLabel} from '../../src/model/ids.js'
import {resolveClause} from '../../src/redline/accept-reject.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {renderAnnexHtml} from '../../src/render/annex-html.js'
import {renderAnnexMarkdown} from '../../src/render/annex-markdown.js'
import {renderAnnexTerminal} from '../../src/render/annex-terminal.js'
import {visibleText} from '../../src/escape/terminal.js'
import {paragraphsPair, paragraphsSectionPair, sectionWithParagraphs} from '../helpers/arbitraries.js'
import {mp087Meta} from '../annex/fixtures.js'
import {expectedParagraphs, readDocx, readHtml, readMarkdown, readTerminal} from '../annex/read-annex-formats.js'

const withoutPlaces = (clause: Clause | null): unknown => JSON.parse(JSON.stringify(clause, (key, value: unknown) => (key === 'place' ? undefined : value)))
const sectionOf = (clauses: Clause[]): Section => ({letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G3', title: null, groups: [{heading: 'Heading', clauses}]}]})

/** The printed paragraphs of clauses, straight from the model: a lead's first paragraph after its label, every other paragraph on its own. */
export function plainParagraphs(clauses: Clause[]): string[] {
  const out: string[] = []
  const visit = (p: Clause | SubParagraph): void => {
    if (p.kind === 'sub-paragraph' && p.textBefore) out.push(...p.textBefore.split('\n'))
    const label = printedLabel(p)
    const [first = '', ...more] = p.text === '' ? [] : p.text.split('\n')
    out.push(first === '' ? label : `${label} ${first}`, ...more)
    p.items.forEach(visit)
    if (p.tail !== '') out.push(...p.tail.split('\n'))
  }
  clauses.forEach(visit)
  return out
}

describe('several paragraphs: accept every change gives the new text, reject every change the old', () => {
  it('over random clauses changed paragraph by paragraph', () => {
    fc.assert(
      fc.property(paragraphsPair, ([before, after]) => {
        const [redline] = redlineSections([sectionOf([before])], [sectionOf([after])]).sections[0]?.clauses ?? []
        if (!redline) return false
        expect(withoutPlaces(resolveClause(redline, 'accept'))).toEqual(withoutPlaces(after))
        expect(withoutPlaces(resolveClause(redline, 'reject'))).toEqual(withoutPlaces(before))
        return true
      }),
      {numRuns: 800}
    )
  })

  const check = async (before: Section, after: Section, docx: boolean): Promise<void> => {
    const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause')
    const changed = new Set(annex.changed)
    for (const side of ['accept', 'reject'] as const) {
      const expected = expectedParagraphs(annex, side)
      const source = side === 'accept' ? after : before
      expect(expected).toEqual(plainParagraphs(clausesOf([source]).filter((c) => changed.has(c.id))).map(visibleText))
      expect(readMarkdown(renderAnnexMarkdown(annex), side)).toEqual(expected)
      expect(readMarkdown(renderAnnexMarkdown(annex, {critic: true}), side)).toEqual(expected)
      expect(readHtml(renderAnnexHtml(annex), side)).toEqual(expected)
      expect(readTerminal(renderAnnexTerminal(annex, {color: true}), side)).toEqual(expected)
      if (docx) expect(readDocx(await renderAnnexDocx(annex), side)).toEqual(expected)
    }
  }

  it('Markdown, CriticMarkup, HTML, terminal and Word (read back), over sections changed paragraph by paragraph', async () => {
    await fc.assert(fc.asyncProperty(paragraphsSectionPair, async ([before, after]) => check(before, after, true)), {numRuns: 25})
  }, 300_000)

  it('Markdown, CriticMarkup, HTML and terminal, over unrelated sections with paragraphs', async () => {
    await fc.assert(fc.asyncProperty(sectionWithParagraphs, sectionWithParagraphs, async (before, after) => check(before, after, false)), {numRuns: 25})
  }, 300_000)
})
