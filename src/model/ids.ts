import type {LabelScheme} from './types.js'

/** Characters allowed in version and modification IDs. */
export const SAFE_ID = /^[A-Za-z0-9._-]+$/

/** The longest version or change record ID: it names a folder, which every file system must hold. */
export const MAX_ID_LENGTH = 64

/** Names Windows reserves for devices, whatever the extension: a folder `CON` or `nul.txt` cannot be checked out there. */
const RESERVED_NAME = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i

/**
 * The one rule for version and change record IDs (they name folders): letters, digits, `.`, `_`
 * and `-`, not `.` or `..`, not ending in `.`, at most 64 characters, not a reserved device name.
 * Answers what is wrong, or undefined for a good ID.
 */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'expected a non-empty ID'
  if (!SAFE_ID.test(id) || id === '.' || id === '..') return "expected only letters, digits, '.', '_' and '-' (no path characters)"
  if (id.length > MAX_ID_LENGTH) return `expected at most ${MAX_ID_LENGTH} characters (it has ${id.length})`
  if (id.endsWith('.')) return "expected no '.' at the end (Windows drops it from folder names)"
  if (RESERVED_NAME.test(id)) return 'expected a name that is not a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9)'
  return undefined
}

/** Whether `id` follows the ID rule (see `idProblem`). */
export function isGoodId(id: string): boolean {
  return idProblem(id) === undefined
}

/*
 * The provision-ID grammar, defined once: every pattern in the code that reads a clause number,
 * a label or a provision ID is built from these sources.
 *
 *   clause number   G3.20, G3.20A     section letter, part number, ".", clause number, optional inserted letter
 *   part            G3, N4A
 *   label           (b), (ii), (A), (3) the scheme of each depth: (a)…(z), (aa)…; (i), (ii)…; (A)…; (1)…
 *   provision ID    G3.20(b)(ii)      a clause number followed by the labels of its sub-paragraphs
 *   definition      A1.1[Anomaly Detection Threshold], A1.1[Anomaly Detection Threshold](b)(ii)
 *                                     a clause number, the defined term in square brackets, then labels
 */

/** The pattern of a section letter. */
export const SECTION_LETTER_SOURCE = '[A-Z]'

/** The pattern of a part ID (`G3`, `N4A`). */
export const PART_ID_SOURCE = `${SECTION_LETTER_SOURCE}\\d+[A-Z]?`

/** The pattern of a clause number (`G3.20`, `G3.20A`), to build other patterns from. */
export const CLAUSE_NUMBER_SOURCE = `${PART_ID_SOURCE}\\.\\d+[A-Z]?`

/**
 * The pattern of a sub-paragraph label as the structure holds it, between brackets (`b`, `ii`,
 * `A`, `3`): any letters or digits, so that a label out of its depth's scheme is read and then
 * reported at its place (`check-structure.ts`, the numbering rule), never mistaken for text.
 */
export const LABEL_SOURCE = '[A-Za-z0-9]+'

/**
 * The pattern of a label where it stands in running text ("(b)", "Section G3.18(a) to (c)"): a
 * label of one of the schemes (letters doubled as (aa), roman numerals, capitals, numbers), short
 * enough not to take a bracketed word such as "(where)" for a label.
 */
export const LABEL_IN_TEXT_SOURCE = '[ivxlcdm]{1,7}|[a-z]{1,4}|[A-Z]{1,2}|\\d{1,3}'

/**
 * The pattern of a defined term as an ID holds it (`Anomaly Detection Threshold`): any text
 * without square brackets or a line break, neither starting nor ending with a space.
 */
export const TERM_SOURCE = '[^\\[\\]\\n\\r\\s](?:[^\\[\\]\\n\\r]*[^\\[\\]\\n\\r\\s])?'

/** The pattern of a provision ID (`G3.20(b)(i)`, `A1.1[Term](b)`), to build other patterns from. */
export const PROVISION_ID_SOURCE = `${CLAUSE_NUMBER_SOURCE}(?:\\[${TERM_SOURCE}\\])?(?:\\(${LABEL_SOURCE}\\))*`

