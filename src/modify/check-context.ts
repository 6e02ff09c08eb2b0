import {didYouMean, InputError} from '../diagnostics/errors.js'
import {documentName} from '../model/ids.js'
import type {Clause, Group, Provision, Section, Version} from '../model/types.js'
import {clausesOf} from '../model/walk.js'
import {commonEnds, tokenize} from '../redline/tokenize.js'
import type {ClauseChange, HeadingChange, Modification, PartChange, SectionChange} from './modification-types.js'
import {provisions} from './parse-legal-text.js'
import {rowToText, sameTable} from '../model/table-text.js'
import type {Table} from '../model/types.js'

/**
 * Proves a modification was drafted against this text: every clause it amends or deletes, with
 * every mark rejected, equals the base clause; every clause it inserts is absent from the base;
 * every cross-heading it changes is the base's heading of those clauses. Throws an InputError at
 * the first place where the legal text and the base differ.
 */
export function checkContext(base: Version, modification: Modification): void {
  for (const change of modification.sections) {
    const found = base.sections.find((s) => sameChangeDocument(s, change))
    if (change.document === 'inserted' && found) {
      throw new InputError(`Unexpected insertion of ${documentName(change)}, expected a new document: version ${base.id} already has it`, change.clauses[0]?.place ?? {file: modification.legalTextFile, start: {line: 1, column: 1}}, 'context')
    }
    const section = change.document === 'inserted' ? emptyDocument(change, base.id) : found
    if (!section && change.kind !== undefined && change.kind !== 'section') {
      throw new InputError(
        `Unknown ${documentName(change)} in version ${base.id}, expected a document the version holds, or the whole document marked inserted ({++# ${documentName(change)}: ${change.title}++})`,
        change.clauses[0]?.place ?? {file: modification.legalTextFile, start: {line: 1, column: 1}},
        'context'
      )
    }
    if (section && change.documentVersion && change.document === undefined && (section.documentVersion ?? null) !== change.documentVersion.before) {
      throw new InputError(`Context mismatch in the document version of ${documentName(change)} with marks rejected: "${change.documentVersion.before ?? ''}", expected "${section.documentVersion ?? ''}" as in version ${base.id}`, change.documentVersion.place, 'context')
    }
    if (section && change.retitle && section.title !== change.retitle.before) {
      throw new InputError(`Context mismatch in the title of ${documentName(change)} with marks rejected: "${change.retitle.before}", expected "${section.title}" as in version ${base.id}`, change.retitle.place, 'context')
    }
    if (!section) {
      throw new InputError(
        `Unknown ${documentName(change)} in version ${base.id}, expected one of the documents it holds (${base.sections.map((s) => documentName(s)).join(', ')})`,
        change.clauses[0]?.place ?? {file: modification.legalTextFile, start: {line: 1, column: 1}}
      )
    }
    for (const clause of change.clauses) checkClause(base, section, clause, modification.meta.id)
    for (const heading of change.headings) {
      if (heading.before !== null) groupOfHeading(base, section, change, heading)
    }
    for (const part of change.parts) checkPart(base, section, change, part)
  }
}

/**
 * A part heading with marks rejected must be the base's (an inserted part must be new), and a
 * deleted part must take all its clauses with it: a clause never stands outside its part.
 */
function checkPart(base: Version, section: Section, change: SectionChange, part: PartChange): void {
  const existing = section.parts.find((p) => p.id === part.id)
  if (part.kind === 'inserted') {
    if (existing) throw new InputError(`Unexpected insertion of part ${part.id}, expected a new part number: version ${base.id} already has part ${part.id}`, part.place, 'context')
    return
  }
  if (!existing) {
    const known = section.parts.flatMap((p) => (p.id === null ? [] : [p.id]))
    throw new InputError(`Unknown part ${part.id} in version ${base.id}, expected a part of ${documentName(section)}${didYouMean(part.id, known)} (or mark the whole part heading inserted: {++## ${part.id} …++})`, part.place, 'context')
  }
  if (existing.title !== part.before) {
    throw new InputError(`Context mismatch in the heading of part ${part.id} with marks rejected: "${part.before ?? ''}", expected "${existing.title ?? ''}" as in version ${base.id}`, part.place, 'context')
  }
  if (part.kind !== 'deleted') return
  const kept = existing.groups.flatMap((g) => g.clauses).find((clause) => change.clauses.find((c) => c.id === clause.id)?.kind !== 'deleted')
  if (kept) {
    throw new InputError(`Unexpected deletion of part ${part.id} that keeps ${kept.id}, expected every clause of the part deleted with it ({--**${kept.id}** …--})`, part.place)
  }
}

