import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {boundedEditDistance, didYouMean, editDistance} from '../../src/diagnostics/errors.js'

/** The Levenshtein distance as the textbook writes it: the whole table, no bound. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[]
      const above = table[i - 1] as number[]
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
  }
  return (table[a.length] as number[])[b.length] as number
}

// Provision IDs and terms, long and short, from a small alphabet so that near names are common; now and then a character outside the BMP.
const name = fc.oneof(
  fc.string({unit: fc.constantFrom('G', '3', '.', '1', '8', '(', 'a', 'b', ')', 'i', 'v'), maxLength: 14}),
  fc.string({unit: fc.constantFrom('S', 'm', 'a', 'r', 't', ' ', 'M', 'e', 'd', '𝒜', 'é'), maxLength: 90})
)

describe('edit distance', () => {
  it('is the Levenshtein distance; bounded, it is that distance where it is within the limit and more than the limit where it is not', () => {
    fc.assert(
      fc.property(name, name, fc.nat({max: 12}), (a, b, limit) => {
        const distance = levenshtein(a, b)
        expect(editDistance(a, b)).toBe(distance)
        const bounded = boundedEditDistance(a, b, limit)
        if (distance <= limit) expect(bounded).toBe(distance)
        else expect(bounded).toBeGreaterThan(limit)
      }),
      {numRuns: 500}
    )
  })

  it('suggests the nearest candidates within their limits, nearest first, whatever came before (a long name, then a short one)', () => {
    fc.assert(
      fc.property(name, fc.array(name, {maxLength: 12}), (unknown, known) => {
        boundedEditDistance('x'.repeat(200), 'y'.repeat(199), 1000)
        const expected = known
          .map((candidate) => ({candidate, distance: levenshtein(unknown.toLowerCase(), candidate.toLowerCase())}))
          .filter(({candidate, distance}) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
          .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
          .slice(0, 3)
        expect(didYouMean(unknown, known)).toBe(expected.length > 0 ? `; did you mean ${expected.map(({candidate}) => `'${candidate}'`).join(' or ')}?` : '')
      }),
      {numRuns: 300}
    )
  })
})
