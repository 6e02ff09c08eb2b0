/**
 * Twins: text fields of a version (lead-ins, whole sub-paragraphs, tails) whose wording is the
 * same or nearly the same once the list connector and whitespace are normalised. Candidates come
 * from MinHash signatures over hashed two-word shingles, banded (locality-sensitive hashing), so
 * finding the twins of a few fields among all of a full-size code is one linear pass; each
 * candidate is then confirmed by the Dice similarity over words (`src/redline/similarity.ts`).
 */
import type {Provision, Version} from '../../model/types.js'
import {wordCounts} from '../../redline/similarity.js'
import {withoutConnector} from './connectors.js'
import {isNotUsed, provisionFields} from './provision-fields.js'
import {indexVersion} from './version-index.js'

/** One text field of a provision, with its wording for comparison (worked out on first use: most fields are never compared). */
export class TwinField {
  #wording: string | undefined
  #core: string | undefined
  #counts: Map<string, number> | undefined
  #total = -1

  constructor(
    /** `G3.20(b)` and the field: unique within a version. */
    readonly key: string,
    readonly provision: Provision,
    readonly field: 'text' | 'tail',
    /** Document order within the version. */
    readonly order: number,
    /** The field's text as written. */
    readonly text: string
  ) {}

  /** The field's text without its list connector, as written (fix offsets refer to it). */
  get wording(): string {
    this.#wording ??= withoutConnector(this.text)
    return this.#wording
  }

  /** The wording with whitespace runs collapsed: what twins are compared on. */
  get core(): string {
    this.#core ??= this.wording.replace(/\s+/g, ' ').trim()
    return this.#core
  }

  /** The core's words and their counts, for the similarity of twins. */
  get counts(): Map<string, number> {
    this.#counts ??= wordCounts(this.core)
    return this.#counts
  }

  /** How many words the core has (the sum of its {@link counts}). */
  get total(): number {
    if (this.#total < 0) {
      let total = 0
      for (const n of this.counts.values()) total += n
      this.#total = total
    }
    return this.#total
  }
}

/**
 * The similarity of two fields (`similarityOfCounts` of their counts: the same number) where
 * it is at least `threshold`, else undefined. Most candidates fall short, and are turned away
 * without reading all their words: by their lengths (twins have about as many words), then as soon
 * as the words left cannot make up the shared words the threshold needs.
 */
function similarityAtLeast(a: TwinField, b: TwinField, threshold: number): number | undefined {
  const total = a.total + b.total
  if (total === 0) return 1 >= threshold ? 1 : undefined
  // The similarity is at most what sharing every word of the shorter one would give.
  if ((2 * Math.min(a.total, b.total)) / total < threshold) return undefined
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let shared = 0
  let left = small.total
  for (const [word, n] of small.counts) {
    shared += Math.min(n, large.counts.get(word) ?? 0)
    left -= n
    if ((2 * (shared + left)) / total < threshold) return undefined
  }
  const score = (2 * shared) / total
  return score < threshold ? undefined : score
}

/** A twin of a field, with the similarity of their cores (1 for the same words). */
export interface Twin {
  field: TwinField
  similarity: number
}

export interface TwinOptions {
  /** The least similarity (Dice over words, 0 to 1) for two fields to be twins. */
  threshold: number
  /** Fields of fewer words are never twins: "it shall notify" says the same thing everywhere. */
  minWords: number
  /** A wording shared by more fields than this is boilerplate, not a family of twins. */
  maxFamily: number
}

/** The key of a field: provision ID and field name. */
export function fieldKey(id: string, field: 'text' | 'tail'): string {
  return `${id}\u0000${field}`
}

/** A wording for comparison: without the list connector, whitespace runs collapsed. */
export function comparableWording(text: string): string {
  return withoutConnector(text).replace(/\s+/g, ' ').trim()
}

const fieldsCache = new WeakMap<Version, Map<string, TwinField>>()

/** The clause ID of a provision ID: `G3.20` for `G3.20(b)(i)`. */
function clauseOf(id: string): string {
  const paren = id.indexOf('(')
  return paren < 0 ? id : id.slice(0, paren)
}

/** The field of `version`'s clause `clauseId` with this wording, if any. */
function sameWordingInClause(version: Version, clauseId: string, field: TwinField): TwinField | undefined {
  const clause = indexVersion(version).byId.get(clauseId)?.provision
  if (!clause) return undefined
  const fields = twinFields(version)
  const search = (provision: Provision): TwinField | undefined => {
    for (const name of ['text', 'tail'] as const) {
      const other = fields.get(fieldKey(provision.id, name))
      if (other && (other.text === field.text || other.core === field.core)) return other
    }
    for (const item of provision.items) {
      const found = search(item)
      if (found) return found
    }
    return undefined
  }
  return search(clause)
}

/**
 * Where a field of one version stands in another: under the same key when the wording is the same;
 * else where its clause holds the same wording under another label (a sub-paragraph inserted or
 * deleted before it shifted the labels); else under the same key, its wording changed; undefined
 * when the other version lacks it.
 */