/**
 * The group of `section` whose cross-heading a heading change names: the one holding the clauses
 * written under the heading (cross-headings repeat from part to part, so the text alone is not
 * enough), with the heading's text (marks rejected). Throws an InputError when there is none, or
 * when a changed heading's text stands over several groups and no existing clause under it chooses.
 */
export function groupOfHeading(base: Version, section: Section, change: SectionChange, heading: HeadingChange): Group {
  const groups = section.parts.flatMap((part) => part.groups)
  const existing = heading.clauses.filter((id) => change.clauses.find((c) => c.id === id)?.kind !== 'inserted')
  const candidates = groups.filter((g) => g.heading === heading.before && existing.every((id) => g.clauses.some((c) => c.id === id)))
  const [group] = candidates
  if (!group) {
    const actual = groups.find((g) => existing.some((id) => g.clauses.some((c) => c.id === id)))
    throw new InputError(
      `Unexpected cross-heading "${heading.before ?? ''}" with marks rejected, expected the heading of version ${base.id}${actual ? `: "${actual.heading ?? '(none)'}"` : ''}`,
      heading.place,
      'context'
    )
  }
  // Context that stays the same (a heading written above inserted clauses) need not say which group it is.
  if (candidates.length > 1 && heading.before !== heading.after) {
    throw new InputError(
      `Ambiguous cross-heading "${heading.before ?? ''}": it stands over ${candidates.length} groups of ${documentName(section)} in version ${base.id}, expected at least one of its existing clauses written under it`,
      heading.place,
      'context'
    )
  }
  return group
}

function checkClause(base: Version, section: Section, change: ClauseChange, id: string): void {
  const existing = clausesOf([section]).find((clause) => clause.id === change.id)
  if (change.kind === 'inserted') {
    if (existing) throw new InputError(`Unexpected insertion of ${change.id}, expected a new clause number: version ${base.id} already has ${change.id}`, change.place, 'context')
    return
  }
  if (!existing) {
    const known = clausesOf([section]).map((clause) => clause.id)
    throw new InputError(`Unknown clause ${change.id} in version ${base.id}, expected a clause of that version${didYouMean(change.id, known)} (or mark the whole clause inserted: {++**${change.id}** …++})`, change.place, 'context')
  }
  const difference = firstDifference(change.before as Clause, existing)
  if (difference) throw new InputError(difference.reason, difference.place ?? change.place, 'context')

  function firstDifference(drafted: Clause, actual: Clause): {reason: string; place?: Provision['place']} | undefined {
    const mine = provisions(drafted)
    const theirs = provisions(actual)
    for (let index = 0; index < Math.max(mine.length, theirs.length); index++) {
      const m = mine[index]
      const t = theirs[index]
      if (!m || !t || m.id !== t.id) {
        return {
          reason: `Context mismatch in ${change.id} with marks rejected: ${m ? `the modification has ${m.id}` : 'the modification ends'} where version ${base.id} has ${t ? t.id : 'nothing more'}, expected the sub-paragraphs of ${base.id}`,
          place: m?.place
        }
      }
      if (!sameTable(m.table, t.table)) {
        return {reason: `Context mismatch in the table of ${m.id} with marks rejected: ${tableDifference(m.table, t.table, base.id)}; expected the unchanged table to be ${base.id}'s (mark a row inserted or deleted with {++| … |++} or {--| … |--}, a cell's words with word marks)`, place: m.table?.place ?? m.place}
      }
      const between = (p: Provision): string => (p.kind === 'sub-paragraph' ? p.textBefore ?? '' : '')
      if (between(m) !== between(t)) {
        return {reason: `Context mismatch in the text before ${m.id} (between two lists) with marks rejected: ${where(between(m), between(t), base.id)}; ${whatToDo(between(m), between(t), base.id, id)}`, place: m.place}
      }
      for (const field of ['text', 'tail'] as const) {
        if (m[field] !== t[field]) {
          return {reason: `Context mismatch in ${m.id}${field === 'tail' ? ' (closing text)' : ''} with marks rejected: ${where(m[field], t[field], base.id)}; ${whatToDo(m[field], t[field], base.id, id)}`, place: pointAtDifference(change, m.place, m[field], t[field])}
        }
      }
    }
    return undefined
  }
}

