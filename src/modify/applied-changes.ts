import {documentName} from '../model/ids.js'
import type {InForce, Version} from '../model/types.js'
import {redlineSections} from '../redline/redline-sections.js'
import {acceptRuns, hasChanges} from '../redline/run.js'
import {sectionStatusChanges} from '../redline/status-changed.js'

/** What applying a record's legal text or an instructions file changed, read from the two versions themselves. */
export interface AppliedChanges {
  /** Appendices and Schedules inserted or deleted whole. */
  documents: Array<{document: string; change: 'inserted' | 'deleted'}>
  titles: Array<{document: string; title: string}>
  /** A document version as it stands afterwards (null: none). */
  documentVersions: Array<{document: string; documentVersion: string | null}>
  parts: Array<{id: string; change: 'inserted' | 'deleted' | 'changed'; title: string | null; present: boolean}>
  clauses: Array<{id: string; change: 'inserted' | 'amended' | 'deleted'}>
  statuses: Array<{id: string; inForce: InForce | null}>
}

/** Every document, title, document version, part, clause and status that differs between `base` and `applied`, in document order. */
export function appliedChanges(base: Version, applied: Version): AppliedChanges {
  const out: AppliedChanges = {documents: [], titles: [], documentVersions: [], parts: [], clauses: [], statuses: []}
  for (const section of redlineSections(base.sections, applied.sections).sections) {
    const document = documentName(section)
    const whole = (section.kind ?? 'section') !== 'section' && (section.status === 'inserted' || section.status === 'deleted') ? section.status : undefined
    if (whole) out.documents.push({document, change: whole})
    if (whole !== 'deleted') {
      if (!whole && hasChanges(section.title)) out.titles.push({document, title: acceptRuns(section.title)})
      if (section.documentVersion && hasChanges(section.documentVersion)) out.documentVersions.push({document, documentVersion: acceptRuns(section.documentVersion) || null})
    }
    // A document deleted whole goes with everything in it: it alone is listed.
    if (whole === 'deleted') continue
    for (const part of section.parts ?? []) {
      out.parts.push({id: part.id, change: part.status, title: part.status === 'deleted' ? null : part.after, present: part.status !== 'deleted'})
    }
    for (const clause of section.clauses) if (clause.status !== 'unchanged') out.clauses.push({id: clause.id, change: clause.status === 'changed' ? 'amended' : clause.status})
    for (const status of sectionStatusChanges(section)) out.statuses.push({id: status.id, inForce: status.after ?? null})
  }
  return out
}
