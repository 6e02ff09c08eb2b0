import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import type {Clause, Section} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {resolveClause} from '../../src/redline/accept-reject.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {renderAnnexHtml} from '../../src/render/annex-html.js'
import {renderAnnexMarkdown} from '../../src/render/annex-markdown.js'
import {renderAnnexTerminal} from '../../src/render/annex-terminal.js'
import {tableModification} from '../helpers/arbitraries.js'
import {mp087Meta} from '../annex/fixtures.js'
import {expectedParagraphs, readDocx, readHtml, readMarkdown, readTerminal, sourceParagraphs} from '../annex/read-annex-formats.js'

const withoutPlaces = (clause: Clause | null | undefined): unknown => JSON.parse(JSON.stringify(clause ?? null, (key, value: unknown) => (key === 'place' ? undefined : value)))

describe('tables: accept every change gives the new text, reject every change the old', () => {
  it('over random modifications of sections with tables (rows inserted and deleted first, middle, last; cells edited; tables added and removed)', () => {
    fc.assert(
      fc.property(tableModification, ({before, after}) => {
        const redline = redlineSections([before], [after])
        const byId = (section: Section): Map<string, Clause> => new Map(clausesOf([section]).map((c) => [c.id, c]))
        const [oldClauses, newClauses] = [byId(before), byId(after)]
        for (const clause of redline.sections.flatMap((s) => s.clauses)) {
          expect(withoutPlaces(resolveClause(clause, 'accept'))).toEqual(withoutPlaces(newClauses.get(clause.id)))
          expect(withoutPlaces(resolveClause(clause, 'reject'))).toEqual(withoutPlaces(oldClauses.get(clause.id)))
        }
      }),
      {numRuns: 800}
    )
  })

  it('in Markdown, CriticMarkup, HTML, terminal and Word annexes', async () => {
    await fc.assert(
      fc.asyncProperty(tableModification, async ({before, after}) => {
        const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause')
        for (const side of ['accept', 'reject'] as const) {
          const expected = expectedParagraphs(annex, side)
          expect(expected).toEqual(sourceParagraphs(annex, [side === 'accept' ? after : before], side))
          expect(readMarkdown(renderAnnexMarkdown(annex), side)).toEqual(expected)
          expect(readMarkdown(renderAnnexMarkdown(annex, {critic: true}), side)).toEqual(expected)
          expect(readHtml(renderAnnexHtml(annex), side)).toEqual(expected)
          expect(readTerminal(renderAnnexTerminal(annex, {color: true}), side)).toEqual(expected)
          expect(readDocx(await renderAnnexDocx(annex), side)).toEqual(expected)
        }
      }),
      {numRuns: 200}
    )
  }, 120_000)
})
