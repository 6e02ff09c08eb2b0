import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/errors.js'
import type {Section, Version} from '../../src/model/types.js'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {rebaseModification} from '../../src/modify/rebase.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {section as sectionArbitrary} from '../helpers/arbitraries.js'
import {metaOf} from './fixtures.js'

const versionWith = (id: string, section: Section): Version => ({id, dir: `sec-text/${id}`, manifest: {version: id, base: null, changes: [], source: 'test'}, sections: [{...section, version: id}]})

/** A heading change: the n-th titled part's title, or the n-th headed group's cross-heading, to new words (illustrative). */
interface HeadingEdit {
  what: 'part' | 'heading'
  at: number
  words: string
}
const headingEdit: fc.Arbitrary<HeadingEdit> = fc.record({what: fc.constantFrom('part' as const, 'heading' as const), at: fc.nat(5), words: fc.constantFrom('Illustrative Alpha', 'Illustrative Beta', 'Illustrative Gamma')})

/** Where an edit falls in a section (`part:2`, `heading:0`), or undefined where the section has no such heading. */
function place(section: Section, edit: HeadingEdit): string | undefined {
  const count = edit.what === 'part' ? section.parts.filter((p) => p.id !== null && p.title !== null).length : section.parts.flatMap((p) => p.groups).filter((g) => g.heading !== null).length
  return count === 0 ? undefined : `${edit.what}:${edit.at % count}`
}

function edited(section: Section, edit: HeadingEdit): Section {
  const copy = structuredClone(section)
  if (edit.what === 'part') {
    const parts = copy.parts.filter((p) => p.id !== null && p.title !== null)
    const part = parts[edit.at % parts.length]
    if (part) part.title = edit.words
  } else {
    const groups = copy.parts.flatMap((p) => p.groups).filter((g) => g.heading !== null)
    const group = groups[edit.at % groups.length]
    if (group) group.heading = edit.words
  }
  return copy
}

describe('rebase over changed headings (property, illustrative headings)', () => {
  it('a record retitling a heading rebased onto a version retitling one: clean where they differ or agree (giving both), a conflict naming a heading where both retitle one heading differently', () => {
    fc.assert(
      fc.property(sectionArbitrary, headingEdit, headingEdit, (tree, ours, theirs) => {
        const at = place(tree, ours)
        const there = place(tree, theirs)
        fc.pre(at !== undefined && there !== undefined)
        const base = versionWith('1.0', tree)
        const mine = edited(tree, ours)
        const target = versionWith('1.1', edited(tree, theirs))
        fc.pre(serializeSection(mine) !== serializeSection(tree) && serializeSection(target.sections[0] as Section) !== serializeSection({...tree, version: '1.1'}))
        let draft
        try {
          draft = draftModification(metaOf('MP1', '1.0'), base, {sections: [mine]})
        } catch (error) {
          // A retitle no record can carry (a heading's words standing over several groups, with nothing to choose one) is not this property's case.
          if (error instanceof InputError) return
          throw error
        }
        const same = serializeSection(mine) === serializeSection({...(target.sections[0] as Section), version: mine.version})
        let result
        try {
          result = rebaseModification(draft.modification, target, base)
        } catch (error) {
          // The target made the record's one change already: nothing is left to draft, and rebase says so.
          if (same && error instanceof InputError && /^Nothing to draft/.test(error.messages[0]?.reason ?? '')) return
          throw error
        }
        const clash = at === there && ours.words !== theirs.words
        if (clash) {
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(result.conflicts.map((c) => c.field)).toEqual([ours.what])
          expect(result.draft?.legalText).toContain('both change this heading.')
          expect(result.draft?.legalText).toContain(ours.what === 'part' ? 'into the part heading line above' : 'into the cross-heading line above')
          expect(result.draft?.legalText).not.toContain('clause below')
          return
        }
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const both = at === there ? edited(tree, theirs) : edited(edited(tree, theirs), ours)
        const applied = applyModifications(target, [result.draft.modification]).sections[0] as Section
        expect(serializeSection({...applied, version: 'x'})).toBe(serializeSection({...both, version: 'x'}))
      }),
      {numRuns: 300}
    )
  })
})
