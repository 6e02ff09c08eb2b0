import {InputError} from '../diagnostics/errors.js'
import type {Section} from '../model/types.js'
import {inForceFlow} from '../serialize/serialize-status.js'
import {statusChanges} from './status-changes.js'

/**
 * A change record carries text, not a provision's in-force status (a status changes by a direction,
 * written into the version's frontmatter): an edited `status:` entry is refused, never dropped.
 */
export function refuseStatusChanges(base: readonly Section[], edited: readonly Section[]): void {
  for (const section of edited) {
    const [first] = statusChanges(base.find((s) => s.letter === section.letter), section)
    if (!first) continue
    const place = first.place ?? (section.file ? {file: section.file, start: {line: 1, column: 1}} : undefined)
    throw new InputError(
      `Unexpected change of the status of ${first.id} (${inForceFlow(first.before) ?? 'in force'} to ${inForceFlow(first.after) ?? 'in force'}), expected the 'status:' entries of the base version: a change record carries text only; a status changes in the version's frontmatter`,
      place
    )
  }
}
