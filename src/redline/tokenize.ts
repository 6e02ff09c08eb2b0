import {CLAUSE_NUMBER_SOURCE, LABEL_IN_TEXT_SOURCE} from '../model/ids.js'

/**
 * Legal-aware word tokens. Pieces that a reader treats as one word stay whole: `SMETS2+`,
 * `G3.20(b)(i)`, `£1,200`, `15 Working Day`, `Sub-Committee`, `(b)`. Whitespace runs and each
 * punctuation mark are tokens of their own, so a changed comma or a doubled space is seen.
 * The tokens always join back to the text, character for character.
 */
const TOKEN = new RegExp(
  [
    '£\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?', // £1,200.50
    '£\\d+(?:\\.\\d+)?', // £1200
    '\\d+ (?:Working|Business|Settlement) Days?', // 15 Working Day(s)
    `${CLAUSE_NUMBER_SOURCE}(?:\\((?:${LABEL_IN_TEXT_SOURCE})\\))*`, // G3.20, G3.20A, G3.20(b)(i)
    `\\((?:${LABEL_IN_TEXT_SOURCE})\\)(?![\\p{L}\\p{N}])`, // (b), (iv), (A), (2)
    '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?', // 1,200
    "[\\p{L}\\p{N}\\p{M}]+(?:['’\\-.][\\p{L}\\p{N}\\p{M}]+)*\\+?", // words, SMETS2+, Sub-Committee, User's, 3.5
    '\\s+', // a whitespace run
    '[^]' // any other single character (punctuation, symbols), whole code points
  ].join('|'),
  'gu'
)

/** Splits text into tokens that join back to it exactly. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** Whether a token is a word (as opposed to whitespace or punctuation). */
export function isWordToken(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token)
}

/** Where two token lists part: the length of their common start, and where their common end begins in each. */
export function commonEnds(a: readonly string[], b: readonly string[]): {start: number; endA: number; endB: number} {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return {start, endA, endB}
}
