import {InputError} from '../diagnostics/errors.js'
import {dateProblem} from '../model/dates.js'
import {idProblem} from '../model/ids.js'
import {optionalString, parseYamlRecord, rejectUnknownKeys, requireString} from '../parse/parse-frontmatter.js'
import {KINDS, STATUSES, type ModificationKind, type ModificationMeta, type ModificationStatus} from './modification-types.js'

export const META_KEYS = ['id', 'title', 'kind', 'base', 'target', 'status', 'route', 'proposer', 'representative', 'dates', 'author', 'classification', 'paper', 'legal-text-version'] as const

/** Parses `modification.md`: YAML frontmatter between `---` lines, then the markdown body. */
export function parseModificationMeta(source: string, file: string, expectedId?: string): ModificationMeta {
  const lines = source.split(/\r?\n/)
  const start = {file, start: {line: 1, column: 1}}
  if (lines[0]?.trim() !== '---') throw new InputError("Unexpected start of modification.md, expected YAML frontmatter opened by '---' (id, title, kind, base, status, author)", start)
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
  if (close < 0) throw new InputError("Unclosed frontmatter, expected a closing '---' line", start)
  const record = parseYamlRecord(lines.slice(1, close).join('\n'), file, 2)
  rejectUnknownKeys(record, META_KEYS)
  const id = requireString(record, 'id', 'MP087')
  const idError = idProblem(id)
  if (idError !== undefined) throw new InputError(`Unexpected id '${id}', ${idError}`, record.places.id)
  if (expectedId && id !== expectedId) throw new InputError(`Unexpected id '${id}', expected '${expectedId}' to match the folder name`, record.places.id)
  const kind = requireString(record, 'kind', 'modification')
  if (!(KINDS as readonly string[]).includes(kind)) throw new InputError(`Unexpected kind '${kind}', expected one of ${KINDS.join(', ')}`, record.places.kind)
  const status = requireString(record, 'status', 'proposed')
  if (!(STATUSES as readonly string[]).includes(status)) throw new InputError(`Unexpected status '${status}', expected one of ${STATUSES.join(', ')}`, record.places.status)
  const base = requireString(record, 'base', '"6.17"')
  const baseError = idProblem(base)
  if (baseError !== undefined) throw new InputError(`Unexpected base '${base}', ${baseError}`, record.places.base)
  const dates = readMapping(record.values.dates ?? {}, 'dates', record.places.dates ?? record.place)
  for (const [key, value] of Object.entries(dates)) {
    const problem = dateProblem(value)
    if (problem !== undefined) throw new InputError(`Unexpected date '${value}' for dates.${key}, ${problem} (quote it: "2019-10-11")`, nestedPlace(lines, record.places.dates, key))
  }
  const authorPlace = record.places.author ?? record.place
  const author = readMapping(record.values.author, 'author', authorPlace)
  if (author.date !== undefined && Object.keys(author).length === 2 && author.name && dateProblem(author.date) !== undefined) {
    throw new InputError(`Unexpected date '${author.date}' for author.date, ${dateProblem(author.date) ?? ''}`, nestedPlace(lines, authorPlace, 'date'))
  }
  if (!author.name || !author.date || Object.keys(author).length !== 2) {
    throw new InputError('Unexpected author, expected {name: "SECAS", date: "2019-10-04"}: who marked the tracked changes, and when', authorPlace)
  }
  const meta: ModificationMeta = {
    id,
    title: requireString(record, 'title', '"Correction to SEC Section G – User Responsibilities"'),
    kind: kind as ModificationKind,
    base,
    status: status as ModificationStatus,
    dates,
    author: {name: author.name, date: author.date},
    body: lines.slice(close + 1).join('\n').replace(/^\n+/, '').replace(/\s+$/, '')
  }
  basePlaces.set(meta, record.places.base ?? record.place)
  const optional = {target: '"November 2019 SEC Release"', route: 'Fast-Track', proposer: '"Security Sub-Committee"', representative: '"Gordon Hextall"', classification: 'White'} as const
  for (const [key, example] of Object.entries(optional) as Array<[keyof typeof optional, string]>) {
    const value = optionalString(record, key, example)
    if (value !== undefined) meta[key] = value
  }
  const paper = optionalString(record, 'paper', '"SECP_73_1110_16"')
  if (paper !== undefined) meta.paper = paper
  const legalTextVersion = optionalString(record, 'legal-text-version', '"0.1"')
  if (legalTextVersion !== undefined) meta.legalTextVersion = legalTextVersion
  return meta
}

function readMapping(value: unknown, key: string, place: import('../model/types.js').Place): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`Unexpected value for '${key}', expected a mapping of names to quoted strings`, place)
  }
  const out: Record<string, string> = {}
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (typeof item !== 'string') throw new InputError(`Unexpected ${JSON.stringify(item)} for ${key}.${name}, expected a quoted string`, place)
    out[name] = item
  }
  return out
}

/** The place of `key:` in the block mapping under the key at `parent` (a line of `lines`, 1-based), or `parent`. */
function nestedPlace(lines: readonly string[], parent: import('../model/types.js').Place | undefined, key: string): import('../model/types.js').Place | undefined {
  if (!parent) return parent
  for (let index = parent.start.line; index < lines.length && /^\s/.test(lines[index] ?? ''); index++) {
    const match = /^(\s+)([^:\s]+):/.exec(lines[index] ?? '')
    if (match?.[2] === key) return {file: parent.file, start: {line: index + 1, column: (match[1] ?? '').length + 1}}
  }
  return parent
}

const basePlaces = new WeakMap<ModificationMeta, import('../model/types.js').Place>()

/** The place of a modification's `base:` line, for messages about the version it names. */
export function metaBasePlace(meta: ModificationMeta, file: string): import('../model/types.js').Place {
  return basePlaces.get(meta) ?? {file, start: {line: 1, column: 1}}
}
