import type {Manifest} from '../model/types.js'
import type {ChangeRecords} from './types.js'

/**
 * The change records between two versions, following each manifest's `base` back in time: when
 * `old` is an ancestor of `new`, the records of every version after `old` up to `new`, oldest
 * first; when `new` is an ancestor of `old`, the same read backward. `manifestOf` answers undefined
 * for a version the corpus does not hold, which ends the chain.
 */
export function changeRecordsBetween(
  old: Manifest | null,
  next: Manifest | null,
  manifestOf: (version: string) => Manifest | undefined
): ChangeRecords {
  if (!old || !next) return {direction: 'unknown', ids: [], chain: []}
  if (old.version === next.version) return {direction: 'same', ids: [], chain: []}
  const forward = chainBack(next, old.version, manifestOf)
  if (forward) return {direction: 'forward', ...forward}
  const backward = chainBack(old, next.version, manifestOf)
  if (backward) return {direction: 'backward', ...backward}
  return {direction: 'unknown', ids: [], chain: []}
}

function chainBack(
  from: Manifest,
  ancestor: string,
  manifestOf: (version: string) => Manifest | undefined
): {ids: string[]; chain: Array<{version: string; changes: string[]}>} | undefined {
  const chain: Array<{version: string; changes: string[]}> = []
  const seen = new Set<string>()
  let current: Manifest | undefined = from
  while (current && !seen.has(current.version)) {
    if (current.version === ancestor) {
      chain.reverse()
      return {ids: chain.flatMap((link) => link.changes), chain}
    }
    seen.add(current.version)
    chain.push({version: current.version, changes: [...current.changes]})
    current = current.base === null ? undefined : manifestOf(current.base)
  }
  return undefined
}
