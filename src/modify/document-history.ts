import type {Corpus} from '../corpus/corpus.js'
import {clauseChangesBetween, type ClauseChangeEntry} from './clause-changes.js'
import {documentName, type DocumentName} from '../model/ids.js'
import type {Clause, Section, Version} from '../model/types.js'
import {clausesOf} from '../model/walk.js'
import {redlineText} from '../redline/redline-text.js'
import type {HistoryEntry, RecordRef} from './history-types.js'
import {loadListedModifications} from './load-modification.js'
import {changesDocument, touchesText} from './record-touches.js'

function documentIn(version: Version, document: DocumentName): Section | undefined {
  return version.sections.find((s) => (s.kind ?? 'section') === document.kind && s.letter === document.letter)
}

/** Whether any stored version holds the document (`G`, `AB`, `Sch11`). */
export function isStoredDocument(corpus: Corpus, document: DocumentName): boolean {
  return corpus.versionIds().some((versionId) => documentIn(corpus.version(versionId), document) !== undefined)
}

/**
 * Every version in which a whole document changed, oldest first: inserted or deleted, retitled,
 * its document version changed, or clauses in it inserted, amended or deleted (listed by ID), with
 * the change records responsible. The text of an entry is the document's title line
 * (`Section G: Security`, with ` (V1.1)` for an Appendix's document version).
 */
export function documentHistory(corpus: Corpus, document: DocumentName): HistoryEntry[] {
  const name = documentName(document)
  const entries: HistoryEntry[] = []
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    const now = documentIn(version, document)
    const baseId = version.manifest.base
    if (baseId === null || !corpus.has(baseId)) {
      if (now) entries.push({version: versionId, base: baseId, change: 'first', records: [], before: '', after: lineOf(now), runs: redlineText('', lineOf(now))})
      continue
    }
    const then = documentIn(corpus.version(baseId), document)
    if (!then && !now) continue
    const before = then ? lineOf(then) : ''
    const after = now ? lineOf(now) : ''
    const clauses = clauseChanges(then, now)
    const retitled = then !== undefined && now !== undefined && then.title !== now.title
    if (then && now && before === after && clauses.length === 0) continue
    const records = loadListedModifications(corpus, version.manifest)
      .filter((modification) => changesDocument(modification, name) || clauses.some((clause) => touchesText(modification, clause.id)))
      .map((modification): RecordRef => ({id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}))
    const change: HistoryEntry['change'] = !then ? 'inserted' : !now ? 'deleted' : retitled && clauses.length === 0 && (then.documentVersion ?? null) === (now.documentVersion ?? null) ? 'retitled' : 'amended'
    entries.push({
      version: versionId,
      base: baseId,
      change,
      records,
      ...(retitled ? {title: {before: then.title, after: now.title, runs: redlineText(then.title, now.title)}} : {}),
      ...(then && now && (then.documentVersion ?? null) !== (now.documentVersion ?? null) ? {documentVersion: versionChange(then.documentVersion ?? null, now.documentVersion ?? null)} : {}),
      ...(clauses.length > 0 ? {clauses} : {}),
      before,
      after,
      runs: redlineText(before, after)
    })
  }
  return entries
}

/** A document version given, changed or taken away, redlined. */
function versionChange(before: string | null, after: string | null): NonNullable<HistoryEntry['documentVersion']> {
  return {before, after, runs: redlineText(before ?? '', after ?? '')}
}

/** `Section G: Security`; `Appendix AB: Title (V1.1)` where the Appendix has a document version. */
function lineOf(section: Section): string {
  return `${documentName(section)}: ${section.title}${section.documentVersion === undefined ? '' : ` (${section.documentVersion})`}`
}

/** The clauses of a document inserted, amended or deleted between two versions, in the new version's order (deleted ones after). */
function clauseChanges(then: Section | undefined, now: Section | undefined): ClauseChangeEntry[] {
  const byId = (section: Section | undefined): Map<string, Clause> => new Map(clausesOf(section ? [section] : []).map((clause) => [clause.id, clause] as const))
  return clauseChangesBetween(byId(then), byId(now))
}