/*
 * Appendices and Schedules: documents with their own numbering. An ID names the document by a
 * prefix before a colon, then the number printed in the document:
 *
 *   Appendix AB          AB:2 (part 2), AB:2.11 (clause 2.11), AB:2.11A, AB:2.11(a)
 *   Schedule 11          Sch11:3 (part or paragraph 3), Sch11:3.2(a)
 *
 * The colon keeps `A:2.11` (Appendix A) apart from `A2.11` (Section A). Designations: Appendices
 * A…Z and AA…AZ, Schedules by number.
 */

/** The pattern of an Appendix designation (`A`, `AB`). */
export const APPENDIX_LETTER_SOURCE = 'A?[A-Z]'

/** The pattern of a Schedule number (`11`). */
export const SCHEDULE_NUMBER_SOURCE = '[1-9]\\d*'

/** The pattern of a document prefix: an Appendix designation or `Sch` and a Schedule number, then a colon (`AB:`, `Sch11:`). */
export const DOCUMENT_PREFIX_SOURCE = `(?:${APPENDIX_LETTER_SOURCE}|Sch${SCHEDULE_NUMBER_SOURCE}):`

/** The pattern of a part number inside an Appendix or Schedule (`2`, `4A`). */
export const LOCAL_PART_SOURCE = '\\d+[A-Z]?'

/** The pattern of a clause number as printed inside an Appendix or Schedule: `2.11`, `2.11A`, or `3` where it has no parts. */
export const LOCAL_NUMBER_SOURCE = `${LOCAL_PART_SOURCE}(?:\\.\\d+[A-Z]?)?`

/** The pattern of a clause number of an Appendix or Schedule (`AB:2.11`, `Sch11:3`). */
export const DOCUMENT_CLAUSE_SOURCE = `${DOCUMENT_PREFIX_SOURCE}${LOCAL_NUMBER_SOURCE}`

/** A clause number as printed inside an Appendix or Schedule: `2.11`, `2.11A`, `3`. */
export const LOCAL_NUMBER = new RegExp(`^${LOCAL_NUMBER_SOURCE}$`)

/** A part number as printed inside an Appendix or Schedule: `2`, `4A`. */
export const LOCAL_PART = new RegExp(`^${LOCAL_PART_SOURCE}$`)

/** The kinds of document a version holds, in the order the code's contents list gives them: Sections, then Schedules, then Appendices. */
export type DocumentKind = 'section' | 'schedule' | 'appendix'

const DOCUMENT_ORDER: readonly DocumentKind[] = ['section', 'schedule', 'appendix']

/** A document of a version: its kind and designation (`G`, `11`, `AB`). */
export interface DocumentName {
  kind: DocumentKind
  letter: string
}

/** The prefix of the IDs of a document: '' for a Section, `AB:` for Appendix AB, `Sch11:` for Schedule 11. */
export function documentPrefix(document: {kind?: DocumentKind; letter: string}): string {
  const kind = document.kind ?? 'section'
  return kind === 'section' ? '' : kind === 'appendix' ? `${document.letter}:` : `Sch${document.letter}:`
}

/** The document an ID belongs to: `G3.20` Section G, `AB:2.11` Appendix AB, `Sch11:3` Schedule 11; undefined for no ID. */
export function documentOf(id: string): DocumentName | undefined {
  // The common case first, without a regular expression: a capital letter then a digit (`G3.20`) is a Section's.
  const first = id.charCodeAt(0)
  const second = id.charCodeAt(1)
  if (first >= 65 && first <= 90 && second >= 48 && second <= 57) return {kind: 'section', letter: id.charAt(0)}
  const prefixed = /^(?:Sch([1-9]\d*)|(A?[A-Z])):/.exec(id)
  if (prefixed) return prefixed[1] !== undefined ? {kind: 'schedule', letter: prefixed[1]} : {kind: 'appendix', letter: prefixed[2] ?? ''}
  const letter = /^[A-Z](?=\d)/.exec(id)?.[0]
  return letter === undefined ? undefined : {kind: 'section', letter}
}

