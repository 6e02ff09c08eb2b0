import {unzipSync, zipSync} from 'fflate'

/** A zip timestamp read the same in every time zone (fflate writes DOS times from local-time fields). */
const FIXED_MTIME = new Date(1980, 0, 1, 12, 0, 0)

/**
 * Re-packs a zip (an Office file) so that the same content always gives the same bytes: every
 * entry gets one fixed timestamp, entries keep their order, and `rewrite` may replace volatile
 * content (the creation date in `docProps/core.xml`).
 */
export function rezipDeterministic(zip: Uint8Array, rewrite: (name: string, data: Uint8Array) => Uint8Array = (_, data) => data): Uint8Array {
  const entries = unzipSync(zip)
  const files: Record<string, [Uint8Array, {mtime: Date; level: 6}]> = {}
  for (const [name, data] of Object.entries(entries)) files[name] = [rewrite(name, data), {mtime: FIXED_MTIME, level: 6}]
  return zipSync(files, {mtime: FIXED_MTIME})
}
