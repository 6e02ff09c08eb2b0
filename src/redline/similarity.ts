import {isWordToken, tokenize} from './tokenize.js'

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice coefficient
 * over word-token multisets. Cheap, order-insensitive, good enough to pair sub-paragraphs and to
 * spot a renumbered clause.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  return similarityOfCounts(wordCounts(a), wordCounts(b))
}

/** The word tokens of a text with their counts: what {@link similarity} compares, for callers that compare one text many times. */
export function wordCounts(text: string): Map<string, number> {
  const map = new Map<string, number>()
  for (const token of tokenize(text)) if (isWordToken(token)) map.set(token, (map.get(token) ?? 0) + 1)
  return map
}

/** {@link similarity} of two texts from their {@link wordCounts}. */
export function similarityOfCounts(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let shared = 0
  let total = 0
  for (const [token, n] of x) {
    shared += Math.min(n, y.get(token) ?? 0)
    total += n
  }
  for (const n of y.values()) total += n
  return total === 0 ? 1 : (2 * shared) / total
}
