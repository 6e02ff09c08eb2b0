/**
 * Drift: twins that a change record pulled apart. For each step of the base chain (a version and
 * the base it was built from), the fields the step changed are looked up among the base's fields;
 * a twin the step left unchanged, or changed differently, has drifted. A drift stays open in a
 * later version while the two provisions still differ by words they did not differ by in the base.
 */
import type {Version} from '../../model/types.js'
import {isWordToken, tokenize} from '../../redline/tokenize.js'
import type {Lineage} from '../lineage.js'
import {changedBetween, findTwins, locateField, twinFields, type TwinField, type TwinOptions} from './twins.js'

/** A twin left behind: in `base`, `changed` and `twin` were twins; `child` changed the one and not the other alike. */
export interface Drift {
  base: Version
  child: Version
  /** The field the step changed, as it was in the base and as the step left it. */
  changed: {before: TwinField; after: TwinField}
  /** Its twin, in the base and in the child. */
  twin: {before: TwinField; after: TwinField}
  /** Their similarity in the base (1: the same words). */
  similarity: number
}

/** How two wordings differ, as a bag of words: each word only one of them has, with its count (positive: `a`'s). */
function differenceOf(a: string, b: string): Map<string, number> {
  const counts = new Map<string, number>()
  if (a === b) return counts
  for (const token of tokenize(a)) if (isWordToken(token)) counts.set(token, (counts.get(token) ?? 0) + 1)
  for (const token of tokenize(b)) if (isWordToken(token)) counts.set(token, (counts.get(token) ?? 0) - 1)
  for (const [word, count] of counts) if (count === 0) counts.delete(word)
  return counts
}

/**
 * Whether twins drifted apart: whether `a` and `b` now differ by a word they did not differ by
 * then (`thenA`, `thenB`). The same edit made to both leaves their difference as it was; an edit
 * that brings one to the other (the consequential change made late) only shrinks it; an edit made
 * to one alone adds to it.
 */
export function driftedApart(thenA: string, thenB: string, a: string, b: string): boolean {
  if (a === b) return false
  const then = differenceOf(thenA, thenB)
  for (const [word, count] of differenceOf(a, b)) {
    const before = then.get(word) ?? 0
    if (Math.sign(before) !== Math.sign(count) || Math.abs(count) > Math.abs(before)) return true
  }
  return false
}

/** A drift still open in the version checked, with both fields as they stand there. */
export interface OpenDrift {
  drift: Drift
  changed: TwinField
  twin: TwinField
}

const stepCache = new WeakMap<Version, Map<string, Drift[]>>()

/** The drifts one step makes: `child` against the `base` it was built from. Computed once per child and options. */
export function stepDrifts(base: Version, child: Version, options: TwinOptions): Drift[] {
  const optionsKey = JSON.stringify(options)
  const cached = stepCache.get(child)?.get(optionsKey)
  if (cached) return cached
  const before = twinFields(base)
  const after = twinFields(child)
  const changed = new Map<TwinField, TwinField>()
  for (const [key, field] of after) {
    const then = before.get(key)
    if (!then || then.text === field.text) continue
    const edited = changedBetween(then, base, child)
    if (edited) changed.set(then, edited)
  }
  const drifts: Drift[] = []
  if (changed.size > 0) {
    const changedKeys = new Set([...changed.keys()].map((field) => field.key))
    const twins = findTwins([...changed.keys()], before.values(), options)
    for (const [field, fieldAfter] of changed) {
      for (const twin of twins.get(field.key) ?? []) {
        const twinAfter = locateField(twin.field, child)
        if (!twinAfter) continue
        // Both changed, differently: one finding, at the later of the two.
        if (changedKeys.has(twin.field.key) && twin.field.order < field.order) continue
        if (!driftedApart(field.core, twin.field.core, fieldAfter.core, twinAfter.core)) continue
        drifts.push({base, child, changed: {before: field, after: fieldAfter}, twin: {before: twin.field, after: twinAfter}, similarity: twin.similarity})
      }
    }
  }
  const byOptions = stepCache.get(child) ?? new Map<string, Drift[]>()
  byOptions.set(optionsKey, drifts)
  stepCache.set(child, byOptions)
  return drifts
}

/**
 * The drifts still open in `version`: every step of its base chain, newest first, whose twins
 * still differ in `version` by words they did not differ by in the step's base. One drift per twin field
 * (the newest step's, the most similar changed twin first).
 */
export function openDrifts(version: Version, lineage: Lineage, options: TwinOptions): OpenDrift[] {
  const byTwin = new Map<string, OpenDrift>()
  const seen = new Set<Version>([version])
  let child = version
  for (let base = lineage.base(child); base && !seen.has(base); child = base, base = lineage.base(child)) {
    seen.add(base)
    const drifts = [...stepDrifts(base, child, options)].sort((a, b) => b.similarity - a.similarity || a.changed.before.order - b.changed.before.order)
    for (const drift of drifts) {
      const changed = locateField(drift.changed.after, version)
      const twin = locateField(drift.twin.after, version)
      if (!changed || !twin || byTwin.has(twin.key)) continue
      if (!driftedApart(drift.changed.before.core, drift.twin.before.core, changed.core, twin.core)) continue
      byTwin.set(twin.key, {drift, changed, twin})
    }
  }
  return [...byTwin.values()].sort((a, b) => a.twin.order - b.twin.order)
}
