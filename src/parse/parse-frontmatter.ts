import {isMap, isScalar, parseDocument, LineCounter} from 'yaml'
import {InputError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'

/** A YAML mapping read with the place of each key, so that errors can point at the key. */
export interface YamlRecord {
  values: Record<string, unknown>
  /** Place of each top-level key. */
  places: Record<string, Place>
  /** Place of the whole document. */
  place: Place
}

/**
 * Parses YAML text that must hold a mapping. `firstLine` is the 1-based line of the YAML's first
 * line in `file` (2 for frontmatter), so every place points into the real file.
 */
export function parseYamlRecord(text: string, file: string, firstLine = 1): YamlRecord {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const placeAt = (offset: number): Place => {
    const {line, col} = lineCounter.linePos(offset)
    return {file, start: {line: line + firstLine - 1, column: col}}
  }
  const error = document.errors[0]
  if (error) {
    throw new InputError(`Malformed YAML: ${error.message.split('\n')[0] ?? ''}`, placeAt(error.pos[0]))
  }
  const place: Place = {file, start: {line: firstLine, column: 1}}
  if (!isMap(document.contents)) {
    throw new InputError('Unexpected YAML value, expected a mapping of keys to values', place)
  }
  const values: Record<string, unknown> = {}
  const places: Record<string, Place> = {}
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const keyOffset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0
    places[key] = placeAt(keyOffset)
    values[key] = isScalar(pair.value) || pair.value === null ? (pair.value?.toJSON() ?? null) : pair.value.toJSON()
  }
  return {values, places, place}
}

/** Reads a required string field, with a message naming the key and the expected form. */
export function requireString(record: YamlRecord, key: string, example: string): string {
  const value = record.values[key]
  if (typeof value === 'string' && value.trim() !== '') return value
  const place = record.places[key] ?? record.place
  if (value === undefined) throw new InputError(`Missing key '${key}', expected for example ${example}`, place)
  throw new InputError(
    `Unexpected ${typeof value === 'number' ? `number ${String(value)}` : JSON.stringify(value)} for '${key}', expected a string such as ${example} (quote numbers: version: "6.20")`,
    place
  )
}

/** Reads an optional string field. */
export function optionalString(record: YamlRecord, key: string, example: string): string | undefined {
  return record.values[key] === undefined || record.values[key] === null ? undefined : requireString(record, key, example)
}

/** Fails on keys other than the known ones, naming the first unknown key. */
export function rejectUnknownKeys(record: YamlRecord, known: readonly string[]): void {
  for (const key of Object.keys(record.values)) {
    if (!known.includes(key)) {
      throw new InputError(`Unknown key '${key}', expected one of ${known.map((k) => `'${k}'`).join(', ')}`, record.places[key])
    }
  }
}
