import {diffArrays} from 'diff/lib/diff/array.js'
import {similarity} from './similarity.js'

/** Old and new entries paired: both present (kept or changed), or one side absent (deleted or inserted). */
/** How similar (0 to 1) a removed and an added entry must be to pair as one changed entry. */
export const SIMILAR_ENOUGH = 0.4

export type EntryPair<T> = [T | undefined, T | undefined]

/**
 * The rule that pairs a run of removed entries with the run of added entries that replaces it
 * (either run may be empty), in reading order.
 */
export type RunPairing<T> = (removed: readonly T[], added: readonly T[]) => Array<EntryPair<T>>

/**
 * Pairs the old and new entries of a list (sub-paragraphs, definitions, paragraphs): entries that
 * are the same (`same`) by an LCS; between two such runs, the removed and added entries in order,
 * paired where their texts are similar enough (`text`, similarity ≥ 0.4), else one side absent
 * (deleted or inserted). The pairs come in reading order.
 */
export function pairInOrder<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean, text: (entry: T) => string): Array<EntryPair<T>> {
  return pairInOrderWith(before, after, same, pairSimilar(text, SIMILAR_ENOUGH))
}

/**
 * The walk of {@link pairInOrder} with another rule for the removed and added runs (table rows
 * pair by their first cell first): entries that are the same by an LCS are kept, and each run of
 * removed entries and the run of added entries after it are paired by `pairRuns`.
 */
export function pairInOrderWith<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean, pairRuns: RunPairing<T>): Array<EntryPair<T>> {
  const out: Array<EntryPair<T>> = []
  let removed: T[] = []
  const flush = (added: readonly T[]): void => {
    if (removed.length > 0 || added.length > 0) out.push(...pairRuns(removed, added))
    removed = []
  }
  let oldIndex = 0
  let newIndex = 0
  for (const change of diffArrays([...before], [...after], {comparator: same})) {
    const count = change.count ?? change.value.length
    if (change.removed) {
      removed.push(...before.slice(oldIndex, oldIndex + count))
      oldIndex += count
    } else if (change.added) {
      flush(after.slice(newIndex, newIndex + count))
      newIndex += count
    } else {
      flush([])
      for (let k = 0; k < count; k++) out.push([before[oldIndex + k], after[newIndex + k]])
      oldIndex += count
      newIndex += count
    }
  }
  flush([])
  return out
}

/**
 * Pairs removed and added entries in order where their texts are similar enough (at least
 * `threshold`); otherwise the surplus side goes first as deleted (while more removed entries than
 * added ones remain), else as inserted.
 */
function pairSimilar<T>(text: (entry: T) => string, threshold: number): RunPairing<T> {
  return (removed, added) => {
    const out: Array<EntryPair<T>> = []
    let i = 0
    let j = 0
    while (i < removed.length || j < added.length) {
      const oldEntry = removed[i]
      const newEntry = added[j]
      if (oldEntry !== undefined && newEntry !== undefined && similarity(text(oldEntry), text(newEntry)) >= threshold) {
        out.push([oldEntry, newEntry])
        i++
        j++
      } else if (oldEntry !== undefined && (newEntry === undefined || removed.length - i > added.length - j)) {
        out.push([oldEntry, undefined])
        i++
      } else if (newEntry !== undefined) {
        out.push([undefined, newEntry])
        j++
      }
    }
    return out
  }
}

/**
 * {@link pairSimilar} for entries some of which are never paired with another (`kept`: a definition
 * whose term stands on both sides pairs only with itself, so it is no candidate for a rename): those
 * stand alone, deleted or inserted, each in its place in its side's order.
 */
export function pairSimilarExcept<T>(text: (entry: T) => string, threshold: number, kept: (entry: T) => boolean): RunPairing<T> {
  const pair = pairSimilar(text, threshold)
  return (removed, added) => {
    const paired = pair(removed.filter((entry) => !kept(entry)), added.filter((entry) => !kept(entry)))
    const out: Array<EntryPair<T>> = []
    let i = 0
    let j = 0
    // Before each pair, the entries that stand alone ahead of it on either side.
    const upTo = (oldAt: number, newAt: number): void => {
      for (; i < oldAt; i++) if (kept(removed[i] as T)) out.push([removed[i], undefined])
      for (; j < newAt; j++) if (kept(added[j] as T)) out.push([undefined, added[j]])
    }
    for (const [oldEntry, newEntry] of paired) {
      upTo(oldEntry === undefined ? i : removed.indexOf(oldEntry), newEntry === undefined ? j : added.indexOf(newEntry))
      if (oldEntry !== undefined) i = removed.indexOf(oldEntry) + 1
      if (newEntry !== undefined) j = added.indexOf(newEntry) + 1
      out.push([oldEntry, newEntry])
    }
    upTo(removed.length, added.length)
    return out
  }
}
