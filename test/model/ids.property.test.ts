import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CLAUSE_NUMBER, LABEL_IN_TEXT_SOURCE, labelAt, PROVISION_ID, SCHEMES, splitProvisionId} from '../../src/model/ids.js'
import {tokenize} from '../../src/redline/tokenize.js'

/** How many labels of each scheme the grammar reads in running text: (a)…(zzzz), (i)…(xxxviii), (A)…(ZZ), (1)…(999). */
const REACH = {'lower-alpha': 104, 'lower-roman': 38, 'upper-alpha': 52, arabic: 999} as const

const clauseNumber = fc.tuple(fc.constantFrom('A', 'G', 'H', 'Z'), fc.integer({min: 1, max: 99}), fc.integer({min: 1, max: 99}), fc.constantFrom('', 'A', 'B')).map(([s, p, c, x]) => `${s}${p}.${c}${x}`)
const labels = fc.array(fc.nat(), {minLength: 0, maxLength: 4}).map((indexes) => indexes.map((n, depth) => {
  const scheme = SCHEMES[depth] as (typeof SCHEMES)[number]
  return labelAt(scheme, n % REACH[scheme])
}))

describe('the provision-ID grammar (src/model/ids.ts)', () => {
  it('reads every ID it can write: clause number, then each depth\'s label, as a provision ID and as one token of running text', () => {
    const inText = new RegExp(`^\\((?:${LABEL_IN_TEXT_SOURCE})\\)$`)
    fc.assert(fc.property(clauseNumber, labels, (clause, chain) => {
      const id = `${clause}${chain.map((label) => `(${label})`).join('')}`
      expect(CLAUSE_NUMBER.test(clause)).toBe(true)
      expect(PROVISION_ID.test(id)).toBe(true)
      expect(splitProvisionId(id)).toEqual({clause, labels: chain})
      expect(tokenize(`see Section ${id} and`)).toContain(id)
      for (const label of chain) expect(`(${label})`).toMatch(inText)
    }), {numRuns: 2000})
  })

  it('does not take a bracketed word for a label', () => {
    expect(tokenize('(where applicable)')).toEqual(['(', 'where', ' ', 'applicable', ')'])
    expect(tokenize('the (Device)')).toEqual(['the', ' ', '(', 'Device', ')'])
  })
})
