/**
 * Twins: text fields of a version (lead-ins, whole sub-paragraphs, tails) whose wording is the
 * same or nearly the same once the list connector and whitespace are normalised. Candidates come
 * from MinHash signatures over hashed two-word shingles, banded (locality-sensitive hashing), so
 * finding the twins of a few fields among all of a full-size code is one linear pass; each
 * candidate is then confirmed by the Dice similarity over words (`src/redline/similarity.ts`).
 */
import type {Provision, Version} from '../../model/types.js'
import {similarity} from '../../redline/similarity.js'
import {withoutConnector} from './connectors.js'
import {isNotUsed, provisionFields} from './provision-fields.js'

/** One text field of a provision, with its wording for comparison (worked out on first use: most fields are never compared). */
export class TwinField {
  #wording: string | undefined
  #core: string | undefined

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
const clauseCache = new WeakMap<Version, Map<string, TwinField[]>>()

/** The clause ID of a provision ID: `G3.20` for `G3.20(b)(i)`. */
function clauseOf(id: string): string {
  const paren = id.indexOf('(')
  return paren < 0 ? id : id.slice(0, paren)
}

/** The fields of each clause of a version, by clause ID. */
function fieldsByClause(version: Version): Map<string, TwinField[]> {
  const cached = clauseCache.get(version)
  if (cached) return cached
  const byClause = new Map<string, TwinField[]>()
  for (const field of twinFields(version).values()) {
    const clause = clauseOf(field.provision.id)
    const list = byClause.get(clause)
    if (list) list.push(field)
    else byClause.set(clause, [field])
  }
  clauseCache.set(version, byClause)
  return byClause
}

/** The field of `version`'s clause `clauseId` with this wording, if any. */
function sameWordingInClause(version: Version, clauseId: string, field: TwinField): TwinField | undefined {
  if (field.text === '') return undefined
  return fieldsByClause(version).get(clauseId)?.find((other) => other.text === field.text || other.core === field.core)
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

const BANDS = 12
const ROWS = 3
const HASHES = BANDS * ROWS
/** Fixed odd multipliers and seeds: the same text always gives the same signature. */
const MULTIPLIERS = Array.from({length: HASHES}, (_, index) => (Math.imul(index + 1, 0x9e3779b1) | 1) >>> 0)
const SEEDS = Array.from({length: HASHES}, (_, index) => Math.imul(index + 7, 0x85ebca6b) >>> 0)
const WORD = /[\p{L}\p{N}]+/gu

/** FNV-1a over a string's UTF-16 code units. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 0
}

/**
 * The band keys of a wording: one per band of its MinHash signature over two-word shingles, and
 * one for the whole wording (so identical wordings always meet). Undefined for a wording too short
 * to be a twin.
 */
function signatureOf(core: string, minWords: number): {keys: number[]; minimum: Uint32Array} | undefined {
  const words = core.toLowerCase().match(WORD)
  if (!words || words.length < minWords) return undefined
  const minimum = new Uint32Array(HASHES).fill(0xffffffff)
  let previous = hashString(words[0] ?? '')
  for (let index = 1; index < words.length; index++) {
    const current = hashString(words[index] ?? '')
    const shingle = Math.imul(previous ^ ((current << 13) | (current >>> 19)), 0x27d4eb2d) >>> 0
    previous = current
    for (let h = 0; h < HASHES; h++) {
      let value = Math.imul(shingle ^ (SEEDS[h] ?? 0), MULTIPLIERS[h] ?? 1)
      value = (value ^ (value >>> 15)) >>> 0
      if (value < (minimum[h] ?? 0)) minimum[h] = value
    }
  }
  const keys: number[] = [BANDS * 0x100000000 + hashString(core)]
  for (let band = 0; band < BANDS; band++) {
    let key = 0x9747b28c ^ band
    for (let row = 0; row < ROWS; row++) key = Math.imul(key ^ (minimum[band * ROWS + row] ?? 0), 0x5bd1e995)
    keys.push(band * 0x100000000 + (key >>> 0))
  }
  return {keys, minimum}
}

/** The share of MinHash values two signatures have in common: an estimate of their shingles' Jaccard similarity. */
function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let h = 0; h < HASHES; h++) if (a[h] === b[h]) same++
  return same / HASHES
}

/**
 * Below this estimated Jaccard similarity of two-word shingles a candidate is not confirmed: one
 * changed word in twelve keeps about 0.7 of the shingles, so twins above the Dice threshold clear it.
 */
const LEAST_ESTIMATE = 0.4

/**
 * The twins of each target among `fields` (a version's fields): each target's band keys go into a
 * table, every field is hashed once and looked up, and the candidates that meet are confirmed by
 * their similarity. Linear in the size of the version; never compares every pair.
 */
export function findTwins(targets: readonly TwinField[], fields: Iterable<TwinField>, options: TwinOptions): Map<string, Twin[]> {
  const table = new Map<number, TwinField[]>()
  const signatures = new Map<TwinField, Uint32Array>()
  for (const target of targets) {
    const signature = signatureOf(target.core, options.minWords)
    if (!signature) continue
    signatures.set(target, signature.minimum)
    for (const key of signature.keys) {
      const list = table.get(key)
      if (list) list.push(target)
      else table.set(key, [target])
    }
  }
  const twins = new Map<string, Twin[]>()
  if (table.size === 0) return twins
  for (const field of fields) {
    const signature = signatureOf(field.core, options.minWords)
    if (!signature) continue
    const met = new Set<TwinField>()
    for (const key of signature.keys) for (const target of table.get(key) ?? []) met.add(target)
    for (const target of met) {
      if (target.provision.id === field.provision.id) continue
      const same = target.core === field.core
      if (!same && estimate(signatures.get(target) ?? signature.minimum, signature.minimum) < LEAST_ESTIMATE) continue
      const score = same ? 1 : similarity(target.core, field.core)
      if (score < options.threshold) continue
      const list = twins.get(target.key)
      const twin = {field, similarity: score}
      if (list) list.push(twin)
      else twins.set(target.key, [twin])
    }
  }
  for (const [key, list] of twins) if (list.length > options.maxFamily - 1) twins.delete(key)
  return twins
}