/** The whole-document ID a user types for a document (`G`, `AB`, `Sch11`), as `show` takes it. */
export function documentId(document: {kind?: DocumentKind; letter: string}): string {
  return (document.kind ?? 'section') === 'schedule' ? `Sch${document.letter}` : document.letter
}

/** How the code names a document: `Section G`, `Appendix AB`, `Schedule 11`. */
export function documentName(document: {kind?: DocumentKind; letter: string}): string {
  const kind = document.kind ?? 'section'
  return `${kind === 'section' ? 'Section' : kind === 'appendix' ? 'Appendix' : 'Schedule'} ${document.letter}`
}

/** Reads a whole-document reference a user types: `G`, `AB`, `Sch11`, `Appendix AB`, `Schedule 11`, `Section G`; undefined otherwise. */
export function parseDocumentReference(text: string): DocumentName | undefined {
  const named = /^(Section|Appendix|Schedule) (\S+)$/i.exec(text.trim())
  if (named) {
    const word = (named[1] ?? '').toLowerCase()
    const letter = (named[2] ?? '').toUpperCase()
    if (word === 'section' && /^[A-Z]$/.test(letter)) return {kind: 'section', letter}
    if (word === 'appendix' && new RegExp(`^${APPENDIX_LETTER_SOURCE}$`).test(letter)) return {kind: 'appendix', letter}
    if (word === 'schedule' && new RegExp(`^${SCHEDULE_NUMBER_SOURCE}$`).test(letter)) return {kind: 'schedule', letter}
    return undefined
  }
  const schedule = new RegExp(`^Sch(${SCHEDULE_NUMBER_SOURCE}):?$`).exec(text)
  if (schedule) return {kind: 'schedule', letter: schedule[1] ?? ''}
  if (/^[A-Z]$/.test(text)) return {kind: 'section', letter: text}
  if (new RegExp(`^${APPENDIX_LETTER_SOURCE}:?$`).test(text)) return {kind: 'appendix', letter: text.replace(':', '')}
  return undefined
}

/** Orders documents as the code's contents list does: Sections by letter, then Schedules by number, then Appendices (A…Z, then AA…AZ). */
export function compareDocuments(a: {kind?: DocumentKind; letter: string}, b: {kind?: DocumentKind; letter: string}): number {
  const ka = a.kind ?? 'section'
  const kb = b.kind ?? 'section'
  if (ka !== kb) return DOCUMENT_ORDER.indexOf(ka) - DOCUMENT_ORDER.indexOf(kb)
  if (ka === 'schedule') return Number(a.letter) - Number(b.letter)
  return a.letter.length - b.letter.length || (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0)
}

/**
 * What the code prints for a clause or part: `G3.20` → `G3.20`, `AB:2.11` → `2.11`,
 * `Sch11:3(a)` → `3(a)`. Renderers and serializers print this; the ID stays whole elsewhere.
 */
export function printedNumber(id: string): string {
  const prefix = new RegExp(`^${DOCUMENT_PREFIX_SOURCE}`).exec(id)
  return prefix ? id.slice(prefix[0].length) : id
}

/** Orders IDs inside Appendices and Schedules: document, then each number of the printed number, then its inserted letter. */
function compareDocumentIds(a: string, b: string): number {
  const da = documentOf(a)
  const db = documentOf(b)
  if (!da || !db) return a < b ? -1 : a > b ? 1 : 0
  const byDocument = compareDocuments(da, db)
  if (byDocument !== 0) return byDocument
  const sa = printedNumber(a).split('.')
  const sb = printedNumber(b).split('.')
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = /^(\d+)([A-Z]?)/.exec(sa[i] ?? '')
    const y = /^(\d+)([A-Z]?)/.exec(sb[i] ?? '')
    if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0)
    const diff = Number(x[1]) - Number(y[1]) || (x[2] ?? '').localeCompare(y[2] ?? '')
    if (diff !== 0) return diff
  }
  return 0
}


