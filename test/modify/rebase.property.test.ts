import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Clause} from '../../src/model/types.js'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {rebaseModification} from '../../src/modify/rebase.js'
import {metaOf, strip, versionOf} from './fixtures.js'

const clauseWith = (text: string, tail = 'arrangements designed to ensure that the User will be notified.'): Clause => ({
  kind: 'clause', id: 'G3.20', text: 'Each User shall establish with:', tail,
  items: [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text, items: [], tail: ''}]
})

const word = fc.constantFrom('Device', 'SMETS2+', 'Supplier', 'notify', 'security', 'any', 'Gas Proxy Function', '£1,200', 'G3.18(a)')
/** Base wording of distinct words, so that where each change falls is unambiguous. */
const baseWords = fc.integer({min: 6, max: 14}).map((n) => Array.from({length: n}, (_, k) => ['the', 'User', 'shall', 'where', 'practicable', 'establish', 'with', 'each', 'manufacturer', 'of', 'hardware', 'and', 'software', 'firmware'][k] as string))

describe('rebaseModification (property)', () => {
  it('rebasing onto a target whose change does not overlap gives the same result as applying both', () => {
    const scenario = baseWords
      .chain((words) =>
        fc.record({
          words: fc.constant(words),
          i: fc.integer({min: 0, max: words.length - 3}),
          gap: fc.integer({min: 2, max: 4}),
          ours: fc.array(word, {minLength: 0, maxLength: 3}),
          theirs: fc.array(word, {minLength: 0, maxLength: 3}),
          inTail: fc.boolean()
        })
      )
    fc.assert(
      fc.property(scenario, ({words, i, gap, ours, theirs, inTail}) => {
        const j = Math.min(i + gap, words.length - 1)
        fc.pre(j > i + 1)
        const edit = (at: number, replacement: string[]): string => [...words.slice(0, at), ...replacement, ...words.slice(at + 1)].join(' ')
        const original = words.join(' ')
        const mine = edit(i, ours)
        const other = edit(j, theirs)
        fc.pre(mine !== original && other !== original)
        const base = versionOf('1.0', [clauseWith(original, inTail ? original : 'x')])
        const target = versionOf('2.0', [clauseWith(original, inTail ? other : 'x')].map((c) => (inTail ? c : {...c, items: [{...c.items[0]!, text: other}]})))
        const ourVersion = versionOf('1.0', [clauseWith(mine, inTail ? original : 'x')])
        const mod = draftModification(metaOf('MP1', '1.0'), base, {sections: ourVersion.sections}).modification
        const theirMod = draftModification(metaOf('MP2', '1.0'), base, {sections: target.sections.map((s) => ({...s, version: '1.0'}))}).modification
        const rebased = rebaseModification(mod, target)
        expect(rebased.ok).toBe(true)
        if (!rebased.ok) return
        const viaRebase = applyModifications(target, [rebased.draft.modification], {as: 'x'})
        const viaBoth = applyModifications(base, [mod, theirMod], {as: 'x'})
        expect(strip(viaRebase.sections)).toEqual(strip(viaBoth.sections))
        expect(strip(applyModifications(base, [theirMod, mod], {as: 'x'}).sections)).toEqual(strip(viaBoth.sections))
      }),
      {numRuns: 2000}
    )
  })
})
