import {documentId} from '../model/ids.js'
import type {SectionIndex} from '../parse/index-section.js'
import {redlineText} from '../redline/redline-text.js'
import {wholeRuns} from '../redline/run.js'
import type {CrossHeadingChange} from './types.js'

/**
 * Cross-heading and part-title changes between two versions of a section. A cross-heading is
 * known by the first clause under it: the same first clause with other words is a changed
 * heading; a first clause under a heading on one side only is an added or deleted heading.
 * Part titles are known by their part number; the document's own title (`# Section G: Security`)
 * changed is a `document-title` change, listed first, then its document version (`document-version`).
 */
export function headingChanges(before: SectionIndex | undefined, after: SectionIndex | undefined): CrossHeadingChange[] {
  const index = after ?? before
  // The document's ID as a user types it (`G`, `AB`, `Sch11`), never a Schedule's bare number.
  const section = index ? documentId(index) : ''
  const documentKind = index?.kind === 'appendix' || index?.kind === 'schedule' ? index.kind : undefined
  const out: CrossHeadingChange[] = []
  if (before && after && before.title !== after.title) out.push(change('changed', 'document-title', {section, documentKind}, null, null, before.title, after.title))
  // An Appendix's or Schedule's own document version ("V5.3"): given, changed or taken away.
  const [oldVersion, newVersion] = [before?.documentVersion ?? null, after?.documentVersion ?? null]
  if (before && after && oldVersion !== newVersion) out.push(change(oldVersion === null ? 'added' : newVersion === null ? 'deleted' : 'changed', 'document-version', {section, documentKind}, null, null, oldVersion, newVersion))
  const oldParts = new Map((before?.parts ?? []).map((part) => [part.id, part]))
  for (const part of after?.parts ?? []) {
    const old = oldParts.get(part.id)
    if (old && (old.title ?? '') !== (part.title ?? '')) {
      out.push(change('changed', 'part-title', {section, documentKind}, part.id, null, old.title, part.title))
    }
  }
  const oldHeadings = new Map((before?.headings ?? []).filter((h) => h.firstClause !== null).map((h) => [h.firstClause, h]))
  const newHeadings = new Map((after?.headings ?? []).filter((h) => h.firstClause !== null).map((h) => [h.firstClause, h]))
  for (const heading of after?.headings ?? []) {
    if (heading.firstClause === null) continue
    const old = oldHeadings.get(heading.firstClause)
    if (!old) out.push(change('added', 'cross-heading', {section, documentKind}, heading.part, heading.firstClause, null, heading.text))
    else if (old.text !== heading.text) out.push(change('changed', 'cross-heading', {section, documentKind}, heading.part, heading.firstClause, old.text, heading.text))
  }
  for (const heading of before?.headings ?? []) {
    if (heading.firstClause !== null && !newHeadings.has(heading.firstClause)) {
      out.push(change('deleted', 'cross-heading', {section, documentKind}, heading.part, heading.firstClause, heading.text, null))
    }
  }
  return out
}

function change(
  kind: CrossHeadingChange['kind'],
  level: CrossHeadingChange['level'],
  document: {section: string; documentKind: CrossHeadingChange['documentKind']},
  part: string | null,
  firstClause: string | null,
  before: string | null,
  after: string | null
): CrossHeadingChange {
  const runs = before === null ? wholeRuns(after ?? '', 'insert') : after === null ? wholeRuns(before, 'delete') : redlineText(before, after)
  return {kind, level, section: document.section, ...(document.documentKind ? {documentKind: document.documentKind} : {}), part, firstClause, before, after, runs}
}