/**
 * A clause number: section letter, part number (with its inserted letter, `4A`), clause number,
 * optional inserted letter (`G3.20`, `G3.20A`, `N4A.1`, `H14.36A`).
 */
export const CLAUSE_NUMBER = /^([A-Z])(\d+[A-Z]?)\.(\d+)([A-Z]?)$/

/**
 * A clause number of an Appendix or Schedule, in its own numbering: the document's prefix, an
 * optional part number (with its inserted letter), the clause number and an optional inserted
 * letter (`AB:2.11` → `AB:`, `2`, `11`; `AB:2.11A`; `Sch11:3` → `Sch11:`, no part, `3`).
 */
export const DOCUMENT_CLAUSE_NUMBER = new RegExp(`^(${DOCUMENT_PREFIX_SOURCE})(?:(${LOCAL_PART_SOURCE})\\.)?(\\d+)([A-Z]?)$`)

/** A part id: section letter, part number, optional inserted letter (`G3`, `N4A`). */
export const PART_ID = new RegExp(`^(${SECTION_LETTER_SOURCE})(\\d+)([A-Z]?)$`)

/** A provision ID: a clause number (of a Section, or of an Appendix or Schedule: `AB:2.11`), an optional defined term, then bracketed labels: `G3.20(b)(i)`, `A1.1[Term](a)`, `AB:2.11(a)`. */
export const PROVISION_ID = new RegExp(`^((?:${CLAUSE_NUMBER_SOURCE})|${DOCUMENT_CLAUSE_SOURCE})(?:\\[(${TERM_SOURCE})\\])?((?:\\(${LABEL_SOURCE}\\))*)$`)

/** The labels of a provision ID or a written reference, one match per `(label)`. */
export const LABELS = new RegExp(`\\((${LABEL_SOURCE})\\)`, 'g')

/** The part ID a clause number belongs to: `G3` for `G3.20A`, `AB:2` for `AB:2.11`; undefined when it is no clause number or stands in no part (`Sch11:3`). */
export function partOf(clauseNumber: string): string | undefined {
  return new RegExp(`^(${PART_ID_SOURCE}|${DOCUMENT_PREFIX_SOURCE}${LOCAL_PART_SOURCE})\\.`).exec(clauseNumber)?.[1]
}

/** Label scheme of each sub-paragraph depth, 1-based: depth 1 is `(a)`. */
export const SCHEMES: readonly LabelScheme[] = ['lower-alpha', 'lower-roman', 'upper-alpha', 'arabic']

export function schemeAt(depth: number): LabelScheme | undefined {
  return SCHEMES[depth - 1]
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
]

function toRoman(n: number): string {
  let out = ''
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits
      n -= value
    }
  }
  return out
}

function toAlpha(index: number): string {
  // a … z, then aa, bb … zz, then aaa …: the doubling the SEC and UK legislation use.
  const letter = String.fromCharCode(97 + (index % 26))
  return letter.repeat(Math.floor(index / 26) + 1)
}

/** The label (without brackets) that the `index`-th (0-based) sub-paragraph of a scheme carries. */
export function labelAt(scheme: LabelScheme, index: number): string {
  switch (scheme) {
    case 'lower-alpha':
      return toAlpha(index)
    case 'upper-alpha':
      return toAlpha(index).toUpperCase()
    case 'lower-roman':
      return toRoman(index + 1)
    case 'arabic':
      return String(index + 1)
  }
}

/**
 * Splits `G3.20(b)(i)` into its clause number and labels, and `A1.1[Term](b)` into its clause
 * number, term and labels; undefined when it is no provision ID.
 */
export function splitProvisionId(id: string): {clause: string; term?: string; labels: string[]} | undefined {
  const match = PROVISION_ID.exec(id)
  if (!match) return undefined
  const labels = [...(match[3] ?? '').matchAll(LABELS)].map((m) => m[1] ?? '')
  return match[2] === undefined ? {clause: match[1] ?? '', labels} : {clause: match[1] ?? '', term: match[2], labels}
}