/** The place of the first differing word in the legal-text source, found near the provision's place. */
function pointAtDifference(change: ClauseChange, place: Provision['place'], drafted: string, actual: string): Provision['place'] {
  if (!place) return place
  const line = change.source.split('\n')[place.start.line - change.place.start.line]
  const a = tokenize(drafted)
  const b = tokenize(actual)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  const lead = a.slice(Math.max(0, start - 4), start).join('')
  const at = line === undefined || lead === '' ? -1 : line.indexOf(lead, place.start.column - 1)
  if (at < 0) return place
  return {...place, start: {line: place.start.line, column: at + lead.length + 1}}
}

/** Shows where two wordings part, word-wise, with a little context. */
export function where(drafted: string, actual: string, version: string): string {
  const a = tokenize(drafted)
  const b = tokenize(actual)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  const lead = a.slice(Math.max(0, start - 6), start).join('')
  const mine = a.slice(start, start + 6).join('')
  const theirs = b.slice(start, start + 6).join('')
  return `after "${lead}" the modification has "${mine}…", expected "${theirs}…" as in version ${version} (word ${start + 1})`
}

/**
 * The ways out of a context mismatch: the unchanged text must be the base's, an intended edit
 * must be marked (the words themselves shown as a substitution), or the record re-drafted.
 */
export function whatToDo(drafted: string, actual: string, version: string, id: string): string {
  const a = tokenize(drafted)
  const b = tokenize(actual)
  const {start, endA, endB} = commonEnds(a, b)
  const old = b.slice(start, Math.min(endB, start + 6)).join('').trim()
  const now = a.slice(start, Math.min(endA, start + 6)).join('').trim()
  const mark = old === '' ? `{++${now}++}` : now === '' ? `{--${old}--}` : `{~~${old}~>${now}~~}`
  return `expected the unchanged text to be ${version}'s: make it match ${version}, or mark the change (${mark}) if it is intended, or, if it was drafted against another version's text, set base: in its modification.md to that version and rebase it (redline rebase ${id} --onto ${version})`
}

/** Whether a section of a version is the document a change names (kind and designation: Appendix A is not Section A). */
export function sameChangeDocument(section: Section, change: Pick<SectionChange, 'kind' | 'letter'>): boolean {
  return (section.kind ?? 'section') === (change.kind ?? 'section') && section.letter === change.letter
}

/** The empty document a record's whole new Appendix or Schedule is built into. */
export function emptyDocument(change: SectionChange, version: string): Section {
  const section: Section = {letter: change.letter, title: change.title, version, parts: []}
  if (change.kind !== undefined && change.kind !== 'section') section.kind = change.kind
  return section
}

/** Where a legal text's table (marks rejected) and the base's part: the missing table, the header, or the first row that differs. */
function tableDifference(mine: Table | undefined, theirs: Table | undefined, version: string): string {
  if (!mine) return `the modification has no table where version ${version} has ${theirs?.id ?? 'one'}`
  if (!theirs) return `the modification has a table where version ${version} has none`
  const line = (cells: readonly string[]): string => `"${rowToText(cells)}"`
  if (!sameTable({...mine, rows: []}, {...theirs, rows: []})) return `the header reads ${line(mine.header)} where version ${version} has ${line(theirs.header)}`
  for (let index = 0; index < Math.max(mine.rows.length, theirs.rows.length); index++) {
    const m = mine.rows[index]
    const t = theirs.rows[index]
    if (!m || !t || !sameTable({...mine, rows: [m]}, {...mine, rows: [t]})) {
      return `row ${index + 1} reads ${m ? line(m.cells) : 'nothing'} where version ${version} has ${t ? line(t.cells) : 'nothing'}`
    }
  }
  return 'the tables differ'
}