export function locateField(field: TwinField, version: Version): TwinField | undefined {
  const same = twinFields(version).get(field.key)
  if (same && (same.text === field.text || same.core === field.core)) return same
  return sameWordingInClause(version, clauseOf(field.provision.id), field) ?? same
}

/**
 * Whether a step changed a field's words: its wording is not in the later version's clause, and
 * what stands under its key there is not in the earlier version's clause (a shifted label, not an edit).
 */
export function changedBetween(field: TwinField, from: Version, to: Version): TwinField | undefined {
  const after = locateField(field, to)
  if (!after || after.core === field.core) return undefined
  if (sameWordingInClause(from, clauseOf(after.provision.id), after)) return undefined
  return after
}

/** Every non-empty text field of a version by key, `[Not used]` placeholders left out. Built once per version. */
export function twinFields(version: Version): Map<string, TwinField> {
  const cached = fieldsCache.get(version)
  if (cached) return cached
  const fields = new Map<string, TwinField>()
  let order = 0
  for (const {provision, field, text} of provisionFields(version)) {
    if (isNotUsed(provision)) continue
    const key = fieldKey(provision.id, field)
    fields.set(key, new TwinField(key, provision, field, order++, text))
  }
  fieldsCache.set(version, fields)
  return fields
}

const BANDS = 14
const ROWS = 3
const HASHES = BANDS * ROWS
/** Fixed odd multipliers and seeds: the same text always gives the same signature. */
const MULTIPLIERS = Uint32Array.from({length: HASHES}, (_, index) => (Math.imul(index + 1, 0x9e3779b1) | 1) >>> 0)
const SEEDS = Uint32Array.from({length: HASHES}, (_, index) => Math.imul(index + 7, 0x85ebca6b) >>> 0)

/**
 * Shingles of the wording being read: one buffer, grown as needed, so reading allocates nothing.
 * Signed 32-bit, so that each shingle read from it is a small integer to the engine, never a boxed
 * number (a set of them is looked up for every field of a version).
 */
let shingleBuffer = new Int32Array(256)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Reads a wording's words (runs of letters and digits, case folded) in one pass and hashes its
 * two-word shingles into the shared buffer; also hashes the whole sequence of words (so wordings
 * with the same words in the same order meet). Undefined for a wording too short to be a twin.
 * The shingles are valid until the next call.
 */
function readShingles(wording: string, minWords: number): {shingles: Int32Array; whole: number} | undefined {
  let words = 0
  let previous = 0
  let whole = 0x811c9dc5
  let hash = 0x811c9dc5
  let inWord = false
  for (let index = 0; index <= wording.length; index++) {
    let code = index < wording.length ? wording.charCodeAt(index) : 32
    const wordChar = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER_OR_DIGIT.test(wording.charAt(index))
    if (wordChar) {
      if (code >= 65 && code <= 90) code += 32
      hash = Math.imul(hash ^ code, 0x01000193)
      inWord = true
      continue
    }
    if (!inWord) continue
    const current = hash >>> 0
    if (words > 0) {
      if (words > shingleBuffer.length) {
        const grown = new Int32Array(shingleBuffer.length * 2)
        grown.set(shingleBuffer)
        shingleBuffer = grown
      }
      shingleBuffer[words - 1] = Math.imul(previous ^ ((current << 13) | (current >>> 19)), 0x27d4eb2d)
    }
    whole = Math.imul(whole ^ current, 0x01000193)
    previous = current
    words++
    hash = 0x811c9dc5
    inWord = false
  }
  if (words < minWords) return undefined
  return {shingles: shingleBuffer.subarray(0, words - 1), whole: whole >>> 0}
}

/** The MinHash signature of a set of shingles, into `minimum` ({@link HASHES} values). */
function sign(shingles: Int32Array, minimum: Uint32Array): Uint32Array {
  // One hash function at a time over every shingle: its seed and multiplier stay in registers.
  for (let h = 0; h < HASHES; h++) {
    const seed = SEEDS[h] ?? 0
    const multiplier = MULTIPLIERS[h] ?? 1
    let least = 0xffffffff
    for (let index = 0; index < shingles.length; index++) {
      let value = Math.imul((shingles[index] ?? 0) ^ seed, multiplier)
      value = (value ^ (value >>> 15)) >>> 0
      if (value < least) least = value
    }
    minimum[h] = least
  }
  return minimum
}

/**
 * The band keys of a signed wording, into `keys`: the whole wording's (so identical wordings
 * always meet), then one per band of its signature. Each key is looked up in its own slot's table
 * (see {@link findTwins}), as a 32-bit integer (a small integer to the engine, never a boxed number).
 */
