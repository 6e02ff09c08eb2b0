import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ANNEX_CONTEXTS} from '../../src/annex/annex-types.js'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {type AnnexBlock, layoutAnnex} from '../../src/layout/annex-layout.js'
import type {Section} from '../../src/model/types.js'
import {readStatusSentence} from '../../src/model/status-sentence.js'
import {statusHolders} from '../../src/model/status-holders.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import {citeProvision, documentName} from '../../src/model/ids.js'
import {mp087Meta} from '../annex/fixtures.js'
import {definitionsModification, modification} from '../helpers/arbitraries.js'

/** The cross-heading a clause stands under in a section, or null (also where the clause is absent). */
function headingOf(section: Section, id: string): string | null {
  for (const part of section.parts) for (const group of part.groups) if (group.clauses.some((clause) => clause.id === id)) return group.heading
  return null
}

/** The IDs of the clauses in the same cross-heading group as a clause. */
function groupOf(section: Section, id: string): string[] {
  for (const part of section.parts) for (const group of part.groups) if (group.clauses.some((clause) => clause.id === id)) return group.clauses.map((clause) => clause.id)
  return []
}

/** Whether a clause is the first under a cross-heading in a section. */
function opensGroup(section: Section, id: string): boolean {
  return section.parts.some((part) => part.groups.some((group) => group.heading !== null && group.clauses[0]?.id === id))
}

