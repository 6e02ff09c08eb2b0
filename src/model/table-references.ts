/**
 * The grammar of citations of tables: "the table in Section F2.11" (the table of a provision),
 * "the table in Section 2.11 of Appendix AB", "the table in paragraph 3 of Schedule 11", and,
 * inside an Appendix or Schedule, "the table in Section 2.11" (its own Section 2.11); and numbered
 * tables, "Table 2" (the second table of the citing document, in document order) and "Table 2 of
 * Appendix AB" or "Table 2 in Schedule 11" (of another document). Defined once here: the rules
 * that read citations find them in text, and `redline show "Table 2 of Appendix AB"` reads the
 * same words as a reference a user types.
 */
import {APPENDIX_LETTER_SOURCE, documentPrefix, LABEL_IN_TEXT_SOURCE, LOCAL_NUMBER_SOURCE, PROVISION_ID_SOURCE, SCHEDULE_NUMBER_SOURCE, type DocumentName} from './ids.js'
import type {Clause, Located, Section, SubParagraph} from './types.js'

/** A citation of a table: of a provision (`provision`, its ID) or by number in a document. */
export type TableCitation = {kind: 'provision'; provision: string; text: string} | {kind: 'numbered'; document: DocumentName; number: number; text: string}

const LABEL = `(?:\\((?:${LABEL_IN_TEXT_SOURCE})\\))`
const DOCUMENT = String.raw`(?:Appendix (${APPENDIX_LETTER_SOURCE})|Schedule (${SCHEDULE_NUMBER_SOURCE}))(?![\w:])`
/** "the table in Section F2.11", "the table in Section 2.11 of Appendix AB", "the table in paragraph 3" (inside a Schedule or Appendix). */
const PROVISION_TABLE = new RegExp(String.raw`\b[Tt]he table in (?:Section|paragraph) (?:(${PROVISION_ID_SOURCE})(?!\w|\.\w|\()|(${LOCAL_NUMBER_SOURCE}${LABEL}*)(?!\w|\.\w|\()(?: of ${DOCUMENT})?)`, 'g')
/** "Table 2", "Table 2 of Appendix AB", "Table 2 in Schedule 11". */
const NUMBERED_TABLE_SOURCE = String.raw`Table ([1-9]\d*)(?!\w|\.\w)(?: (?:of|in) ${DOCUMENT})?`
const NUMBERED_TABLE = new RegExp(String.raw`\b${NUMBERED_TABLE_SOURCE}`, 'g')
/** The pattern of a numbered table cited in running text ("Table 2", "Table 2 of Appendix AB"), to build other patterns from. */
export const CITED_TABLE_SOURCE = NUMBERED_TABLE_SOURCE.replace(/\((?!\?)/g, '(?:')

/** The same words as a whole reference a user types. */
const NUMBERED_TABLE_REFERENCE = new RegExp(`^${NUMBERED_TABLE_SOURCE}$`)

/** The document an Appendix letter or a Schedule number of the grammar names. */
function namedDocument(appendix: string | undefined, schedule: string | undefined): DocumentName | undefined {
  return appendix !== undefined ? {kind: 'appendix', letter: appendix} : schedule !== undefined ? {kind: 'schedule', letter: schedule} : undefined
}

/**
 * A numbered table as a user names it: "Table 2 of Appendix AB", "Table 2 in Schedule 11", or
 * "Table 2" (its document given otherwise: `document` absent); undefined for any other text.
 */
export function parseNumberedTable(text: string): {number: number; document?: DocumentName} | undefined {
  const match = NUMBERED_TABLE_REFERENCE.exec(text.trim())
  if (!match) return undefined
  const document = namedDocument(match[2], match[3])
  return document ? {number: Number(match[1]), document} : {number: Number(match[1])}
}

/** The IDs of a document's provisions that hold a table, in document order: Table 1, Table 2, … of the document. */
export function numberedTables(document: Section): string[] {
  const out: string[] = []
  const visit = (provision: Clause | SubParagraph): void => {
    if (provision.table) out.push(provision.id)
    provision.items.forEach(visit)
  }
  for (const part of document.parts) for (const group of part.groups) group.clauses.forEach(visit)
  return out
}

/** Whether a text may cite a table: a cheap test before the grammar runs. */
export function mayCiteTable(text: string): boolean {
  return text.includes('able')
}

/** The tables a text cites, in order. `located` is the citing provision: inside an Appendix, "Section 2.11" and "Table 2" are its own. */
export function* citedTables(text: string, located: Located): Generator<TableCitation> {
  // Both grammars need "table in " or "Table ": most texts with "able" in them (reasonable, applicable) have neither.
  if (!mayCiteTable(text) || (!text.includes('table in ') && !text.includes('Table '))) return
  const own: DocumentName = {kind: located.section.kind ?? 'section', letter: located.section.letter}
  const named = namedDocument
  for (const match of text.matchAll(PROVISION_TABLE)) {
    const [whole, sectionId, local, appendix, schedule] = match
    if (sectionId !== undefined) {
      yield {kind: 'provision', provision: sectionId, text: whole}
      continue
    }
    const document = named(appendix, schedule) ?? (own.kind === 'section' ? undefined : own)
    if (document && local !== undefined) yield {kind: 'provision', provision: `${documentPrefix(document)}${local}`, text: whole}
  }
  for (const match of text.matchAll(NUMBERED_TABLE)) {
    const [whole, number, appendix, schedule] = match
    yield {kind: 'numbered', document: named(appendix, schedule) ?? own, number: Number(number), text: whole}
  }
}
