import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {clause} from '../helpers/arbitraries.js'
import {metaOf, strip, versionOf} from './fixtures.js'

describe('draftModification on structures (property)', () => {
  it('for random clause structures A and B: CriticMarkup for A→B applies to A giving B; rejecting every mark gives A', () => {
    fc.assert(
      fc.property(clause('G3.20'), clause('G3.20'), (a, b) => {
        const base = versionOf('1.0', [a])
        const edited = versionOf('1.0', [b])
        if (JSON.stringify(strip(a)) === JSON.stringify(strip(b))) return
        const draft = draftModification(metaOf('MP1', '1.0'), base, {sections: edited.sections})
        const change = draft.modification.sections[0]?.clauses[0]
        expect(strip(change?.before)).toEqual(strip(a))
        expect(strip(change?.after)).toEqual(strip(b))
        const applied = applyModifications(base, [draft.modification])
        expect(strip(applied.sections)).toEqual(strip(edited.sections))
      }),
      {numRuns: 600}
    )
  })

  it('drafts a whole clause inserted or deleted', () => {
    fc.assert(
      fc.property(clause('G3.20'), clause('G3.21'), (a, extra) => {
        const base = versionOf('1.0', [a])
        const grown = versionOf('1.0', [a, extra])
        const insert = draftModification(metaOf('MP1', '1.0'), base, {sections: grown.sections})
        expect(insert.legalText).toContain('{++**G3.21**')
        expect(strip(applyModifications(base, [insert.modification]).sections)).toEqual(strip(grown.sections))
        const remove = draftModification(metaOf('MP2', '1.0'), grown, {sections: base.sections})
        expect(remove.legalText).toContain('{--**G3.21**')
        expect(strip(applyModifications(grown, [remove.modification]).sections)).toEqual(strip(base.sections))
      }),
      {numRuns: 300}
    )
  })
})
