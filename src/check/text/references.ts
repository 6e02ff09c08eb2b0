/**
 * The grammar of citations in SEC text: "Section G3.18", "Section G3.18(a)", "Sections G3.17 and
 * G3.20", "Section G3.18(a) to (c)", "Section G3" (a part), "Section G" (a section), and
 * "paragraph (b)" (a sub-paragraph of the citing provision or of one of its ancestors),
 * "paragraph (b)(ii) of the definition of Anomaly Detection Threshold" (a definition's paragraph,
 * `A1.1[Anomaly Detection Threshold](b)(ii)`). "this Section" names no provision. Shared by the
 * rules that read citations.
 */
import {APPENDIX_LETTER_SOURCE, CLAUSE_NUMBER_SOURCE, documentName, documentPrefix, LABEL_IN_TEXT_SOURCE, LABELS, LOCAL_NUMBER_SOURCE, PART_ID_SOURCE, SCHEDULE_NUMBER_SOURCE, SECTION_LETTER_SOURCE} from '../../model/ids.js'
import type {Located} from '../../model/types.js'

const LABEL = `(?:\\((?:${LABEL_IN_TEXT_SOURCE})\\))`
const FULL = `(?:${CLAUSE_NUMBER_SOURCE}${LABEL}*|${PART_ID_SOURCE}|${SECTION_LETTER_SOURCE})(?!\\w|\\.\\w)`
const REF = `(?:${FULL}|${LABEL}+)`
const SEPARATOR = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+to\s+)`
/** "Section(s)" or "paragraph(s)" followed by one or more references joined by ",", "and", "or", "to". */
const REFERENCE = new RegExp(String.raw`\b(Sections?|[Pp]aragraphs?)\s+(${REF}(?:${SEPARATOR}${REF})*)`, 'g')
const ONE_REF = new RegExp(REF, 'g')

/**
 * Citations of Appendices and Schedules: "Appendix AB", "Schedule 11", "Section 2.11(a) of Appendix
 * AD", "paragraph 3 of Schedule 11"; inside an Appendix or Schedule, "Section 2.11" and "paragraph
 * 3.2(a)" name its own provisions.
 */
const DOCUMENT_REFERENCE = new RegExp(
  String.raw`\b(?:(?:Section|paragraph) (${LOCAL_NUMBER_SOURCE}${LABEL}*) of )?(Appendix (${APPENDIX_LETTER_SOURCE})|Schedule (${SCHEDULE_NUMBER_SOURCE}))(?![\w:])`,
  'g'
)
const LOCAL_REFERENCE = new RegExp(String.raw`\b(?:Section|paragraph) (${LOCAL_NUMBER_SOURCE}${LABEL}*)(?!\w|\.\w| of (?:Appendix|Schedule))`, 'g')

/** Whether a text may hold a citation: a cheap test before the grammar runs. */
export function mayCite(text: string): boolean {
  return text.includes('ection') || text.includes('aragraph') || text.includes('ppendix') || text.includes('chedule')
}

/**
 * The Appendices, Schedules and their provisions a text cites, in order: `Appendix AB` and
 * `Schedule 11` for a whole document, `AD:2.11(a)`, `Sch11:3` for a provision (see `ids.ts`).
 * `located` is the citing provision: inside an Appendix, "Section 2.11" is its own Section 2.11.
 */
export function* citedDocumentIds(text: string, located: Located): Generator<string> {
  if (!mayCite(text)) return
  for (const match of text.matchAll(DOCUMENT_REFERENCE)) {
    const document = match[3] !== undefined ? {kind: 'appendix' as const, letter: match[3]} : {kind: 'schedule' as const, letter: match[4] ?? ''}
    yield match[1] === undefined ? documentName(document) : `${documentPrefix(document)}${match[1]}`
  }
  const own = located.section
  if (own.kind === 'appendix' || own.kind === 'schedule') {
    for (const match of text.matchAll(LOCAL_REFERENCE)) yield `${documentPrefix(own)}${match[1] ?? ''}`
  }
}

/**
 * The provision IDs a text cites, in order: `G3.18`, `G3.18(a)`, `G3` (a part), `G` (a section).
 * `located` is the citing provision (for "paragraph (b)"), `has` tells which IDs its version holds.
 */
export function* citedIds(text: string, located: Located, has: (id: string) => boolean, definitionOf?: (term: string) => string | undefined): Generator<string> {
  if (!mayCite(text)) return
  for (const match of text.matchAll(REFERENCE)) {
    const word = match[1] ?? ''
    const definition = /^[Pp]aragraphs?$/.test(word) ? OF_DEFINITION.exec(text.slice((match.index ?? 0) + match[0].length)) : null
    if (definition) {
      // "paragraph (b)(ii) of the definition of X": the longest run of the words after it that a definition defines.
      const id = definedAs(definition[1] ?? '', definitionOf)
      for (const ref of (match[2] ?? '').matchAll(ONE_REF)) if (ref[0].startsWith('(')) yield `${id}${ref[0]}`
      continue
    }
    let previous: string | undefined
    for (const ref of (match[2] ?? '').matchAll(ONE_REF)) {
      const id = resolveId(ref[0], previous, word, located, has)
      previous = id.startsWith('(') ? previous : id
      yield id
    }
  }
}

const OF_DEFINITION = /^ of the definition of ((?:["“]?[\p{Lu}\p{N}][\p{L}\p{N}+'’-]*["”]?)(?: (?:of |and |for |in |to |the )*["“]?[\p{Lu}\p{N}][\p{L}\p{N}+'’-]*["”]?)*)/u

/**
 * The ID of the definition the words after "of the definition of" name: the longest leading run
 * of them that a definition defines, or, where none does, `[words]` (which no provision has).
 */
function definedAs(words: string, definitionOf: ((term: string) => string | undefined) | undefined): string {
  const list = words.replace(/["“”]/g, '').split(' ')
  for (let count = list.length; count > 0; count--) {
    const id = definitionOf?.(list.slice(0, count).join(' '))
    if (id !== undefined) return id
  }
  return `[${list.join(' ')}]`
}

/** The provision ID a written reference stands for: "(c)" after "G3.18(a) to" is G3.18(c); "paragraph (b)" is a sub-paragraph of the referring provision or an ancestor. */
function resolveId(written: string, previous: string | undefined, word: string, located: Located, has: (id: string) => boolean): string {
  if (!written.startsWith('(')) return written
  if (previous && /^Sections?$/.test(word)) {
    const depth = (written.match(/\(/g) ?? []).length
    const labels = previous.match(LABELS) ?? []
    if (labels.length >= depth) {
      const clause = previous.slice(0, previous.indexOf('(') < 0 ? previous.length : previous.indexOf('('))
      return `${clause}${labels.slice(0, labels.length - depth).join('')}${written}`
    }
  }
  const owners = [located.provision, ...[...located.ancestors].reverse()]
  for (const owner of owners) if (has(`${owner.id}${written}`)) return `${owner.id}${written}`
  return `${located.ancestors[located.ancestors.length - 1]?.id ?? located.clause.id}${written}`
}
