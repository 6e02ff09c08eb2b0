import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pairItems} from '../../src/redline/clause-redline.js'
import type {SubParagraph} from '../../src/model/types.js'
import {definitionsClause, term} from '../helpers/arbitraries.js'

/**
 * Two illustrative definitions lists: the old one, and a new one that keeps some of its
 * definitions in any order (moved out of alphabetical order too), renames some (the same meaning
 * under a new term) and adds new ones.
 */
const lists = definitionsClause('A1.1').chain((clause) =>
  fc
    .tuple(fc.shuffledSubarray(clause.items), fc.array(fc.tuple(fc.nat(), term, fc.boolean()), {maxLength: 3}))
    .map(([kept, extras]) => {
      const after: SubParagraph[] = [...kept]
      for (const [at, name, rename] of extras) {
        const taken = [...clause.items, ...after].some((item) => item.term?.toLowerCase() === name.toLowerCase())
        const source = clause.items[at % clause.items.length]
        if (taken || !source) continue
        // A rename keeps the old meaning under a new term; otherwise a new definition.
        const item: SubParagraph = {...structuredClone(source), id: `A1.1[${name}]`, term: name, label: name, ...(rename ? {} : {text: `means ${name} ${at}`})}
        after.splice(at % (after.length + 1), 0, item)
      }
      return {before: clause.items, after}
    })
)

describe('pairing definitions', () => {
  it('pairs every term on both sides with itself (in place, or moved: deleted and inserted), renames only terms on one side, and keeps each side in its order', () => {
    fc.assert(
      fc.property(lists, ({before, after}) => {
        const pairs = pairItems(before, after)
        expect(pairs.flatMap(([a]) => (a ? [a] : []))).toEqual(before)
        expect(pairs.flatMap(([, b]) => (b ? [b] : []))).toEqual(after)
        const both = new Set(before.map((item) => item.term).filter((t) => after.some((item) => item.term === t)))
        for (const [a, b] of pairs) {
          if (a && b) expect(a.term === b.term || (!both.has(a.term) && !both.has(b.term))).toBe(true)
        }
        // Each term on both sides stands in one pair with itself, or (moved) as a deletion and an insertion of itself.
        for (const name of both) {
          const own = pairs.filter(([a, b]) => a?.term === name || b?.term === name).map(([a, b]) => [a?.term, b?.term])
          expect([[[name, name]], [[name, undefined], [undefined, name]], [[undefined, name], [name, undefined]]]).toContainEqual(own)
        }
      }),
      {numRuns: 1000}
    )
  })
})
