import {InputError} from '../diagnostics/errors.js'
import {documentPrefix, LOCAL_PART, PART_ID} from '../model/ids.js'
import {redlineText} from '../redline/redline-text.js'
import {wholeRuns} from '../redline/run.js'
import type {PartChange, SectionChange} from './modification-types.js'
import {parseCriticMarkup, type SourceOrigin} from './parse-critic-markup.js'
import {readHeadingText} from './read-heading-text.js'
import {resolveViews, type View} from './resolve-views.js'

/**
 * Reads a part heading line of a legal text (`## G3 Title`), marks and all: a retitle marks words
 * of the title (`## G3 {~~Old~>New~~}`), a new part is a block mark `{++## G4 Title++}`, a deleted
 * one `{--## G4 Title--}`. The part number itself never changes. A part written twice in one
 * section (a `##` line also ends the cross-heading above it) must read the same both times; the
 * first {@link PartChange} is returned for both, so the clauses under each are recorded on it.
 */
export function parsePartHeading(line: string, origin: SourceOrigin, section: SectionChange): PartChange {
  const place = {file: origin.file, start: {line: origin.line, column: 1}}
  const views = resolveViews(line, parseCriticMarkup(line, origin))
  const read = (view: View, reading: string): {id: string; title: string | null} | undefined => {
    if (view.text === '') return undefined
    const match = /^##[ \t]+(.*)$/.exec(view.text)
    const text = readHeadingText(match?.[1] ?? '', {file: origin.file, start: {line: origin.line, column: 4}})
    const [, written = '', title = ''] = /^(\S+)(?:\s+(.*))?$/.exec(text) ?? []
    const prefix = documentPrefix(section)
    if (prefix !== '') {
      // An Appendix or Schedule numbers its own parts: `## 2 Title` is part `AB:2`.
      if (!LOCAL_PART.test(written)) throw new InputError(`Unexpected part heading '${view.text}' with marks ${reading}, expected '## <number> <title>' such as '## 2 Processing' (only the title may carry marks)`, place)
      return {id: `${prefix}${written}`, title: title === '' ? null : title}
    }
    const id = written
    const number = PART_ID.exec(id)
    if (!number || number[1] !== section.letter) {
      throw new InputError(`Unexpected part heading '${view.text}' with marks ${reading}, expected '## ${section.letter}<number> <title>' such as '## ${section.letter}3 User Obligations' (only the title may carry marks)`, place)
    }
    return {id, title: title === '' ? null : title}
  }
  const before = read(views.reject, 'rejected')
  const after = read(views.accept, 'accepted')
  if (!before && !after) throw new InputError('Unexpected part heading that is empty with marks accepted and with marks rejected, expected a part heading in at least one reading', place)
  if (before && after && before.id !== after.id) {
    throw new InputError(
      `Unexpected part number ${after.id} with marks accepted but ${before.id} with marks rejected, expected one number (a renumbered part is one part deleted and another inserted)`,
      place
    )
  }
  const id = (after ?? before)?.id ?? ''
  const kind = !before ? 'inserted' : !after ? 'deleted' : before.title !== after.title ? 'retitled' : 'unchanged'
  const runs = kind === 'inserted' ? wholeRuns(after?.title ?? '', 'insert') : kind === 'deleted' ? wholeRuns(before?.title ?? '', 'delete') : redlineText(before?.title ?? '', after?.title ?? '')
  const change: PartChange = {id, kind, before: before?.title ?? null, after: after?.title ?? null, runs, clauses: [], place}
  const first = section.parts.find((p) => p.id === id)
  if (!first) {
    section.parts.push(change)
    return change
  }
  if (first.kind !== change.kind || first.before !== change.before || first.after !== change.after) {
    throw new InputError(
      `Unexpected part heading ${id} that reads otherwise than where it is first written (${first.place.file}:${first.place.start.line}:${first.place.start.column}), expected the same heading and marks each time`,
      place
    )
  }
  return first
}
