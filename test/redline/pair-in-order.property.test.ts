import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pairInOrder, pairInOrderWith, type EntryPair} from '../../src/redline/pair-in-order.js'

/** Illustrative entries: short texts from a small vocabulary, so that runs are alike and unalike. */
const entries = fc.array(fc.array(fc.constantFrom('the', 'User', 'shall', 'notify', 'DCC', 'within', '5', 'Working', 'Days'), {minLength: 1, maxLength: 5}).map((words) => words.join(' ')), {maxLength: 8})

const same = (a: string, b: string): boolean => a === b
const olds = (pairs: Array<EntryPair<string>>): string[] => pairs.flatMap(([a]) => (a === undefined ? [] : [a]))
const news = (pairs: Array<EntryPair<string>>): string[] => pairs.flatMap(([, b]) => (b === undefined ? [] : [b]))

describe('pairInOrder', () => {
  it('gives every old and every new entry once, each side in its order, equal entries kept together', () => {
    fc.assert(
      fc.property(entries, entries, (before, after) => {
        const pairs = pairInOrder(before, after, same, (entry) => entry)
        expect(olds(pairs)).toEqual(before)
        expect(news(pairs)).toEqual(after)
        expect(pairs.every(([a, b]) => a !== undefined || b !== undefined)).toBe(true)
      }),
      {numRuns: 500}
    )
  })

  it('hands each removed run and the added run after it to the pairing rule, and keeps its pairs in order', () => {
    fc.assert(
      fc.property(entries, entries, (before, after) => {
        const runs: Array<[string[], string[]]> = []
        // A rule that pairs nothing: every removed entry deleted, then every added one inserted.
        const pairs = pairInOrderWith(before, after, same, (removed, added) => {
          runs.push([[...removed], [...added]])
          return [...removed.map((entry): EntryPair<string> => [entry, undefined]), ...added.map((entry): EntryPair<string> => [undefined, entry])]
        })
        expect(olds(pairs)).toEqual(before)
        expect(news(pairs)).toEqual(after)
        expect(runs.every(([removed, added]) => removed.length + added.length > 0)).toBe(true)
        // Only the entries outside the LCS reach the rule.
        const kept = pairs.filter(([a, b]) => a !== undefined && b !== undefined)
        expect(kept.every(([a, b]) => a === b)).toBe(true)
        expect(runs.flatMap(([removed]) => removed).length + kept.length).toBe(before.length)
      }),
      {numRuns: 500}
    )
  })
})
