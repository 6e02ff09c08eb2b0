import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import type {Clause, Section} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {resolveClause} from '../../src/redline/accept-reject.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {renderAnnexHtml} from '../../src/render/annex-html.js'
import {renderAnnexMarkdown} from '../../src/render/annex-markdown.js'
import {renderAnnexTerminal} from '../../src/render/annex-terminal.js'
import {blockStartText, clausePair, definitionsModification, modification, section} from '../helpers/arbitraries.js'
import {repoRoot} from '../helpers/cli.js'
import {mp087Meta, mp087Redline} from '../annex/fixtures.js'
import {expectedParagraphs, readDocx, readHtml, readMarkdown, readTerminal, sourceParagraphs} from '../annex/read-annex-formats.js'

const withoutPlaces = (clause: Clause | null): unknown => JSON.parse(JSON.stringify(clause, (key, value: unknown) => (key === 'place' ? undefined : value)))
const sectionOf = (clauses: Clause[]): Section => ({letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G3', title: null, groups: [{heading: 'Heading', clauses}]}]})

describe('accept every change gives the new text, reject every change gives the old', () => {
  it('over random clause trees', () => {
    fc.assert(
      fc.property(clausePair, ([before, after]) => {
        const [redline] = redlineSections([sectionOf([before])], [sectionOf([after])]).sections[0]?.clauses ?? []
        if (!redline) return false
        expect(withoutPlaces(resolveClause(redline, 'accept'))).toEqual(withoutPlaces(after))
        expect(withoutPlaces(resolveClause(redline, 'reject'))).toEqual(withoutPlaces(before))
        return true
      }),
      {numRuns: 1500}
    )
  })

  it('over random definitions inserted, deleted, renamed and amended (illustrative)', () => {
    fc.assert(
      fc.property(definitionsModification, ({before, after}) => {
        for (const redline of redlineSections([before], [after]).sections[0]?.clauses ?? []) {
          expect(withoutPlaces(resolveClause(redline, 'accept'))).toEqual(withoutPlaces(clausesOf([after]).find((c) => c.id === redline.id) ?? null))
          expect(withoutPlaces(resolveClause(redline, 'reject'))).toEqual(withoutPlaces(clausesOf([before]).find((c) => c.id === redline.id) ?? null))
        }
      }),
      {numRuns: 1000}
    )
  })

  it('over every pair of versions of the corpus and MP087', () => {
    const corpus = openCorpus(repoRoot)
    const ids = corpus.versionIds()
    for (const a of ids) {
      for (const b of ids) {
        const before = corpus.version(a).sections
        const after = corpus.version(b).sections
        const redline = redlineSections(before, after)
        const byId = (sections: Section[]): Map<string, Clause> => new Map(clausesOf(sections).map((c) => [c.id, c]))
        const [oldClauses, newClauses] = [byId(before), byId(after)]
        for (const clause of redline.sections.flatMap((s) => s.clauses)) {
          expect(withoutPlaces(resolveClause(clause, 'accept'))).toEqual(withoutPlaces(newClauses.get(clause.id) ?? null))
          expect(withoutPlaces(resolveClause(clause, 'reject'))).toEqual(withoutPlaces(oldClauses.get(clause.id) ?? null))
        }
      }
    }
    const mp087 = mp087Redline().sections[0]?.clauses.find((c) => c.id === 'G3.20')
    expect(mp087 && resolveClause(mp087, 'accept')?.items[1]?.text).toContain('Gas Proxy Function which forms part of a SMETS2+ Device)')
  })
})

describe('in every format', () => {
  const sides = ['accept', 'reject'] as const
  const check = async (before: Section, after: Section, docx: boolean): Promise<void> => {
    const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause')
    for (const side of sides) {
      const expected = expectedParagraphs(annex, side)
      const source = side === 'accept' ? after : before
      expect(expected).toEqual(sourceParagraphs(annex, [source], side))
      expect(readMarkdown(renderAnnexMarkdown(annex), side)).toEqual(expected)
      expect(readMarkdown(renderAnnexMarkdown(annex, {critic: true}), side)).toEqual(expected)
      expect(readHtml(renderAnnexHtml(annex), side)).toEqual(expected)
      expect(readTerminal(renderAnnexTerminal(annex, {color: true}), side)).toEqual(expected)
      if (docx) expect(readDocx(await renderAnnexDocx(annex), side)).toEqual(expected)
    }
  }

  it('Markdown, CriticMarkup, HTML and terminal, over random sections', async () => {
    await fc.assert(fc.asyncProperty(section, section, async (before, after) => check(before, after, false)), {numRuns: 200})
  }, 300_000)

  it('Markdown, CriticMarkup, HTML and terminal, over random modifications (the cases the LibreOffice property test gives Word)', async () => {
    await fc.assert(fc.asyncProperty(modification, async ({before, after}) => check(before, after, false)), {numRuns: 300})
  }, 300_000)

  it('Markdown, CriticMarkup, HTML and terminal, over random definitions modifications (illustrative)', async () => {
    await fc.assert(fc.asyncProperty(definitionsModification, async ({before, after}) => check(before, after, false)), {numRuns: 300})
  }, 300_000)

  it('Markdown and CriticMarkup, over tails that open a list only when both readings are joined ("1" kept, ". the" inserted)', async () => {
    const withTail = (tail: string): Section => sectionOf([{kind: 'clause', id: 'G3.20', text: 'Each User shall:', tail, items: [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text: 'x', tail: '', items: [{kind: 'sub-paragraph', id: 'G3.20(a)(i)', label: 'i', text: 'y', tail: '', items: []}]}]}])
    await fc.assert(fc.asyncProperty(blockStartText, blockStartText, blockStartText, async (a, b, nested) => {
      const before = withTail(a)
      const after = withTail(b)
      const item = after.parts[0]?.groups[0]?.clauses[0]?.items[0]
      if (item) item.tail = nested
      await check(before, after, false)
    }), {numRuns: 500})
  })

  it('Word, over random sections', async () => {
    await fc.assert(fc.asyncProperty(section, section, async (before, after) => check(before, after, true)), {numRuns: 60})
  }, 300_000)

  it('every format, over the corpus', async () => {
    const corpus = openCorpus(repoRoot)
    for (const a of corpus.versionIds()) for (const b of corpus.versionIds()) await check(corpus.version(a).sections[0] as Section, corpus.version(b).sections[0] as Section, true)
  })
})
