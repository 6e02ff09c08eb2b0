import {diffArrays} from 'diff/lib/diff/array.js'
import {similarity} from './similarity.js'

/**
 * Pairs the old and new entries of a list (sub-paragraphs, definitions, paragraphs): entries that
 * are the same (`same`) by an LCS; between two such runs, the removed and added entries in order,
 * paired where their texts are similar enough (`text`, similarity ≥ 0.4), else one side absent
 * (deleted or inserted). The pairs come in reading order.
 */
export function pairInOrder<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean, text: (entry: T) => string): Array<[T | undefined, T | undefined]> {
  const out: Array<[T | undefined, T | undefined]> = []
  let removed: T[] = []
  const flush = (added: readonly T[]): void => {
    let i = 0
    let j = 0
    while (i < removed.length || j < added.length) {
      const oldEntry = removed[i]
      const newEntry = added[j]
      if (oldEntry !== undefined && newEntry !== undefined && similarity(text(oldEntry), text(newEntry)) >= 0.4) {
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
