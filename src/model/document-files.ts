import {compareDocuments, type DocumentName} from './ids.js'

/**
 * The file names of a version's documents, defined once: `section-g.md` (Section G),
 * `appendix-ab.md` (Appendix AB), `schedule-11.md` (Schedule 11).
 */
export const DOCUMENT_FILE = /^(?:section-([a-z])|appendix-(a?[a-z])|schedule-([1-9]\d*))\.md$/

/** Whether a file name starts like a document file (so that a misnamed one is an error, not ignored). */
export function looksLikeDocumentFile(name: string): boolean {
  return name.endsWith('.md') && /^(?:section|appendix|schedule)-/.test(name)
}

/** The document a file name names, or undefined when it is no document file name. */
export function documentOfFile(name: string): DocumentName | undefined {
  const match = DOCUMENT_FILE.exec(name)
  if (!match) return undefined
  if (match[1] !== undefined) return {kind: 'section', letter: match[1].toUpperCase()}
  if (match[2] !== undefined) return {kind: 'appendix', letter: match[2].toUpperCase()}
  return {kind: 'schedule', letter: match[3] ?? ''}
}

/** The file name of a document: `section-g.md`, `appendix-ab.md`, `schedule-11.md`. */
export function documentFileName(document: {kind?: DocumentName['kind']; letter: string}): string {
  return `${document.kind ?? 'section'}-${document.letter.toLowerCase()}.md`
}

/** What a document file name must look like, for messages. */
export const DOCUMENT_FILE_EXPECTED = 'section-<letter>.md, appendix-<letters>.md or schedule-<number>.md (section-g.md, appendix-ab.md, schedule-11.md)'

/** Sorts file names of documents in the code's order: Sections, Schedules, Appendices. */
export function compareDocumentFiles(a: string, b: string): number {
  const da = documentOfFile(a)
  const db = documentOfFile(b)
  return da && db ? compareDocuments(da, db) : a < b ? -1 : a > b ? 1 : 0
}
