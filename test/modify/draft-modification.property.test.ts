import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import type {Clause} from '../../src/model/types.js'
import {lineText} from '../helpers/arbitraries.js'
import {metaOf, strip, versionOf} from './fixtures.js'

const withText = (text: string, tail: string): Clause => ({
  kind: 'clause', id: 'G3.20', text: 'Each User shall establish with:', tail,
  items: [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text, items: [], tail: ''}]
})

describe('draftModification (property)', () => {
  it('for random clause texts A and B: the drafted modification applies to A giving B, and rejecting its marks gives A', () => {
    fc.assert(
      fc.property(lineText, lineText, lineText, lineText, (a, b, tailA, tailB) => {
        const base = versionOf('1.0', [withText(a, tailA)])
        const edited = versionOf('1.0', [withText(b, tailB)])
        if (a === b && tailA === tailB) return
        const draft = draftModification(metaOf('MP1', '1.0'), base, {sections: edited.sections})
        const change = draft.modification.sections[0]?.clauses[0]
        expect(strip(change?.before)).toEqual(strip(withText(a, tailA)))
        expect(strip(change?.after)).toEqual(strip(withText(b, tailB)))
        expect(strip(applyModifications(base, [draft.modification]).sections)).toEqual(strip(edited.sections))
      }),
      {numRuns: 3000}
    )
  })
})
