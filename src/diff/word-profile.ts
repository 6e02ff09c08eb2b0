/**
 * The words of a text, counted once, so that scoring one clause against many candidates does not
 * read it again each time. Words are runs of characters other than whitespace and punctuation
 * (`,;:.()[]"'`), compared exactly; {@link dice} is the Dice coefficient over these word multisets:
 * 1 for the same words in any order, 0 for none in common.
 */
export interface WordProfile {
  counts: Map<string, number>
  total: number
  /**
   * Hashes of three-word shingles, to find candidates that share phrases (collisions only add
   * candidates). Worked out on first use: only clauses left without a partner under their own ID
   * are looked up by shingle, and a changed clause can be long (a definitions clause).
   */
  readonly shingles: Set<number>
}

class Profile implements WordProfile {
  #shingles: Set<number> | undefined

  constructor(
    readonly counts: Map<string, number>,
    readonly total: number,
    /** Each word's number, in text order. */
    private readonly numbers: readonly number[]
  ) {}

  get shingles(): Set<number> {
    this.#shingles ??= shinglesOf(this.numbers)
    return this.#shingles
  }
}

const WORD = /[^\s,;:.()[\]"']+/g
const cache = new WeakMap<object, WordProfile>()
const ids = new Map<string, number>()

/** The profile of `text`, cached on `owner` (a clause chunk). */
export function profileOf(owner: object, text: string): WordProfile {
  const cached = cache.get(owner)
  if (cached) return cached
  const words = text.match(WORD) ?? []
  const counts = new Map<string, number>()
  const numbers: number[] = []
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
    let id = ids.get(word)
    if (id === undefined) ids.set(word, (id = ids.size + 1))
    numbers.push(id)
  }
  // Words are numbered as they are first read, here, so a shingle's hash never depends on when it is worked out.
  const profile = new Profile(counts, words.length, numbers)
  cache.set(owner, profile)
  return profile
}

function shinglesOf(numbers: readonly number[]): Set<number> {
  const shingles = new Set<number>()
  for (let i = 0; i + 2 < numbers.length; i++) {
    shingles.add((Math.imul((Math.imul(numbers[i] ?? 0, 0x9e3779b1) ^ (numbers[i + 1] ?? 0)) >>> 0, 0x85ebca6b) ^ (numbers[i + 2] ?? 0)) >>> 0)
  }
  return shingles
}

/**
 * The Dice coefficient of two texts' words, the same number as {@link dice} of their profiles,
 * for a pair scored once (a clause against its own new version): a line in both texts shares all
 * its words (a line end is never inside a word), so only the words of the lines the two texts do
 * not share are compared one by one, and the shared lines' words are only counted. With `enough`,
 * the count stops once the lines counted so far prove a score of at least `enough`, and that
 * lower bound is answered: a long clause changed in one line costs little more than a line comparison.
 */
export function textDice(a: string, b: string, enough = Infinity): number {
  if (a === b) return 1
  const unmatched = new Map<string, number>()
  for (const line of b.split('\n')) unmatched.set(line, (unmatched.get(line) ?? 0) + 1)
  const common: string[] = []
  const onlyA: string[] = []
  for (const line of a.split('\n')) {
    const n = unmatched.get(line) ?? 0
    if (n > 0) {
      unmatched.set(line, n - 1)
      common.push(line)
    } else onlyA.push(line)
  }
  const onlyB: string[] = []
  for (const [line, n] of unmatched) for (let k = 0; k < n; k++) onlyB.push(line)
  const wordsA = onlyA.join('\n').match(WORD) ?? []
  const wordsB = onlyB.join('\n').match(WORD) ?? []
  // The score grows with each shared word counted, so a partial count is a lower bound: the shared
  // lines' words are counted first, and the words the differing lines share only when those fall short.
  const score = (shared: number, both: number): number => {
    const total = 2 * shared + wordsA.length + wordsB.length
    return total === 0 ? 1 : (2 * (shared + both)) / total
  }
  let shared = 0
  let next = 0
  const countShared = (both: number): void => {
    while (next < common.length && score(shared, both) < enough) shared += common[next++]?.match(WORD)?.length ?? 0
  }
  countShared(0)
  if (score(shared, 0) >= enough) return score(shared, 0)
  const both = sharedWords(wordsA, wordsB)
  countShared(both)
  return score(shared, both)
}

/** How many words two lists have in common, each word counted as often as it stands in both. */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let both = 0
  for (const word of b) {
    const n = counts.get(word) ?? 0
    if (n > 0) {
      counts.set(word, n - 1)
      both++
    }
  }
  return both
}

/** The Dice coefficient of two profiles. */
export function dice(a: WordProfile, b: WordProfile): number {
  if (a.total + b.total === 0) return 1
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let shared = 0
  for (const [word, n] of small.counts) shared += Math.min(n, large.counts.get(word) ?? 0)
  return (2 * shared) / (a.total + b.total)
}