function bandKeys(whole: number, minimum: Uint32Array, keys: Int32Array): Int32Array {
  keys[0] = whole | 0
  for (let band = 0; band < BANDS; band++) {
    let key = 0x9747b28c ^ band
    for (let row = 0; row < ROWS; row++) key = Math.imul(key ^ (minimum[band * ROWS + row] ?? 0), 0x5bd1e995)
    keys[band + 1] = key | 0
  }
  return keys
}

/**
 * Whether two signatures have at least `least` of their MinHash values in common (the share
 * estimates their shingles' Jaccard similarity); stops at the first difference that settles it.
 */
function estimateAtLeast(a: Uint32Array, b: Uint32Array, least: number): boolean {
  let same = HASHES
  for (let h = 0; h < HASHES; h++) {
    if (a[h] === b[h]) continue
    same--
    if (same / HASHES < least) return false
  }
  return true
}

/**
 * Below this estimated Jaccard similarity of two-word shingles a candidate is not confirmed. The
 * shortest twins at a Dice threshold `d` have n = 1 / (1 - d) words, one replaced, so they share
 * (n - 3) / (n + 1) of their shingles (0.64 at the default 0.9); the bound leaves 0.15 below that
 * for the estimate's error (about 0.06 with 60 hashes).
 */
function leastEstimate(threshold: number): number {
  if (threshold >= 1) return 0.5
  const words = 1 / (1 - threshold)
  return Math.max(0.1, (words - 3) / (words + 1) - 0.15)
}

/** A band bucket holding more targets than this is skipped (the whole-wording key never is). */
const CROWDED = 32

/**
 * The twins of each target among `fields` (a version's fields): each target's band keys go into a
 * table, every field is hashed once and looked up, and the candidates that meet are confirmed by
 * their similarity. Linear in the size of the version; never compares every pair.
 */
export function findTwins(targets: readonly TwinField[], fields: Iterable<TwinField>, options: TwinOptions): Map<string, Twin[]> {
  // Targets by index: their signatures, and the band table from key to target indices.
  const signed: TwinField[] = []
  const signatures: Uint32Array[] = []
  const wholes: number[] = []
  // One table per slot of the band keys (the whole wording's, then each band's).
  const tables = Array.from({length: BANDS + 1}, () => new Map<number, number[]>())
  const keys = new Int32Array(BANDS + 1)
  const least = leastEstimate(options.threshold)
  // Every shingle of every target: a field that shares few of its shingles with all of them
  // together cannot be a twin of any, and is never signed.
  const targetShingles = new Set<number>()
  for (const target of targets) {
    const read = readShingles(target.wording, options.minWords)
    if (!read) continue
    for (const shingle of read.shingles) targetShingles.add(shingle)
    const minimum = sign(read.shingles, new Uint32Array(HASHES))
    const index = signed.length
    signed.push(target)
    signatures.push(minimum)
    wholes.push(read.whole)
    bandKeys(read.whole, minimum, keys)
    for (let slot = 0; slot <= BANDS; slot++) {
      const table = tables[slot] as Map<number, number[]>
      const key = keys[slot] ?? 0
      const list = table.get(key)
      if (list) list.push(index)
      else table.set(key, [index])
    }
  }
  const twins = new Map<string, Twin[]>()
  if (signed.length === 0) return twins
  // A target with more twins than a family holds is boilerplate: dropped, and no longer compared.
  const dropped = new Uint8Array(signed.length)
  // The field that last met each target, so a target met in several bands is compared once.
  const metBy = new Int32Array(signed.length).fill(-1)
  const minimum = new Uint32Array(HASHES)
  let fieldIndex = 0
  for (const field of fields) {
    fieldIndex++
    const read = readShingles(field.wording, options.minWords)
    if (!read) continue
    const {shingles} = read
    let shared = 0
    for (const shingle of shingles) if (targetShingles.has(shingle)) shared++
    if (shared < least * shingles.length) continue
    sign(shingles, minimum)
    bandKeys(read.whole, minimum, keys)
    for (let band = 0; band <= BANDS; band++) {
      const bucket = tables[band]?.get(keys[band] ?? 0)
      // A band shared by more targets than a few families is a stock phrase, not evidence of a twin.
      if (!bucket || (band > 0 && bucket.length > CROWDED)) continue
      for (const index of bucket) {
        if (dropped[index] === 1 || metBy[index] === fieldIndex) continue
        metBy[index] = fieldIndex
        const target = signed[index]
        if (!target || target.provision.id === field.provision.id) continue
        // The same wording has the same words: the hash of the whole sequence settles most pairs without reading their text.
        const same = wholes[index] === read.whole && target.core === field.core
        if (!same && !estimateAtLeast(signatures[index] ?? minimum, minimum, least)) continue
        const score = same ? (1 < options.threshold ? undefined : 1) : similarityAtLeast(target, field, options.threshold)
        if (score === undefined) continue
        const list = twins.get(target.key) ?? []
        list.push({field, similarity: score})
        twins.set(target.key, list)
        if (list.length > options.maxFamily - 1) {
          dropped[index] = 1
          twins.delete(target.key)
        }
      }
    }
  }
  return twins
}
