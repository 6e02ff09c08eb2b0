import {zipSync} from 'fflate'

/** A zip timestamp read the same in every time zone (fflate writes DOS times from local-time fields). */
const FIXED_MTIME = new Date(1980, 0, 1, 12, 0, 0)

/**
 * Zips files (an Office package) so that the same content always gives the same bytes: every
 * entry gets one fixed timestamp, DEFLATE level 6, and the entries keep their order (a path given
 * twice keeps its first place and its last data).
 */
export function zipDeterministic(files: Iterable<readonly [string, Uint8Array]>): Uint8Array {
  const entries: Record<string, [Uint8Array, {mtime: Date; level: 6}]> = {}
  for (const [name, data] of files) entries[name] = [data, {mtime: FIXED_MTIME, level: 6}]
  return zipSync(entries, {mtime: FIXED_MTIME})
}
