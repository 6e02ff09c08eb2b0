import {createRequire} from 'node:module'
import {InputError} from '../diagnostics/errors.js'
import {readCanonicalRecord} from './parse-frontmatter.js'
import {parseYamlText} from './parse-yaml-text.js'
import {dateProblem} from '../model/dates.js'
import type {InForce, Place} from '../model/types.js'

/** One entry of a document's frontmatter `status:` map: a provision ID and its commencement and sunset. */
export interface StatusEntry {
  id: string
  inForce: InForce
  /** Where the entry's key stands. */
  place: Place
}

/** The keys a status may hold, in canonical order. */
export const STATUS_KEYS = ['commences', 'lapses'] as const

const STATUS_LINE = /^status:/m
const EXAMPLE = `"X2.4(b)": {lapses: "2027-03-31"} or "H14.36A": {commences: "direction"}`

const require = createRequire(import.meta.url)

/**
 * Reads the `status:` map of a frontmatter (YAML text starting at line `firstLine` of `file`):
 * each key a provision ID, each value `{commences: "direction" | date, lapses: date}` with real
 * calendar dates. Answers [] when the frontmatter has no `status:` key. Whether each ID exists
 * in the document is checked by the caller, which knows the provisions. `columnShift` moves every
 * column reported (for a map read out of a longer line, as a legal text's status line is).
 */
export function readStatusMap(yaml: string, file: string, firstLine: number, columnShift = 0): StatusEntry[] {
  if (!STATUS_LINE.test(yaml)) return []
  // A document's map is asked for more than once (its index, the diff of statuses): read once, each caller given its own copy.
  const key = `${file}\u0000${firstLine}\u0000${columnShift}\u0000${yaml}`
  let entries = statusMaps.get(key)
  if (!entries) {
    entries = readCanonicalStatusMap(yaml, file, firstLine, columnShift) ?? parseStatusMap(yaml, file, firstLine, columnShift)
    if (statusMaps.size >= 1000) statusMaps.clear()
    statusMaps.set(key, entries)
  }
  return entries.map((entry) => ({...entry, inForce: {...entry.inForce}, place: {...entry.place, start: {...entry.place.start}}}))
}

/** The status maps already read, by file, first line, column shift and YAML text. */
const statusMaps = new Map<string, StatusEntry[]>()

/**
 * The map as this tool writes it (`serialize-status.ts`: one `"ID": {commences: "…", lapses: "…"}`
 * a line, under `status:`), read by the canonical line scan of `parse-frontmatter.ts`, without yaml.
 * Undefined for anything else, and for any entry the checks below would refuse, so that the yaml
 * reading reports it at its place.
 */
function readCanonicalStatusMap(yaml: string, file: string, firstLine: number, columnShift: number): StatusEntry[] | undefined {
  const record = readCanonicalRecord(yaml, file, firstLine)
  const map = record?.values.status
  const at = record?.places.status
  if (!at || typeof map !== 'object' || map === null || Array.isArray(map)) return undefined
  const entries: StatusEntry[] = []
  let line = at.start.line
  for (const [id, value] of Object.entries(map as Record<string, unknown>)) {
    // Entries stand one a line after `status:`; an integer-like key would be out of written order in an object.
    line++
    if (id.trim() === '' || /^\d+$/.test(id) || typeof value !== 'object' || value === null) return undefined
    const inForce: InForce = {}
    for (const [name, date] of Object.entries(value as Record<string, unknown>)) {
      if ((name !== 'commences' && name !== 'lapses') || typeof date !== 'string') return undefined
      if (!(name === 'commences' && date === 'direction') && dateProblem(date)) return undefined
      inForce[name] = date
    }
    if (Object.keys(inForce).length === 0) return undefined
    // The key's opening quote: after the two spaces of indent.
    entries.push({id, inForce: canonicalInForce(inForce), place: {file, start: {line, column: 3 + columnShift}}})
  }
  return entries
}

function parseStatusMap(yaml: string, file: string, firstLine: number, columnShift: number): StatusEntry[] {
  const {isMap, isScalar} = require('yaml') as typeof import('yaml')
  const {document, lineCounter} = parseYamlText(yaml)
  const placeAt = (offset: number | undefined): Place => {
    const {line, col} = lineCounter.linePos(offset ?? 0)
    return {file, start: {line: line + firstLine - 1, column: col + columnShift}}
  }
  if (document.errors.length > 0 || !isMap(document.contents)) return [] // the frontmatter reader reports it
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'status')
  if (!pair) return []
  const keyPlace = placeAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined)
  if (!isMap(pair.value)) {
    throw new InputError(`Unexpected value for 'status', expected a mapping of provision IDs to their status, such as ${EXAMPLE}`, keyPlace)
  }
  const entries: StatusEntry[] = []
  for (const item of pair.value.items) {
    const place = placeAt(isScalar(item.key) ? item.key.range?.[0] : undefined)
    const id = isScalar(item.key) ? String(item.key.value) : ''
    if (id.trim() === '') throw new InputError(`Unexpected status key, expected a provision ID such as ${EXAMPLE}`, place)
    if (!isMap(item.value) || item.value.items.length === 0) {
      throw new InputError(`Unexpected status of ${id}, expected {commences: "direction" | "YYYY-MM-DD", lapses: "YYYY-MM-DD"} (one or both)`, place)
    }
    const inForce: InForce = {}
    for (const field of item.value.items) {
      const name = isScalar(field.key) ? String(field.key.value) : ''
      const fieldPlace = placeAt(isScalar(field.key) ? field.key.range?.[0] : undefined)
      if (name !== 'commences' && name !== 'lapses') {
        throw new InputError(`Unknown status key '${name}' for ${id}, expected 'commences' or 'lapses'`, fieldPlace)
      }
      const value = isScalar(field.value) ? field.value.value : undefined
      const valuePlace = placeAt(isScalar(field.value) ? field.value.range?.[0] : field.key && isScalar(field.key) ? field.key.range?.[0] : undefined)
      if (typeof value !== 'string') {
        throw new InputError(`Unexpected ${JSON.stringify(value ?? null)} for '${name}' of ${id}, expected a quoted date such as "2027-03-31"${name === 'commences' ? ' or "direction"' : ''}`, valuePlace)
      }
      if (!(name === 'commences' && value === 'direction')) {
        const problem = dateProblem(value)
        if (problem) throw new InputError(`Unexpected date '${value}' for '${name}' of ${id}, ${problem}${name === 'commences' ? ' or "direction"' : ''}`, valuePlace)
      }
      inForce[name] = value
    }
    entries.push({id, inForce: canonicalInForce(inForce), place})
  }
  return entries
}

/** The status with its keys in canonical order (commences, then lapses). */
export function canonicalInForce(inForce: InForce): InForce {
  const out: InForce = {}
  if (inForce.commences !== undefined) out.commences = inForce.commences
  if (inForce.lapses !== undefined) out.lapses = inForce.lapses
  return out
}
