import {InputError, RedlineError} from '../diagnostics/errors.js'
import {APPENDIX_LETTER_SOURCE, documentPrefix, SCHEDULE_NUMBER_SOURCE} from '../model/ids.js'
import type {Clause, Place, Provision} from '../model/types.js'
import {moveParagraphPlaces} from '../model/paragraph-places.js'
import {checkClauseStructure} from '../parse/check-structure.js'
import {parseClause} from '../parse/parse-clause.js'
import {readHeadingText} from './read-heading-text.js'
import {redlineText} from '../redline/redline-text.js'
import {redlineParagraphText} from '../redline/paragraph-redline.js'
import type {ClauseChange, FieldChange, HeadingChange, PartChange, SectionChange} from './modification-types.js'
import {parsePartHeading} from './parse-part-heading.js'
import {drafterRuns} from './drafter-runs.js'
import {hasMarks, parseCriticMarkup, type MarkupSegment, type SourceOrigin} from './parse-critic-markup.js'
import {resolveViews, viewPlace, type View} from './resolve-views.js'
import {parseStatusLine, STATUS_LINE_START} from './status-lines.js'
import {readRetitledDocument} from './parse-document-title.js'

const TITLE = /^# Section ([A-Z]): (.+?)\s*$/
/** The title of an Appendix or Schedule, whole or inside one block mark (a whole document inserted or deleted). */
const DOCUMENT_TITLE = /^(\{\+\+|\{--)?# (Appendix|Schedule) ([A-Z0-9]+): (.+?)\s*(\+\+\}|--\})?$/
/** An Appendix's document version line: `Document version: {~~V1.0~>V1.1~~}`. */
const DOCUMENT_VERSION = /^(?:\{\+\+|\{--)?Document version: /
const OPENER = /^[ \t]*\{(?:\+\+|--|~~)/

/**
 * Parses a modification's legal text (`legal-text.md`): one `# Section G: Security` title per
 * section changed (its title marked where the record retitles it, see `parse-document-title.ts`), optional `### cross-heading` lines, and the amended clauses in the corpus format
 * with CriticMarkup. Each clause chunk is read twice, with every mark accepted and with every mark
 * rejected; both readings must be well-formed clauses.
 */
export function parseLegalText(source: string, file: string): SectionChange[] {
  const lines = source.split(/\r?\n/)
  const sections: SectionChange[] = []
  let section: SectionChange | undefined
  let heading: HeadingChange | undefined
  let part: PartChange | undefined
  let chunk: {line: number; lines: string[]} | undefined
  const seen = new Map<string, Place>()
  const endChunk = (): void => {
    if (!chunk || !section) return
    while (chunk.lines.length > 0 && chunk.lines[chunk.lines.length - 1]?.trim() === '') chunk.lines.pop()
    const change = parseClauseChunk(chunk.lines.join('\n'), {file, line: chunk.line, column: 1}, heading, documentPrefix(section))
    const first = seen.get(change.id)
    if (first) {
      throw new InputError(
        `Duplicate clause ${change.id} in one modification, expected each clause once (first at ${first.file}:${first.start.line}:${first.start.column}); put every change to a clause in one place`,
        change.place
      )
    }
    seen.set(change.id, change.place)
    if (part && !change.id.startsWith(`${part.id}.`)) {
      throw new InputError(`Unexpected clause ${change.id} under part ${part.id}, expected a clause numbered ${part.id}.<n> (write its own part heading above it)`, change.place)
    }
    section.clauses.push(change)
    heading?.clauses.push(change.id)
    part?.clauses.push(change.id)
    chunk = undefined
  }
  lines.forEach((line, index) => {
    const lineNumber = index + 1
    const place: Place = {file, start: {line: lineNumber, column: 1}}
    const bare = line.replace(OPENER, '')
    if (/^#{1,6}[ \t]/.test(bare)) {
      endChunk()
      const depth = /^#+/.exec(bare)?.[0].length ?? 0
      const document = depth === 1 ? (readRetitledDocument(line, {file, line: lineNumber, column: 1}) ?? readDocumentTitle(line, place)) : undefined
      if (document) {
        section = document
        sections.push(section)
        heading = undefined
        part = undefined
      } else if (depth === 1) {
        const title = TITLE.exec(line)
        if (!title) throw new InputError(`Unexpected section title '${line}', expected '# Section G: Security' (a retitle marks the title alone: '# Section G: {~~Security~>New title~~}')`, place)
        section = {letter: title[1] ?? '', title: readTitleText(title[2] ?? '', place), headings: [], parts: [], clauses: []}
        sections.push(section)
        heading = undefined
        part = undefined
      } else if (!section) {
        throw new InputError(`Unexpected heading before any section title, expected '# Section G: Security' first`, place)
      } else if (depth === 2) {
        part = parsePartHeading(line, {file, line: lineNumber, column: 1}, section)
        heading = undefined
      } else if (depth === 3) {
        heading = parseHeading(line, {file, line: lineNumber, column: 1})
        section.headings.push(heading)
      } else {
        throw new InputError(`Unexpected heading of level ${depth}, expected '#' (section title), '##' (part) or '###' (cross-heading)`, place)
      }
    } else if (section && !chunk && DOCUMENT_VERSION.test(line)) {
      section.documentVersion = readDocumentVersion(line, {file, line: lineNumber, column: 1})
    } else if (bare.startsWith('**')) {
      endChunk()
      if (!section) throw new InputError(`Unexpected clause before any section title, expected '# Section G: Security' first`, place)
      chunk = {line: lineNumber, lines: [line]}
    } else if (STATUS_LINE_START.test(line) && section && !chunk && section.parts.length === 0 && section.headings.length === 0 && section.clauses.length === 0) {
      const status = parseStatusLine(line, place)
      section.statuses ??= []
      if (section.statuses.some((s) => s.id === status.id)) throw new InputError(`Duplicate status of ${status.id} in one modification, expected one 'Status of' line per provision`, place)
      section.statuses.push(status)
    } else if (chunk) {
      chunk.lines.push(line)
    } else if (line.trim() !== '') {
      const marked = hasMarks(parseCriticMarkup(line, {file, line: lineNumber, column: 1}))
      throw new InputError(
        marked
          ? 'Unexpected marks outside any clause, expected every mark inside a clause (after its **number**) or in a ### cross-heading'
          : 'Unexpected text outside a clause, expected a heading or a clause starting with its number in bold (**G3.20**)',
        {file, start: {line: lineNumber, column: 1 + (line.length - line.trimStart().length)}}
      )
    }
  })
  endChunk()
  if (sections.length === 0) throw new InputError("Missing section title, expected '# Section G: Security' followed by the amended clauses", {file, start: {line: 1, column: 1}})
  return sections
}

function parseHeading(line: string, origin: SourceOrigin): HeadingChange {
  const segments = parseCriticMarkup(line, origin)
  const views = resolveViews(line, segments)
  const read = (view: View): string | null => {
    const match = /^###[ \t]+(.*)$/.exec(view.text)
    if (!match) return null
    const text = readHeadingText(match[1] ?? '', {file: origin.file, start: {line: origin.line, column: 5}})
    return text === '' ? null : text
  }
  const before = read(views.reject)
  const after = read(views.accept)
  return {before, after, runs: redlineText(before ?? '', after ?? ''), clauses: [], place: {file: origin.file, start: {line: origin.line, column: 1}}}
}

/** Reads one clause chunk, marks and all, into a {@link ClauseChange}. */
export function parseClauseChunk(source: string, origin: SourceOrigin, heading?: HeadingChange, prefix = ''): ClauseChange {
  const segments = parseCriticMarkup(source, origin)
  const views = resolveViews(source, segments)
  const place: Place = {file: origin.file, start: {line: origin.line, column: origin.column}}
  const before = readView(views.reject, source, origin, 'rejected', prefix)
  const after = readView(views.accept, source, origin, 'accepted', prefix)
  if (!before && !after) throw new InputError('Unexpected clause that is empty with marks accepted and with marks rejected, expected a clause in at least one reading', place)
  if (before && after && before.id !== after.id) {
    throw new InputError(
      `Unexpected clause number ${after.id} with marks accepted but ${before.id} with marks rejected, expected one number (renumber by deleting one clause and inserting the other)`,
      place
    )
  }
  const id = (after ?? before)?.id ?? ''
  const kind = !before ? 'inserted' : !after ? 'deleted' : hasMarks(segments) ? 'amended' : 'unchanged'
  const beforeIds = new Set(before ? provisions(before).map((p) => p.id) : [])
  const afterIds = new Set(after ? provisions(after).map((p) => p.id) : [])
  const change: ClauseChange = {
    id,
    kind,
    fields: fieldChanges(before, after, source, segments),
    insertedProvisions: [...afterIds].filter((p) => !beforeIds.has(p)),
    deletedProvisions: [...beforeIds].filter((p) => !afterIds.has(p)),
    place,
    source
  }
  if (before) change.before = before
  if (after) change.after = after
  if (heading?.after) change.heading = heading.after
  if (heading?.after && heading.before === null) change.headingInserted = true
  return change
}

function readView(view: View, source: string, origin: SourceOrigin, reading: string, prefix = ''): Clause | undefined {
  if (view.text === '') return undefined
  if (!view.text.startsWith('**')) {
    throw new InputError(
      `Unexpected text before the clause number with marks ${reading}, expected the clause to start with its number in bold (**G3.20**)`,
      viewPlace(view, source, origin, 1, 1)
    )
  }
  try {
    const clause = parseClause(view.text, {file: origin.file, line: 1, prefix})
    const letter = clause.id.charAt(0)
    checkClauseStructure(clause, /^[A-Z]$/.test(letter) ? letter : 'G', origin.file, prefix)
    for (const provision of provisions(clause)) {
      // Its paragraphs' places too (a tail's, a later paragraph's of its lead-in), so a finding in them points at its line of the file.
      moveParagraphPlaces(provision, (place) => viewPlace(view, source, origin, place.start.line, place.start.column))
      if (provision.place) provision.place = viewPlace(view, source, origin, provision.place.start.line, provision.place.start.column)
    }
    return clause
  } catch (error) {
    if (!(error instanceof RedlineError)) throw error
    const message = error.messages[0]
    throw new InputError(
      `${message?.reason ?? error.message} (with marks ${reading})`,
      viewPlace(view, source, origin, message?.line ?? 1, message?.column ?? 1)
    )
  }
}

/** The clause and all its sub-paragraphs, in document order. */
export function provisions(clause: Provision): Provision[] {
  return [clause, ...clause.items.flatMap((item) => provisions(item))]
}

function fieldChanges(before: Clause | undefined, after: Clause | undefined, source: string, segments: MarkupSegment[]): FieldChange[] {
  const beforeMap = new Map((before ? provisions(before) : []).map((p) => [p.id, p]))
  const afterMap = new Map((after ? provisions(after) : []).map((p) => [p.id, p]))
  const ids = [...new Set([...(after ? provisions(after) : []), ...(before ? provisions(before) : [])].map((p) => p.id))]
  return ids.flatMap((provisionId) =>
    (['text', 'tail', 'textBefore'] as const).flatMap((field): FieldChange[] => {
      const read = (provision: Provision | undefined): string => (provision === undefined ? '' : field === 'textBefore' ? (provision.kind === 'sub-paragraph' ? provision.textBefore ?? '' : '') : provision[field])
      const old = read(beforeMap.get(provisionId))
      const next = read(afterMap.get(provisionId))
      if (old === '' && next === '') return []
      const both = beforeMap.has(provisionId) && afterMap.has(provisionId)
      const line = field === 'tail' ? 'tail' : provisionId.includes('(') ? 'item' : 'clause'
      // A field of several paragraphs (or the text between two lists) is redlined paragraph by paragraph, as the annex shows it.
      const several = field === 'textBefore' || old.includes('\n') || next.includes('\n')
      const marked = both && old !== next && !several ? drafterRuns(source, segments, line, old, next) : undefined
      return [{provisionId, field, runs: marked ?? (several ? redlineParagraphText(old, next, field === 'text') : redlineText(old, next))}]
    })
  )
}

/**
 * Reads `# Appendix AB: Title` or `# Schedule 11: Title` (a whole document inserted or deleted:
 * inside one block mark); undefined for any other title line (a Section's is read by the caller).
 */
function readDocumentTitle(line: string, place: Place): SectionChange | undefined {
  const match = DOCUMENT_TITLE.exec(line)
  if (!match) return undefined
  const [, open, word = '', letter = '', title = '', close] = match
  const kind = word === 'Appendix' ? 'appendix' : 'schedule'
  const designation = new RegExp(`^${kind === 'appendix' ? APPENDIX_LETTER_SOURCE : SCHEDULE_NUMBER_SOURCE}$`)
  if (!designation.test(letter)) {
    throw new InputError(`Unexpected ${word} '${letter}' in '${line}', expected ${kind === 'appendix' ? 'a designation A to Z or AA to AZ (# Appendix AB: Title)' : 'a Schedule number (# Schedule 11: Title)'}`, place)
  }
  if ((open === undefined) !== (close === undefined) || (open !== undefined && open.slice(1) !== (close ?? '').slice(0, 2))) {
    throw new InputError(`Unexpected marks in the title '${line}', expected the whole title line inside one mark ({++# ${word} ${letter}: Title++} for a new document) or none`, place)
  }
  const change: SectionChange = {letter, title: readTitleText(title, place), kind, headings: [], parts: [], clauses: []}
  if (open === '{++') change.document = 'inserted'
  if (open === '{--') change.document = 'deleted'
  return change
}

/**
 * A document's title as a title line without marks writes it: heading text whose `{`, `}` and `~>`
 * are escaped against CriticMarkup (`\{`, `\}`, `\~>`) and whose markdown characters are escaped
 * as a section file's heading, each escape resolved.
 */
function readTitleText(markdown: string, place: Place): string {
  return readHeadingText(markdown, {file: place.file, start: {line: place.start.line, column: 1}})
}

/** Reads `Document version: V1.1`, with marks: `{~~V1.0~>V1.1~~}`, or the whole line in a block mark for a new or deleted document. */
function readDocumentVersion(line: string, origin: SourceOrigin): {before: string | null; after: string | null; place: Place} {
  const views = resolveViews(line, parseCriticMarkup(line, origin))
  const read = (view: View): string | null => {
    if (view.text === '') return null
    const match = /^Document version: (\S+)$/.exec(view.text)
    if (!match) throw new InputError(`Unexpected document version line '${line}', expected 'Document version: V1.1' (marks only around the version)`, {file: origin.file, start: {line: origin.line, column: 1}})
    return match[1] ?? ''
  }
  return {before: read(views.reject), after: read(views.accept), place: {file: origin.file, start: {line: origin.line, column: 1}}}
}
