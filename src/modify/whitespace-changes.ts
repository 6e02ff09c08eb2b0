import type {Place} from '../model/types.js'
import type {Run} from '../redline/run.js'
import {isWhitespaceOnly, nameWhitespace} from '../redline/whitespace-runs.js'
import type {Modification} from './modification-types.js'

/** A change that alters only whitespace: a double space, a non-breaking space pasted from Word. */
export interface WhitespaceChange {
  /** `G3.20(b)`. */
  provision: string
  field: 'text' | 'tail' | 'textBefore'
  /** Where the change is, in the edited file when the provision has a place there. */
  place?: Place
  /** The whitespace before and after, named: `space → 2 spaces`, `space → no-break space`. */
  description: string
}

/** Whether every change of the runs is whitespace only, so that accepting it changes no word. */
export function changesOnlyWhitespace(runs: readonly Run[]): boolean {
  const changed = runs.filter((run) => run.type !== 'equal')
  if (changed.length === 0) return false
  const squash = (text: string): string => text.replace(/\s+/gu, ' ')
  const before = runs.filter((run) => run.type !== 'insert').map((run) => run.text).join('')
  const after = runs.filter((run) => run.type !== 'delete').map((run) => run.text).join('')
  return squash(before) === squash(after) || changed.every(isWhitespaceOnly)
}

/**
 * The fields of a modification whose change is whitespace only. `located` maps a provision to
 * its text in the drafter's file and its place there, so the column points at the change.
 */
export function findWhitespaceChanges(modification: Modification, located?: (provision: string) => Place | undefined): WhitespaceChange[] {
  const found: WhitespaceChange[] = []
  for (const section of modification.sections) {
    for (const clause of section.clauses) {
      if (clause.kind !== 'amended') continue
      for (const field of clause.fields) {
        if (!changesOnlyWhitespace(field.runs)) continue
        let offset = 0
        let before = ''
        let after = ''
        let first = -1
        for (const run of field.runs) {
          if (run.type !== 'equal' && first < 0) first = offset
          if (run.type !== 'insert') before += run.type === 'delete' ? run.text : ''
          if (run.type !== 'delete') after += run.type === 'insert' ? run.text : ''
          if (run.type !== 'delete') offset += run.text.length
        }
        const at = located?.(field.provisionId)
        const change: WhitespaceChange = {provision: field.provisionId, field: field.field, description: `${nameWhitespace(before)} → ${nameWhitespace(after)}`}
        if (at) change.place = {...at, start: {line: at.start.line, column: at.start.column + Math.max(first, 0)}}
        found.push(change)
      }
    }
  }
  return found
}

/**
 * Where each provision's lead-in text starts in the file it was read from (`source`): the
 * provision's place, moved to the first characters of its text on that line.
 */
export function textPlaces(sections: readonly import('../model/types.js').Section[], source: string): (provision: string) => Place | undefined {
  const lines = source.split('\n')
  const places = new Map<string, Place>()
  const visit = (provision: import('../model/types.js').Provision): void => {
    const place = provision.place
    if (place) {
      const line = lines[place.start.line - 1] ?? ''
      const lead = provision.text.slice(0, 12)
      const at = lead === '' ? -1 : line.indexOf(lead, place.start.column - 1)
      places.set(provision.id, at < 0 ? place : {...place, start: {line: place.start.line, column: at + 1}})
    }
    for (const item of provision.items) visit(item)
  }
  for (const section of sections) for (const part of section.parts) for (const group of part.groups) for (const clause of group.clauses) visit(clause)
  return (provision) => places.get(provision)
}
