import {InputError} from '../diagnostics/errors.js'
import {dateProblem} from '../model/dates.js'
import {idProblem, isGoodId} from '../model/ids.js'
import type {Manifest, Place} from '../model/types.js'
import {optionalString, parseYamlRecord, rejectUnknownKeys, requireString} from './parse-frontmatter.js'

export const MANIFEST_KEYS = ['version', 'base', 'changes', 'release', 'effective', 'source', 'excerpt'] as const

/** Parses `sec-text/<version>/manifest.yaml`. */
export function parseManifest(source: string, file: string, expectedVersion?: string): Manifest {
  const record = parseYamlRecord(source, file)
  rejectUnknownKeys(record, MANIFEST_KEYS)
  const version = requireString(record, 'version', '"6.17"')
  if (expectedVersion && version !== expectedVersion) {
    throw new InputError(`Unexpected version '${version}', expected '${expectedVersion}' to match the folder name`, record.places.version)
  }
  const base = optionalString(record, 'base', '"6.16"') ?? null
  for (const [key, value] of [['version', version], ['base', base]] as const) {
    const problem = value === null ? undefined : idProblem(value)
    if (problem !== undefined) throw new InputError(`Unexpected ${key} '${value ?? ''}', ${problem}`, record.places[key])
  }
  const changes = record.values.changes ?? []
  if (!Array.isArray(changes) || !changes.every((c): c is string => typeof c === 'string' && isGoodId(c))) {
    throw new InputError("Unexpected value for 'changes', expected a list of change record IDs such as [MP087]", record.places.changes)
  }
  const effective = optionalString(record, 'effective', '"2019-11-29"')
  const dateError = effective === undefined ? undefined : dateProblem(effective)
  if (dateError !== undefined) throw new InputError(`Unexpected effective date '${effective ?? ''}', ${dateError}`, record.places.effective)
  const manifest: Manifest = {version, base, changes, source: requireString(record, 'source', '"SEC 6.17 as published by SECCo"')}
  const release = optionalString(record, 'release', '"November 2019 SEC Release"')
  if (release !== undefined) manifest.release = release
  if (effective !== undefined) manifest.effective = effective
  const excerpt = optionalString(record, 'excerpt', '"Section G3.17 to G3.21 only"')
  if (excerpt !== undefined) manifest.excerpt = excerpt
  places.set(manifest, {file, source, keys: record.places})
  return manifest
}

const places = new WeakMap<Manifest, {file: string; source: string; keys: Record<string, Place>}>()

/**
 * Where a manifest says something, for messages about what it refers to: the line of its `base`,
 * or of one of its `changes` (the line naming that record). Falls back to the manifest's first line.
 */
export function manifestPlace(manifest: Manifest, key: 'version' | 'base' | 'changes', item?: string): Place {
  const known = places.get(manifest)
  const fallback: Place = {file: known?.file ?? `sec-text/${manifest.version}/manifest.yaml`, start: {line: 1, column: 1}}
  if (!known) return fallback
  const place = known.keys[key] ?? fallback
  if (item === undefined) return place
  const lines = known.source.split('\n')
  for (let index = place.start.line - 1; index < lines.length; index++) {
    const column = (lines[index] ?? '').indexOf(item)
    if (column >= 0 && (index > place.start.line - 1 || column > key.length)) return {file: place.file, start: {line: index + 1, column: column + 1}}
  }
  return place
}