describe('annex layout', () => {
  it('stands every instruction line immediately before the text it governs, and marks a heading inserted or deleted with its whole group or under its own line', () => {
    fc.assert(
      fc.property(fc.oneof({weight: 4, arbitrary: modification}, {weight: 1, arbitrary: definitionsModification}), fc.constantFrom(...ANNEX_CONTEXTS), ({before, after}, context) => {
        const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), context)
        const layout = layoutAnnex(annex)
        const blocks = layout.sections.flatMap((section) => section.blocks)
        // Every changed clause is named by exactly one instruction line.
        const named = blocks.flatMap((block) => (block.kind === 'instruction' ? block.clauses : []))
        expect(named).toEqual(annex.changed)
        expect(layout.contents.map((entry) => entry.clause)).toEqual(annex.changed)
        // A document retitled: its line, then its title line, which reads as each version's title.
        const titled = blocks.filter((block): block is Extract<AnnexBlock, {kind: 'heading'}> => block.kind === 'heading' && block.documentTitle === true)
        expect(titled.length).toBe(before.title !== after.title ? 1 : 0)
        // The document's heading names the document as it stands (the annex is drafted against the old version).
        for (const section of layout.sections) expect(section.heading).toBe(`${documentName(before)} ‘${before.title}’`)
        for (const line of titled) {
          expect(rejectRuns(line.runs)).toBe(`Title: ${before.title}`)
          expect(acceptRuns(line.runs)).toBe(`Title: ${after.title}`)
          const at = blocks.indexOf(line)
          expect(blocks[at - 1]).toMatchObject({kind: 'instruction', clauses: [], text: expect.stringMatching(/^Amend the title of (Section|Appendix|Schedule) \S+ as follows:$/)})
        }
        // A part heading's (or an Appendix's document version's, or a title's) instruction line governs that heading alone;
        // so does the line of a cross-heading retitled over unchanged clauses (it names no clause), and that heading is retitled.
        const partLine = (index: number): boolean => {
          const next = blocks[index + 1]
          const block = blocks[index]
          if (next?.kind === 'heading' && next.part === undefined && next.documentVersion !== true && next.documentTitle !== true && block?.kind === 'instruction' && block.clauses.length === 0 && /^Amend the cross-heading above /.test(block.text)) {
            expect(new Set(next.runs.map((run) => run.type)).size).toBeGreaterThan(1)
            return true
          }
          // A cross-heading inserted above clauses that stay, or removed from above them: its line governs that heading alone.
          if (next?.kind === 'heading' && next.part === undefined && block?.kind === 'instruction' && /^(?:Insert the following new cross-heading before |Delete the cross-heading above )/.test(block.text)) {
            expect(block.clauses).toEqual([])
            expect(new Set(next.runs.map((run) => run.type)).size).toBe(1)
            return true
          }
          return next?.kind === 'heading' && (next.part !== undefined || next.documentVersion === true || next.documentTitle === true)
        }
        // A status line governs no text: a sentence reads back as the status it sets, before the section's groups;
        // a note stands right after a clause shown (or another note).
        blocks.forEach((block, index) => {
          if (block.kind !== 'instruction' || block.status === undefined) return
          expect(block.clauses).toEqual([])
          const previous = blocks[index - 1]
          if (block.status === 'sentence') {
            const read = readStatusSentence(block.text)
            const holder = [...statusHolders([after])].find((h) => h.id === read?.id)
            expect(holder, block.text).toBeDefined()
            expect(read?.inForce, block.text).toEqual(holder?.inForce)
          }
          else expect(previous?.kind === 'clause' || (previous?.kind === 'instruction' && previous.status === 'note'), block.text).toBe(true)
        })
        blocks.forEach((block, index) => {
          if (block.kind !== 'instruction' || block.status !== undefined || partLine(index)) return
          if (context === 'heading') {
            // The group's heading (if any), then its clauses, every named clause among them, before the next line.
            const rest = blocks.slice(index + 1)
            // A status note between the clauses is no instruction line: the group's line governs on past it.
            const end = rest.findIndex((b, i) => (b.kind === 'instruction' && b.status !== 'note') || (b.kind === 'heading' && b.part !== undefined && i > 0))
            const governed = (end < 0 ? rest : rest.slice(0, end)).filter((b): b is Extract<AnnexBlock, {kind: 'clause'}> => b.kind === 'clause').map((b) => b.clause.id)
            for (const id of block.clauses) expect(governed).toContain(id)
            expect(rest.slice(0, end < 0 ? rest.length : end).filter((b) => b.kind === 'heading').length).toBeLessThanOrEqual(1)
          } else if (block.definition !== undefined) {
            // A definition's line: that definition alone follows, in its clause (named by the clause's first such line).
            const next = blocks[index + 1]
            expect(next?.kind === 'clause' ? next.definition?.id : undefined).toBe(block.definition)
            for (const id of block.clauses) expect(next?.kind === 'clause' ? next.clause.id : undefined).toBe(id)
          } else {
            const next = blocks[index + 1]
            expect(next?.kind).toBe('clause')
            expect(next?.kind === 'clause' ? [next.clause.id] : []).toEqual(block.clauses)
          }
        })
        if (context === 'heading') {
          blocks.forEach((block, index) => {
            if (block.kind !== 'heading' || block.part !== undefined || block.runs.length === 0) return
            const wholly = block.runs.every((run) => run.type === 'insert') ? 'inserted' : block.runs.every((run) => run.type === 'delete') ? 'deleted' : null
            if (wholly === null) return
            const rest = blocks.slice(index + 1)
            const line = blocks[index - 1]
            const ownLine = line?.kind === 'instruction' ? /^(?:Insert the following new cross-heading before (.+):|Delete the cross-heading above (.+)\.)$/.exec(line.text) : null
            if (ownLine) {
              // Over clauses that stay: the line names the first clause under the heading where it stands (one of both versions, or one deleted or inserted with the heading), under it there and under no heading line of its own on the other side.
              const cited = ownLine[1] ?? ownLine[2] ?? ''
              const shown = rest.filter((b): b is Extract<AnnexBlock, {kind: 'clause'}> => b.kind === 'clause').map((b) => b.clause)
              const first = shown.find((clause) => clause.status !== (wholly === 'inserted' ? 'deleted' : 'inserted'))
              expect(first && citeProvision(first.id), line?.kind === 'instruction' ? line.text : '').toBe(cited)
              const [stands, lacks] = wholly === 'inserted' ? [after, before] : [before, after]
              const text = wholly === 'inserted' ? acceptRuns(block.runs) : rejectRuns(block.runs)
              expect(headingOf(stands, first?.id ?? '')).toBe(text)
              // On the other side no heading line stands over it: it stands under none, or inside the group before it (a group split there, or merged there).
              expect(opensGroup(lacks, first?.id ?? '')).toBe(false)
              // Some clause under it stays on the other side (the first may be one the record deletes or inserts with it).
              expect(groupOf(stands, first?.id ?? '').some((id) => groupOf(lacks, id).length > 0)).toBe(true)
              return
            }
            const end = rest.findIndex((b) => b.kind !== 'clause')
            // The group is new (gone): none of its clauses stood on the other side under a heading.
            const [own, other] = wholly === 'inserted' ? [after, before] : [before, after]
            for (const b of end < 0 ? rest : rest.slice(0, end)) {
              if (b.kind !== 'clause') continue
              for (const sibling of groupOf(own, b.clause.id)) expect(headingOf(other, sibling), `${sibling} beside ${b.clause.id}`).toBeNull()
            }
          })
        }
      }),
      {numRuns: 500}
    )
  })
})
