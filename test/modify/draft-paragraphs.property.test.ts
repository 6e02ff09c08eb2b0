import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {mergeClause} from '../../src/modify/merge-clauses.js'
import type {Section, Version} from '../../src/model/types.js'
import {paragraphsPair, paragraphsSectionPair} from '../helpers/arbitraries.js'
import {metaOf, strip} from './fixtures.js'

const versionOf = (id: string, section: Section): Version => ({id, dir: `sec-text/${id}`, manifest: {version: id, base: null, changes: [], source: 'test'}, sections: [{...section, version: id}]})

describe('change records of texts of several paragraphs (property)', () => {
  it('the drafted modification reads back, applies to the base giving the edited text, paragraph for paragraph', () => {
    fc.assert(
      fc.property(paragraphsSectionPair, ([before, after]) => {
        const base = versionOf('1.0', before)
        const edited = versionOf('1.0', after)
        if (JSON.stringify(before) === JSON.stringify(after)) return
        const draft = draftModification(metaOf('MP1', '1.0'), base, {sections: edited.sections})
        expect(strip(applyModifications(base, [draft.modification]).sections)).toEqual(strip(edited.sections))
      }),
      {numRuns: 80}
    )
  }, 300_000)

  it('a three-way merge of an edit with itself, or with the base, gives the edit (textBefore and paragraphs kept)', () => {
    fc.assert(
      fc.property(paragraphsPair, ([base, edit]) => {
        const same = mergeClause(base, edit, edit, ['a', 'b'])
        expect(same.ok && strip(same.value)).toEqual(strip(edit))
        const one = mergeClause(base, base, edit, ['a', 'b'])
        expect(one.ok && strip(one.value)).toEqual(strip(edit))
      }),
      {numRuns: 300}
    )
  })
})