/**
 * Whether text is meant as an ID rather than a defined term: it opens like a clause number or a
 * document's provision (`G3.`, `AB:`) or holds an ID's brackets, parentheses or slash. Used to tell
 * a malformed ID (`G3.20/tabel`, `A1.1[]`) from a term no version defines.
 */
export function looksLikeAnId(text: string): boolean {
  return /^[A-Z]{1,2}\d|^[A-Z]{1,2}:|^Sch\d|[[\]()/]/.test(text)
}

/** Whether `term` can be held in an ID (`A1.1[term]`): no square brackets, no line break, no space at either end. */
export function isTerm(term: string): boolean {
  return new RegExp(`^${TERM_SOURCE}$`).test(term)
}

/** The segment a sub-paragraph adds to its parent's ID: `(b)`, or `[Term]` for a definition. */
export function itemSegment(item: {label: string; term?: string}): string {
  return item.term === undefined ? `(${item.label})` : `[${item.term}]`
}

/** A sub-paragraph's ID from its parent's: `G3.20(b)`, `A1.1[Term]`. */
export function childId(parentId: string, item: {label: string; term?: string}): string {
  return `${parentId}${itemSegment(item)}`
}

/** A provision's printed label: the clause number, `(b)`, or the defined term of a definition. */
export function printedLabel(provision: {kind: 'clause' | 'sub-paragraph'; id: string; label?: string; term?: string}): string {
  if (provision.kind === 'clause') return printedNumber(provision.id)
  return provision.term ?? `(${provision.label ?? ''})`
}

/** How a provision is named in prose: "paragraph (b)(ii) of the definition of Term" for a definition's paragraph, "the definition of Term", or the ID. */
export function provisionInWords(id: string): string {
  const split = splitProvisionId(id)
  if (split?.term === undefined) return id
  if (split.labels.length === 0) return `the definition of ${split.term}`
  return `paragraph ${split.labels.map((label) => `(${label})`).join('')} of the definition of ${split.term}`
}

/**
 * Orders clause numbers the way the code reads: part, clause, inserted letter.
 * Returns a negative number, zero or a positive number.
 */
export function compareClauseNumbers(a: string, b: string): number {
  if (a.includes(':') || b.includes(':')) return compareDocumentIds(a, b)
  const ma = CLAUSE_NUMBER.exec(a)
  const mb = CLAUSE_NUMBER.exec(b)
  if (!ma || !mb) return a < b ? -1 : a > b ? 1 : 0
  return (
    comparePartIds(`${ma[1] ?? ''}${ma[2] ?? ''}`, `${mb[1] ?? ''}${mb[2] ?? ''}`) ||
    Number(ma[3]) - Number(mb[3]) ||
    (ma[4] ?? '').localeCompare(mb[4] ?? '')
  )
}

/** Orders part IDs the way the code reads: section letter, part number, inserted letter (`G3` < `G3A` < `G4`). */
export function comparePartIds(a: string, b: string): number {
  if (a.includes(':') || b.includes(':')) return compareDocumentIds(a, b)
  const ma = /^([A-Z])(\d+)([A-Z]?)$/.exec(a)
  const mb = /^([A-Z])(\d+)([A-Z]?)$/.exec(b)
  if (!ma || !mb) return a < b ? -1 : a > b ? 1 : 0
  return (ma[1] ?? '').localeCompare(mb[1] ?? '') || Number(ma[2]) - Number(mb[2]) || (ma[3] ?? '').localeCompare(mb[3] ?? '')
}

/** Orders version IDs numerically segment by segment: 5.9 < 5.19 < 5.20 < 6.17. */
export function compareVersions(a: string, b: string): number {
  const sa = a.split(/[.-]/)
  const sb = b.split(/[.-]/)
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i] ?? ''
    const y = sb[i] ?? ''
    const nx = Number(x)
    const ny = Number(y)
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny
    if (diff !== 0) return diff
  }
  return 0
}

