import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {acceptRuns, redlineText, rejectRuns, tokenize} from '../../src/redline/index.js'

const before = '(where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for which it is the Responsible Supplier,'
const after = '(where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,'

/** Legal-ish text: words, defined terms, references, punctuation, odd spaces and non-Latin script. */
const legalText = fc
  .array(
    fc.oneof(
      fc.constantFrom('the', 'a', 'User', 'Device', 'SMETS2+', 'G3.20(b)', '£1,200', '15 Working Day', 'Sub-Committee', '(b)', 'shall', 'not', 'which', 'العربية', 'Ωμέγα', '漢字', '😀'),
      fc.constantFrom(' ', ' ', ' ', ', ', '; ', '  ', '.', '(', ')', '\t', '\u200f', '<script>', '&amp;', '"', "'"),
      fc.string({maxLength: 6})
    ),
    {maxLength: 40}
  )
  .map((parts) => parts.join(''))

describe('tokenize', () => {
  it('keeps legal pieces whole', () => {
    expect(tokenize('SMETS2+ G3.20(b)(i) £1,200 15 Working Day Sub-Committee (b)').filter((t) => t.trim() !== '')).toEqual([
      'SMETS2+', 'G3.20(b)(i)', '£1,200', '15 Working Day', 'Sub-Committee', '(b)'
    ])
  })
  it('makes whitespace runs and punctuation tokens of their own', () => {
    expect(tokenize('a  b, c')).toEqual(['a', '  ', 'b', ',', ' ', 'c'])
  })
  it('joins back to the text, for any text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary'}), (text) => tokenize(text).join('') === text), {numRuns: 3000})
  })
})

describe('redlineText', () => {
  it('marks MP087 as exactly one insertion', () => {
    const runs = redlineText(before, after)
    const changes = runs.filter((run) => run.type !== 'equal')
    expect(changes).toEqual([{type: 'insert', text: ' which forms part of a SMETS2+ Device'}])
  })

  it('shows a doubled space and a changed comma', () => {
    expect(redlineText('a b', 'a  b')).toEqual([
      {type: 'equal', text: 'a'}, {type: 'delete', text: ' '}, {type: 'insert', text: '  '}, {type: 'equal', text: 'b'}
    ])
    expect(redlineText('x, y', 'x; y').filter((r) => r.type !== 'equal')).toEqual([
      {type: 'delete', text: ','}, {type: 'insert', text: ';'}
    ])
  })

  it('folds changes separated by a short common run into one deletion and one insertion', () => {
    const runs = redlineText('notify the manufacturer promptly', 'inform the maker promptly')
    expect(runs).toEqual([
      {type: 'delete', text: 'notify the manufacturer'},
      {type: 'insert', text: 'inform the maker'},
      {type: 'equal', text: ' promptly'}
    ])
  })

  it('falls back to delete-all, insert-all beyond the edit budget', () => {
    const runs = redlineText('one two three four five six', 'alpha beta gamma delta epsilon zeta', {maxEditLength: 2})
    expect(runs).toEqual([
      {type: 'delete', text: 'one two three four five six'},
      {type: 'insert', text: 'alpha beta gamma delta epsilon zeta'}
    ])
  })

  it('gives back both texts exactly, accepting or rejecting', () => {
    fc.assert(
      fc.property(legalText, legalText, (a, b) => {
        const runs = redlineText(a, b)
        return acceptRuns(runs) === b && rejectRuns(runs) === a && runs.every((run) => run.text !== '')
      }),
      {numRuns: 5000}
    )
  })

  it('gives back both texts for arbitrary strings, including lone surrogates and controls', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), fc.string({unit: 'binary', maxLength: 60}), (a, b) => {
        const runs = redlineText(a, b)
        return acceptRuns(runs) === b && rejectRuns(runs) === a
      }),
      {numRuns: 3000}
    )
  })

  it('is deterministic', () => {
    fc.assert(fc.property(legalText, legalText, (a, b) => JSON.stringify(redlineText(a, b)) === JSON.stringify(redlineText(a, b))), {numRuns: 500})
  })
})
