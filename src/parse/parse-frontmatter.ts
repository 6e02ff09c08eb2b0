import {createRequire} from 'node:module'
import {InputError} from '../diagnostics/errors.js'
import {parseYamlText} from './parse-yaml-text.js'
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
 *
 * The canonical records this tool writes (manifests, frontmatter) are read by a strict line scan;
 * anything else, and every error, goes to the `yaml` package, loaded only then.
 */
export function parseYamlRecord(text: string, file: string, firstLine = 1): YamlRecord {
  return readCanonicalRecord(text, file, firstLine) ?? readYamlRecord(text, file, firstLine)
}

/** A key and a double-quoted one-line string with nothing to unescape: `version: "6.21"`. */
const QUOTED = /^([a-z][a-z0-9_-]*): "([^"\\\u0000-\u001f\u007f]*)"$/
/** A key with null, an empty list, or nothing (a block list follows): `base: null`, `changes:`. */
const BARE = /^([a-z][a-z0-9_-]*):(?: (null|\[\]))?$/
/** An item of a block list of such strings: `  - "MP087"`. */
const ITEM = /^ {2}- "([^"\\\u0000-\u001f\u007f]*)"$/
/** A key of a block mapping of such strings: `  raised: "2019-10-04"`. */
const NESTED = /^ {2}([a-z][a-z0-9_-]*): "([^"\\\u0000-\u001f\u007f]*)"$/
/** A quoted key of a block mapping whose value is a flow mapping of such strings: `  "X2.4(b)": {lapses: "2027-03-31"}`. */
const FLOW_ENTRY = /^ {2}"([^"\\\u0000-\u001f\u007f]+)": \{(.+)\}$/
/** One pair of such a flow mapping, then the separator or the end. */
const FLOW_PAIR = /([a-z][a-z0-9_-]*): "([^"\\\u0000-\u001f\u007f]*)"(, |$)/y

/**
 * Reads the canonical subset of YAML: one key per line, each with a double-quoted string holding no
 * escapes, `null`, `[]`, or a block list or block mapping (two-space indent) of such strings, or a
 * block mapping of quoted keys to one-line flow mappings of such strings (a document's `status:`
 * map). In that subset a quoted value is exactly the characters between its quotes, so no YAML
 * parser is needed. Answers undefined for anything else.
 */
export function readCanonicalRecord(text: string, file: string, firstLine = 1): YamlRecord | undefined {
  const values: Record<string, unknown> = {}
  const places: Record<string, Place> = {}
  // The block under the last bare key (`changes:`, `dates:`): a list or a mapping, by its first line.
  let list: string[] | undefined
  let mapping: Record<string, string | Record<string, string>> | undefined
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  for (const [index, line] of lines.entries()) {
    const item = ITEM.exec(line)
    if (item) {
      if (!list || mapping) return undefined
      list.push(item[1] ?? '')
      continue
    }
    const nested = NESTED.exec(line)
    const flow = nested ? null : FLOW_ENTRY.exec(line)
    if (nested || flow) {
      const key = (nested ?? flow)?.[1] ?? ''
      const value = nested ? nested[2] ?? '' : readFlowMapping(flow?.[2] ?? '')
      if (!list || list.length > 0 || value === undefined) return undefined
      if (!mapping) {
        // The bare key's block is a mapping, not a list.
        mapping = {}
        for (const [name, item] of Object.entries(values)) if (item === list) values[name] = mapping
      }
      if (key in mapping || key === '__proto__') return undefined
      mapping[key] = value
      continue
    }
    const pair = QUOTED.exec(line) ?? BARE.exec(line)
    const key = pair?.[1]
    if (!pair || key === undefined || key in values || key === '__proto__') return undefined
    if (list?.length === 0 && !mapping) return undefined
    list = undefined
    mapping = undefined
    places[key] = {file, start: {line: firstLine + index, column: 1}}
    if (pair[0].endsWith('"')) values[key] = pair[2] ?? ''
    else if (pair[2] === 'null') values[key] = null
    else if (pair[2] === '[]') values[key] = []
    else values[key] = list = []
  }
  if ((list?.length === 0 && !mapping) || Object.keys(values).length === 0) return undefined
  return {values, places, place: {file, start: {line: firstLine, column: 1}}}
}

/** The pairs of a one-line flow mapping of quoted strings (`commences: "direction", lapses: "2027-03-31"`); undefined for anything else. */
function readFlowMapping(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  FLOW_PAIR.lastIndex = 0
  while (FLOW_PAIR.lastIndex < text.length) {
    const pair = FLOW_PAIR.exec(text)
    const key = pair?.[1]
    if (!pair || key === undefined || key in out || key === '__proto__' || (pair[3] === ', ' && FLOW_PAIR.lastIndex === text.length)) return undefined
    out[key] = pair[2] ?? ''
  }
  return out
}

const require = createRequire(import.meta.url)

function readYamlRecord(text: string, file: string, firstLine: number): YamlRecord {
  const {isMap, isScalar} = require('yaml') as typeof import('yaml')
  const {document, lineCounter} = parseYamlText(text)
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