/*
 * Table IDs: a provision's table and its body rows, `F2.11/table`, `F2.11(b)/table`, `F2.11/table/3`
 * (the 1-based row number in that version; the header row has no number). Built from the
 * provision-ID pattern, so every provision form (Appendix, Schedule) has its table IDs too.
 */

/** The pattern of a table ID (`F2.11/table`, `F2.11(b)/table`), to build other patterns from. */
export const TABLE_ID_SOURCE = `${PROVISION_ID_SOURCE}/table`

/** The pattern of a table row ID (`F2.11/table/3`), to build other patterns from. */
export const TABLE_ROW_ID_SOURCE = `${TABLE_ID_SOURCE}/[1-9]\\d*`

/** A table or table row ID: the provision ID (of a Section, or of an Appendix or Schedule: `AB:2.11/table`), and the row number when it names a row. */
export const TABLE_ID = new RegExp(`^((?:${DOCUMENT_CLAUSE_SOURCE}|${CLAUSE_NUMBER_SOURCE})(?:\\[${TERM_SOURCE}\\])?(?:\\(${LABEL_SOURCE}\\))*)/table(?:/([1-9]\\d*))?$`)

/** The ID of the table of a provision: `F2.11` → `F2.11/table`. */
export function tableIdOf(provisionId: string): string {
  return `${provisionId}/table`
}

/** The ID of a table's body row, by its 1-based number: `F2.11/table/3`. */
export function tableRowIdOf(tableId: string, row: number): string {
  return `${tableId}/${row}`
}

/** Splits `F2.11/table/3` into the provision ID and the row number (absent for the table itself); undefined when it is no table ID. */
export function splitTableId(id: string): {provision: string; row?: number} | undefined {
  const match = TABLE_ID.exec(id)
  if (!match) return undefined
  const provision = match[1] ?? ''
  return match[2] === undefined ? {provision} : {provision, row: Number(match[2])}
}

/**
 * How the code cites clauses of one document, in the drafting style: `Section G3.20`,
 * `Sections G3.18 and G3.20`, `Section 2.11 of Appendix AB`, `Sections 2.1 and 2.11 of Appendix
 * AB`, `paragraph 3 of Schedule 11`, `paragraphs 1 and 2 of Schedule 11`. The IDs given share
 * one document; `list` joins their printed numbers (`a, b and c`).
 */
export function citeClauses(ids: readonly string[], list: (items: readonly string[]) => string = joinWithAnd): string {
  const document = ids[0] === undefined ? undefined : documentOf(ids[0])
  const kind = document?.kind ?? 'section'
  const noun = kind === 'schedule' ? 'paragraph' : 'Section'
  const numbers = list(ids.map(printedNumber))
  return `${noun}${ids.length === 1 ? '' : 's'} ${numbers}${kind === 'section' || !document ? '' : ` of ${documentName(document)}`}`
}

/** How the code cites a part: `Part G3`, `Part 2 of Appendix AB`, `Part 3 of Schedule 11`. */
export function citePart(id: string): string {
  const document = documentOf(id.includes(':') ? id : `${id}.1`)
  return document && document.kind !== 'section' ? `Part ${printedNumber(id)} of ${documentName(document)}` : `Part ${id}`
}

/** `a`, `a and b`, `a, b and c`. */
function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/*
 * Citations in the drafting style, read and written once: a provision (`Section G3.20(b)`,
 * `Section 2.11(a) of Appendix AB`, `paragraph 3 of Schedule 11`), a part (`Part G3`, `Part 2 of
 * Appendix AB`) and a document (`Section G`, `Appendix AB`, `Schedule 11`).
 */

/** The pattern of a document cited in running text: `Section G`, `Appendix AB`, `Schedule 11`. */
export const CITED_DOCUMENT_SOURCE = `(?:Section ${SECTION_LETTER_SOURCE}|Appendix ${APPENDIX_LETTER_SOURCE}|Schedule ${SCHEDULE_NUMBER_SOURCE})`

/**
 * "Appendix" followed by a designation outside the scheme (`Appendix ZZ`, `Appendix B2`): a
 * citation meant, but of no Appendix there could be. Group 1 is the designation.
 */
