import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {dice, profileOf, textDice} from '../../src/diff/word-profile.js'

// Clause bodies as the corpus writes them: words, labels, IDs, punctuation, runs of spaces, blank
// lines, lines repeated within a text and shared between the two texts, and odd whitespace (a
// no-break space, a tab, a carriage return) that the word pattern treats as a separator.
const piece = fc.constantFrom('the', 'User', 'G3.20', '(a)', '(iv)', '£1,200', 'Sub-Committee', 'means', ',', '.', ';', ':', '"', "'", '[', ']', ' ', '  ', '\u00a0', '\t', '\r', 'Not used', '- **Term**')
const line = fc.array(piece, {maxLength: 8}).map((pieces) => pieces.join(''))
const lines = fc.array(line, {maxLength: 8})
/** Two texts that share some lines, in any order, with lines of their own on either side. */
const pair = fc.tuple(lines, lines, lines, fc.boolean()).map(([shared, own, other, shuffle]) => {
  const a = [...shared, ...own]
  const b = shuffle ? [...other, ...shared.slice().reverse()] : [...shared.slice(0, 2), ...other, ...shared.slice(2)]
  return [a.join('\n'), b.join('\n')] as const
})

describe('textDice', () => {
  it('is the Dice coefficient of the two texts’ word profiles, to the last bit', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(textDice(a, b)).toBe(dice(profileOf({}, a), profileOf({}, b)))
      }),
      {numRuns: 2000}
    )
  })

  it('with enough: a score at least enough exactly when the full score is, and the full score below it', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(0.25, 0.5, 0.75), ([a, b], enough) => {
        const full = dice(profileOf({}, a), profileOf({}, b))
        const bounded = textDice(a, b, enough)
        expect(bounded >= enough).toBe(full >= enough)
        if (full < enough) expect(bounded).toBe(full)
        else expect(bounded).toBeLessThanOrEqual(full)
      }),
      {numRuns: 2000}
    )
  })
})
