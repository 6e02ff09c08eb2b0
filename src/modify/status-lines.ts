import {InputError} from '../diagnostics/errors.js'
import type {InForce, Place} from '../model/types.js'
import {readStatusMap} from '../parse/parse-status.js'
import {inForceFlow} from '../serialize/serialize-status.js'

/** A change of a provision's in-force status written in a change record. */
export interface StatusLineChange {
  id: string
  /** The status before (null: in force) and after (null: in force). */
  before: InForce | null
  after: InForce | null
  place: Place
}

/** A status line of a legal text: `Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}`. */
export const STATUS_LINE_START = /^Status of /

const LINE = /^Status of (\S+): (.*)$/
const SUBSTITUTION = /^\{~~(.*)~>(.*)~~\}$/
const INSERTION = /^\{\+\+(.*)\+\+\}$/
const DELETION = /^\{--(.*)--\}$/
const EXPECTED = `'Status of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}' (a changed status), '{++{commences: "direction"}++}' (a provision no longer in force from now) or '{--{lapses: "2027-03-31"}--}' (its status removed: in force)`

/** Reads one status line of a legal text. */
export function parseStatusLine(line: string, place: Place): StatusLineChange {
  const match = LINE.exec(line.trimEnd())
  if (!match) throw new InputError(`Unexpected status line '${line}', expected ${EXPECTED}`, place)
  const [, id = '', value = ''] = match
  const substitution = SUBSTITUTION.exec(value)
  const insertion = INSERTION.exec(value)
  const deletion = DELETION.exec(value)
  if (!substitution && !insertion && !deletion) throw new InputError(`Unexpected status of ${id} without a mark, expected ${EXPECTED}`, place)
  // Where each written status starts in the line (0-based), so that a message points into it.
  const valueStart = 'Status of '.length + id.length + 2
  const read = (flow: string | undefined, at: number): InForce => {
    const key = `  ${JSON.stringify(id)}: `
    const entries = readStatusMap(`status:\n${key}${flow ?? ''}\n`, place.file, place.start.line - 1, at - key.length + place.start.column - 1)
    const entry = entries[0]
    if (!entry) throw new InputError(`Unexpected status '${flow ?? ''}' of ${id}, expected ${EXPECTED}`, place)
    return entry.inForce
  }
  const before = substitution ? read(substitution[1], valueStart + 3) : deletion ? read(deletion[1], valueStart + 3) : null
  const after = substitution ? read(substitution[2], valueStart + 3 + (substitution[1] ?? '').length + 2) : insertion ? read(insertion[1], valueStart + 3) : null
  return {id, before, after, place}
}

/** Writes a status change as a legal-text line; undefined when nothing changed. */
export function writeStatusLine(id: string, before: InForce | undefined | null, after: InForce | undefined | null): string | undefined {
  const was = inForceFlow(before ?? undefined)
  const now = inForceFlow(after ?? undefined)
  if (was === now) return undefined
  const value = was && now ? `{~~${was}~>${now}~~}` : now ? `{++${now}++}` : `{--${was ?? ''}--}`
  return `Status of ${id}: ${value}`
}