export const MISDESIGNATED_APPENDIX = new RegExp(`\\bAppendix ((?!${APPENDIX_LETTER_SOURCE}\\b)[A-Z][A-Z0-9]+)\\b`, 'g')

/** A document naming itself or the one just cited, by its kind alone: `this Appendix`, `that Schedule`, `these Appendices`. */
export const DOCUMENT_SELF_REFERENCE_SOURCE = `(?:this|that|these|those) (?:Appendix|Appendices|Schedule|Schedules)\\b`

/** The labels after a clause number, as an ID holds them: `(b)(ii)`. */
const ID_LABELS_SOURCE = `(?:\\(${LABEL_SOURCE}\\))*`

/** The pattern of a provision cited in an instruction: `Section G3.20(b)`, `Section 2.11(a) of Appendix AB`, `paragraph 3 of Schedule 11`. */
export const CITED_PROVISION_SOURCE =
  `(?:Section ${LOCAL_NUMBER_SOURCE}${ID_LABELS_SOURCE} of Appendix ${APPENDIX_LETTER_SOURCE}|paragraph ${LOCAL_NUMBER_SOURCE}${ID_LABELS_SOURCE} of Schedule ${SCHEDULE_NUMBER_SOURCE}|Section ${CLAUSE_NUMBER_SOURCE}${ID_LABELS_SOURCE})`

/** The pattern of a part cited in an instruction: `Part G3`, `Part 2 of Appendix AB`. */
export const CITED_PART_SOURCE = `(?:Part ${LOCAL_PART_SOURCE} of (?:Appendix ${APPENDIX_LETTER_SOURCE}|Schedule ${SCHEDULE_NUMBER_SOURCE})|Part ${PART_ID_SOURCE})`

/** A provision as an instruction cites it: `Section G3.20(b)`, `Section 2.11(a) of Appendix AB`, `paragraph 3 of Schedule 11`. */
export function citeProvision(id: string): string {
  return citeClauses([id])
}

/** The ID of a cited provision or part (`Section 2.11(a) of Appendix AB` → `AB:2.11(a)`, `Part 2 of Appendix AB` → `AB:2`), or undefined. */
export function citedId(text: string): string | undefined {
  const inDocument = new RegExp(`^(?:Section|paragraph|Part) (\\S+) of (Appendix|Schedule) (\\S+)$`).exec(text)
  if (inDocument) return `${documentPrefix({kind: inDocument[2] === 'Appendix' ? 'appendix' : 'schedule', letter: inDocument[3] ?? ''})}${inDocument[1] ?? ''}`
  return /^(?:Section|Part) (\S+)$/.exec(text)?.[1]
}

/** How instructions name a document: a Section by its letter (`G`), an Appendix or Schedule by its name (`Appendix AB`, `Schedule 11`). */
export function documentRef(document: {kind?: DocumentKind; letter: string}): string {
  return (document.kind ?? 'section') === 'section' ? document.letter : documentName(document)
}

/** A document reference as running text cites it: `G` → `Section G`, `Appendix AB` as it is. */
export function citeDocumentRef(ref: string): string {
  return /^[A-Z]$/.test(ref) ? `Section ${ref}` : ref
}

/** The reference of a cited document: `Section G` → `G`, `Appendix AB` as it is. */
export function documentRefOfCitation(text: string): string {
  return /^Section ([A-Z])$/.exec(text)?.[1] ?? text
}

/** The document reference (see {@link documentRef}) an ID belongs to: `G` for `G3.20`, `Appendix AB` for `AB:2.11`. */
export function documentRefOf(id: string): string {
  // A Section's clause (`G3.20`, as documentOf reads it first) is its letter, without building its name.
  const first = id.charCodeAt(0)
  const second = id.charCodeAt(1)
  if (first >= 65 && first <= 90 && second >= 48 && second <= 57) return id.charAt(0)
  const document = documentOf(id)
  return document ? documentRef(document) : id.charAt(0)
}
