import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Clause} from '../../src/model/types.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {rebaseModification} from '../../src/modify/rebase.js'
import {lineText} from '../helpers/arbitraries.js'
import {metaOf, versionOf} from './fixtures.js'

const clauseWith = (text: string, tail = 'arrangements designed to ensure that the User will be notified.'): Clause => ({
  kind: 'clause', id: 'G3.20', text: 'Each User shall establish with:', tail,
  items: [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text, items: [], tail: ''}]
})

describe('rebaseModification onto its own base (property)', () => {
  it('rebasing onto the unchanged base is the identity', () => {
    fc.assert(
      fc.property(lineText, lineText, (a, b) => {
        fc.pre(a !== b)
        const base = versionOf('1.0', [clauseWith(a)])
        const draft = draftModification(metaOf('MP1', '1.0'), base, {sections: versionOf('1.0', [clauseWith(b)]).sections})
        const rebased = rebaseModification(draft.modification, base)
        expect(rebased.ok).toBe(true)
        if (!rebased.ok) return
        expect(rebased.draft.legalText).toBe(draft.legalText)
        expect(rebased.draft.modificationText).toBe(draft.modificationText)
      }),
      {numRuns: 2000}
    )
  })
})
