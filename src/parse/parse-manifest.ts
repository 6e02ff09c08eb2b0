import {InputError} from '../diagnostics/errors.js'
import {dateProblem} from '../model/dates.js'
import {idProblem, isGoodId} from '../model/ids.js'
import type {Manifest} from '../model/types.js'
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
  return manifest
}
