import {InputError} from '../diagnostics/errors.js'
import type {Clause, Place, Section, Table} from '../model/types.js'
import {parseSection} from '../parse/parse-section.js'
import {parseHeadingLine} from '../parse/parse-inline.js'
import {APPENDIX_LETTER_SOURCE, CITED_DOCUMENT_SOURCE, CITED_PART_SOURCE, CITED_PROVISION_SOURCE, citedId, documentName, documentOf, documentPrefix, documentRefOf, documentRefOfCitation, parseDocumentReference, SCHEDULE_NUMBER_SOURCE} from '../model/ids.js'
import {parseClause} from '../parse/parse-clause.js'
import type {AmendingInstruction, TextEdit} from './instruction-types.js'
import {parseDefinitionInstruction} from './definition-instructions.js'
import {readClauseBlock} from './plain-clause.js'
import {decodeWords, ORDINAL_PATTERN, readOrdinal} from './quote-words.js'
import {readStatusSentence} from '../model/status-sentence.js'
import {CLOSE_DOUBLE_SOURCE, OPEN_DOUBLE_SOURCE} from '../model/quote-marks.js'

/**
 * Quoted words that other words follow end at the first quote the instruction's shape allows; the
 * last run on the line ends at its closing `".`. Straight or curly quotes (“DCC”, as Word and pandoc write them).
 */
const WORDS = `${OPEN_DOUBLE_SOURCE}(.*?)${CLOSE_DOUBLE_SOURCE}`
const LAST_WORDS = `${OPEN_DOUBLE_SOURCE}(.*)${CLOSE_DOUBLE_SOURCE}`
const words = (m: RegExpExecArray, index: number): string => decodeWords(m[index] ?? '')
const FORMS: Array<[RegExp, (m: RegExpExecArray) => TextEdit]> = [
  [new RegExp(`^after ${ORDINAL_PATTERN}${WORDS} insert ${LAST_WORDS}$`), (m) => withOccurrence({kind: 'insert', after: words(m, 2), words: words(m, 3)}, m)],
  [new RegExp(`^before ${ORDINAL_PATTERN}${WORDS} insert ${LAST_WORDS}$`), (m) => withOccurrence({kind: 'insert', before: words(m, 2), words: words(m, 3)}, m)],
  [new RegExp(`^insert ${LAST_WORDS}$`), (m) => ({kind: 'insert', words: words(m, 1)})],
  [new RegExp(`^omit ${ORDINAL_PATTERN}${LAST_WORDS}$`), (m) => withOccurrence({kind: 'omit', words: words(m, 2)}, m)],
  [new RegExp(`^for ${ORDINAL_PATTERN}${WORDS} substitute ${LAST_WORDS}$`), (m) => withOccurrence({kind: 'substitute', words: words(m, 2), by: words(m, 3)}, m)]
]
/** A cited provision (`Section G3.20(b)`, `Section 2.11 of Appendix AB`, `paragraph 3 of Schedule 11`), read back to its ID by `id()`. */
const ID = `(${CITED_PROVISION_SOURCE})`
/** A cited document: `Section G`, `Appendix AB`, `Schedule 11`, read back by `doc()`. */
const DOC = `(${CITED_DOCUMENT_SOURCE})`
const TEXT_LINE = new RegExp(`^In (the closing words of )?${ID}, (.*)\\.$`)
const HEADING_LINE = new RegExp(`^In ${DOC}, for the cross-heading ${WORDS}(?: before ${ID})? substitute ${LAST_WORDS}\\.$`)
const DELETE_LINE = new RegExp(`^Delete ${ID}\\.$`)
const INSERT_LINE = new RegExp(`^Insert new ${ID} (?:after ${ID}|at the start of ${DOC})(?:, before the cross-heading ${LAST_WORDS})?:$`)
const SUBSTITUTE_LINE = new RegExp(`^Substitute ${ID} as follows:$`)
/** A cited part: `Part G3`, `Part N4A`, `Part 2 of Appendix AB`. */
const PART = `(${CITED_PART_SOURCE})`
const PART_HEADING_LINE = new RegExp(`^In ${DOC}, for the heading of ${PART} ${WORDS} substitute ${LAST_WORDS}\\.$`)
const GIVE_PART_HEADING_LINE = new RegExp(`^In ${DOC}, give ${PART} the heading ${LAST_WORDS}\\.$`)
const OMIT_PART_HEADING_LINE = new RegExp(`^In ${DOC}, omit the heading of ${PART}\\.$`)
const INSERT_PART_LINE = new RegExp(`^Insert new ${PART}(?: with the heading ${LAST_WORDS})? in ${DOC}\\.$`)
const INSERT_HEADING_LINE = new RegExp(`^In ${DOC}, insert the cross-heading ${LAST_WORDS} before ${ID}\\.$`)
const DELETE_HEADING_LINE = new RegExp(`^In ${DOC}, omit the cross-heading ${LAST_WORDS} before ${ID}\\.$`)
const DELETE_PART_LINE = new RegExp(`^Delete ${PART}\\.$`)
/** A document retitled: `For the title of Section G "Security" substitute "Cyber Security".` (of Appendix AB, of Schedule 11). */
const DOCUMENT_TITLE_LINE = new RegExp(`^For the title of ${DOC} ${WORDS} substitute ${LAST_WORDS}\\.$`)
/** A whole Appendix or Schedule: inserted, deleted, its document version changed. */
const NAMED_DOCUMENT = `((?:Appendix ${APPENDIX_LETTER_SOURCE}|Schedule ${SCHEDULE_NUMBER_SOURCE}))`
const INSERT_DOCUMENT_LINE = new RegExp(`^Insert new ${NAMED_DOCUMENT} as set out below:$`)
const DELETE_DOCUMENT_LINE = new RegExp(`^Delete ${NAMED_DOCUMENT}\\.$`)
const DOCUMENT_VERSION_LINE = new RegExp(`^In ${NAMED_DOCUMENT}, for the document version ${WORDS} substitute ${LAST_WORDS}\\.$`)
const GIVE_DOCUMENT_VERSION_LINE = new RegExp(`^In ${NAMED_DOCUMENT}, give the document version ${LAST_WORDS}\\.$`)
const OMIT_DOCUMENT_VERSION_LINE = new RegExp(`^In ${NAMED_DOCUMENT}, omit the document version\\.$`)
/** The ID a cited provision or part names. */
const id = (m: RegExpExecArray, index: number): string => citedId(m[index] ?? '') ?? ''
const doc = (m: RegExpExecArray, index: number): string => documentRefOfCitation(m[index] ?? '')
const optionalId = (m: RegExpExecArray, index: number): string | null => (m[index] === undefined ? null : id(m, index))
/** A table row named by its first cell, in the table of a cited provision. */
const ROW_ENTRY_LINE = new RegExp(`^In the table in ${ID}, in the row for ${WORDS}, for the entry in the column ${WORDS} substitute ${LAST_WORDS}\\.$`)
/** Words changed in the one entry of a row that holds them: `In the table in Section F2.11, in the row for "Availability", for "99.9%" substitute "99.95%".` */
const ROW_WORDS_LINE = new RegExp(`^In the table in ${ID}, in the row for ${WORDS}, (.*)\\.$`)
const INSERT_ROW_LINE = new RegExp(`^Insert the following new row (?:at the start of the table in ${ID}|in the table in ${ID} after the row for ${LAST_WORDS}):$`)
const DELETE_ROW_LINE = new RegExp(`^Delete the row for ${WORDS} from the table in ${ID}\\.$`)
/** A whole table substituted: the new table follows, indented four spaces, in canonical form. */
const SUBSTITUTE_TABLE_LINE = new RegExp(`^For the table in ${ID} substitute the following table:$`)
const EXPECTED =
  'expected an instruction such as `In Section G3.20(b), after "Gas Proxy Function" insert "which forms part of a SMETS2+ Device".`, ' +
  '`Delete Section G3.22.`, `Insert new Section G3.22 after Section G3.21:`, `Substitute Section G3.20 as follows:`, ' +
  "`Insert the following new definition in the appropriate alphabetical order in Section A1.1:`, `Amend the definition of 'X' as follows:`, `In the definition of 'X', for \"…\" substitute \"…\".`, `Delete the definition of 'X'.`, " +
  '`In the table in Section F2.11, in the row for "Availability", for "99.9%" substitute "99.95%".`, ' +
  '`In the table in Section F2.11, in the row for "Availability", for the entry in the column "Target" substitute "…".`, ' +
  '`Insert the following new row in the table in Section F2.11 after the row for "…":`, `Delete the row for "…" from the table in Section F2.11.` ' +
  'or `For the table in Section F2.11 substitute the following table:`'

function withOccurrence<T extends TextEdit>(edit: T, match: RegExpExecArray): T {
  const occurrence = readOrdinal(match[1])
  return occurrence === undefined ? edit : {...edit, occurrence}
}

/**
 * Reads a list of amending instructions (as `redline annex --format instructions` writes them):
 * one sentence per line, optionally numbered; `#` lines are comments; whole clauses follow their
 * sentence indented four spaces, as plain legal text (or canonical markdown). Anything else is
 * refused with its line and column.
 */
export function parseInstructions(source: string, file: string): AmendingInstruction[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const out: AmendingInstruction[] = []
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const place: Place = {file, start: {line: index + 1, column: 1}}
    if (/^\s/.test(raw)) throw new InputError(`Unexpected indented line, expected an instruction at the start of the line (clause text belongs after "as follows:" or "after Section …:")`, place)
    const numbered = /^\d+\.\s+/.exec(raw)
    const offset = numbered ? numbered[0].length : 0
    const line = raw.slice(offset)
    const block = (named: string): {clause: Clause; last: number} => {
      let end = index + 1
      while (end < lines.length && ((lines[end] as string) === '' || (lines[end] as string).startsWith('    '))) end++
      let last = end - 1
      while (last > index && (lines[last] as string) === '') last--
      const chunk = lines.slice(index + 1, last + 1).map((text) => text.slice(4))
      if (chunk.length === 0) throw new InputError(`Unexpected end of the clause instruction, expected the clause on the following lines, indented four spaces`, place)
      // A clause of an Appendix or Schedule is printed with its own number (`2.11`); the instruction names its document.
      const document = documentOf(named)
      const prefix = document ? documentPrefix(document) : ''
      const clause = chunk[0]?.startsWith('**') ? parseClause(chunk.join('\n'), {file, line: index + 2, prefix}) : readClauseBlock(chunk, file, index + 2, prefix)
      return {clause, last}
    }
    /** The lines indented under the instruction (four spaces taken off), up to the next instruction. */
    const blockAt = (): {lines: string[]; firstLine: number; last: number} => {
      let end = index + 1
      while (end < lines.length && ((lines[end] as string) === '' || (lines[end] as string).startsWith('    '))) end++
      let last = end - 1
      while (last > index && (lines[last] as string) === '') last--
      return {lines: lines.slice(index + 1, last + 1).map((text) => text.slice(4)), firstLine: index + 2, last}
    }
    let match: RegExpExecArray | null
    const status = / shall (?:be in force|come into force|cease to have effect)/.test(line) ? readStatusSentence(line) : undefined
    if (status) {
      out.push({kind: 'status', id: status.id, inForce: status.inForce, place})
    } else if ((match = TEXT_LINE.exec(line))) {
      const edit = readEdit(match[3] ?? '', place)
      out.push({kind: 'text', target: {provision: id(match, 2), field: match[1] ? 'tail' : 'text'}, edit, place})
    } else if ((match = HEADING_LINE.exec(line))) {
      out.push({kind: 'heading', section: doc(match, 1), from: words(match, 2), to: words(match, 4), before: optionalId(match, 3), place})
    } else if ((match = DOCUMENT_TITLE_LINE.exec(line))) {
      out.push({kind: 'document-title', section: doc(match, 1), from: words(match, 2), to: words(match, 3), place})
    } else if ((match = PART_HEADING_LINE.exec(line))) {
      out.push({kind: 'part-heading', section: doc(match, 1), part: id(match, 2), from: words(match, 3), to: words(match, 4), place})
    } else if ((match = GIVE_PART_HEADING_LINE.exec(line))) {
      out.push({kind: 'part-heading', section: doc(match, 1), part: id(match, 2), from: null, to: words(match, 3), place})
    } else if ((match = OMIT_PART_HEADING_LINE.exec(line))) {
      out.push({kind: 'part-heading', section: doc(match, 1), part: id(match, 2), from: null, to: null, place})
    } else if ((match = INSERT_PART_LINE.exec(line))) {
      out.push({kind: 'insert-part', section: doc(match, 3), part: id(match, 1), title: match[2] === undefined ? null : words(match, 2), place})
    } else if ((match = INSERT_HEADING_LINE.exec(line))) {
      out.push({kind: 'insert-heading', section: doc(match, 1), heading: words(match, 2), before: id(match, 3), place})
    } else if ((match = DELETE_HEADING_LINE.exec(line))) {
      out.push({kind: 'delete-heading', section: doc(match, 1), heading: words(match, 2), before: id(match, 3), place})
    } else if ((match = INSERT_DOCUMENT_LINE.exec(line))) {
      const named = match[1] ?? ''
      const {lines: text, last} = blockAt()
      out.push({kind: 'insert-document', section: named, document: readDocumentBlock(named, text, file, index + 2, place), place})
      index = last
    } else if ((match = DELETE_DOCUMENT_LINE.exec(line))) {
      out.push({kind: 'delete-document', section: match[1] ?? '', place})
    } else if ((match = DOCUMENT_VERSION_LINE.exec(line))) {
      out.push({kind: 'document-version', section: match[1] ?? '', from: words(match, 2), to: words(match, 3), place})
    } else if ((match = GIVE_DOCUMENT_VERSION_LINE.exec(line))) {
      out.push({kind: 'document-version', section: match[1] ?? '', from: null, to: words(match, 2), place})
    } else if ((match = OMIT_DOCUMENT_VERSION_LINE.exec(line))) {
      out.push({kind: 'document-version', section: match[1] ?? '', from: null, to: null, place})
    } else if ((match = DELETE_PART_LINE.exec(line))) {
      const part = id(match, 1)
      out.push({kind: 'delete-part', section: documentRefOf(part), part, place})
    } else if ((match = ROW_ENTRY_LINE.exec(line))) {
      out.push({kind: 'row-entry', provision: id(match, 1), row: words(match, 2), column: words(match, 3), to: words(match, 4), place})
    } else if ((match = ROW_WORDS_LINE.exec(line))) {
      out.push({kind: 'row-words', provision: id(match, 1), row: words(match, 2), edit: readEdit(match[3] ?? '', place), place})
    } else if ((match = DELETE_ROW_LINE.exec(line))) {
      out.push({kind: 'delete-row', provision: id(match, 2), row: words(match, 1), place})
    } else if ((match = INSERT_ROW_LINE.exec(line))) {
      const row = lines[index + 1] ?? ''
      if (!row.startsWith('    |')) throw new InputError(`Unexpected end of the row instruction, expected the new row on the next line, indented four spaces ('    | … | … |')`, place)
      out.push({kind: 'insert-row', provision: match[1] !== undefined ? id(match, 1) : id(match, 2), after: match[3] === undefined ? null : words(match, 3), cells: readRow(row.slice(4), file, index + 2), place})
      index++
    } else if ((match = SUBSTITUTE_TABLE_LINE.exec(line))) {
      let last = index
      while ((lines[last + 1] ?? '').startsWith('    |')) last++
      if (last < index + 2) throw new InputError(`Unexpected end of the table instruction, expected the new table on the following lines, indented four spaces (header row, delimiter row '| --- |', then the rows)`, place)
      out.push({kind: 'substitute-table', provision: id(match, 1), table: readTable(lines.slice(index + 1, last + 1).map((text) => text.slice(4)), file, index + 2), place})
      index = last
    } else if ((match = DELETE_LINE.exec(line))) {
      out.push({kind: 'delete-clause', id: id(match, 1), place})
    } else if ((match = INSERT_LINE.exec(line))) {
      const named = id(match, 1)
      const {clause, last} = block(named)
      checkId(clause.id, named, place)
      const beforeHeading = match[4] === undefined ? {} : {beforeHeading: words(match, 4)}
      out.push({kind: 'insert-clause', clause, after: optionalId(match, 2), section: match[3] === undefined ? documentRefOf(named) : doc(match, 3), ...beforeHeading, place})
      index = last
    } else if ((match = SUBSTITUTE_LINE.exec(line))) {
      const named = id(match, 1)
      const {clause, last} = block(named)
      checkId(clause.id, named, place)
      out.push({kind: 'substitute-clause', clause, place})
      index = last
    } else {
      const definition = parseDefinitionInstruction(line, place, blockAt)
      if (!definition) throw new InputError(`Unexpected '${line.slice(0, 60)}', ${EXPECTED}`, place)
      out.push({...definition.instruction, place})
      if (definition.last !== undefined) index = definition.last
    }
  }
  return out
}

/**
 * The text of a whole new document under "Insert new Appendix AM as set out below:": its title
 * line (`# Appendix AM: Title`), an optional "Document version: V1.0" line, then its parts and
 * clauses in the corpus's markdown, read as the corpus reads a document file.
 */
function readDocumentBlock(named: string, text: readonly string[], file: string, line: number, place: Place): Section {
  const document = parseDocumentReference(named)
  const [first = '', ...rest] = text
  if (!document || document.kind === 'section' || !first.startsWith('# ')) {
    throw new InputError(`Unexpected end of the document instruction, expected the new document on the following lines, indented four spaces, from its title ('# ${named}: <title>')`, place)
  }
  const heading = parseHeadingLine(first, {file, start: {line, column: 5}})
  const name = documentName(document)
  if (!heading.startsWith(`${name}: `)) throw new InputError(`Unexpected title '${heading}' under an instruction about ${named}, expected '# ${name}: <title>'`, {file, start: {line, column: 5}})
  const versionAt = rest.findIndex((entry) => entry !== '')
  const versionLine = /^Document version: (.+)$/.exec(rest[versionAt] ?? '')
  // The version line left blank, so that every line of the block keeps its number.
  const body = versionLine ? rest.map((entry, at) => (at === versionAt ? '' : entry)) : rest
  const frontmatter = [`${document.kind}: ${JSON.stringify(document.letter)}`, `title: ${JSON.stringify(heading.slice(name.length + 2))}`, 'version: "0"', ...(versionLine ? [`document-version: ${JSON.stringify(versionLine[1])}`] : [])]
  const source = `---\n${frontmatter.join('\n')}\n---\n${[first, ...body].join('\n')}\n`
  try {
    return parseSection(source, file, {kind: document.kind, letter: document.letter})
  } catch (error) {
    // A fault in the block: at its place in the instruction file (the frontmatter the block leaves out taken off, the indent put back).
    if (!(error instanceof InputError)) throw error
    const [message] = error.messages
    const at = message?.place && 'line' in message.place ? message.place : message?.place && 'start' in message.place ? message.place.start : undefined
    if (!message || !at) throw error
    throw new InputError(message.reason, {file, start: {line: Math.max(line, at.line - frontmatter.length - 2 + line - 1), column: at.column + 4}})
  }
}

function checkId(found: string, named: string, place: Place): void {
  if (found !== named) throw new InputError(`Unexpected clause ${found} under an instruction about Section ${named}, expected clause ${named}`, place)
}

/** Reads the words after "In Section …, " as an edit, or refuses them. */
export function readEdit(text: string, place?: Place): TextEdit {
  for (const [form, build] of FORMS) {
    const match = form.exec(text)
    if (match) return build(match)
  }
  throw new InputError(`Unexpected '${text.replace(/"[^"]*"/g, '"…"').slice(0, 80)}', expected 'after "…" insert "…"', 'before "…" insert "…"', 'omit "…"' or 'for "…" substitute "…"' (with "the second" before words that repeat)`, place)
}

/** A table written in canonical form (header, delimiter row, rows), read as the corpus reads a table. */
function readTable(lines: readonly string[], file: string, line: number): Table {
  const clause = parseClause(`**A1.1**\n\n${lines.join('\n')}\n`, {file, line: line - 2})
  if (!clause.table) throw new InputError(`Unexpected table instruction without a table, expected a header row, a delimiter row '| --- |' and the rows, indented four spaces`, {file, start: {line, column: 1}})
  return clause.table
}

/** The cells of a table row written as a canonical markdown row (`| a | b \\| c |`), read as the corpus reads a table. */
function readRow(row: string, file: string, line: number): string[] {
  const columns = (row.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length - 1
  const header = `| ${Array.from({length: Math.max(1, columns)}, () => 'x').join(' | ')} |`
  const delimiter = `| ${Array.from({length: Math.max(1, columns)}, () => '---').join(' | ')} |`
  const clause = parseClause(`**A1.1**\n\n${header}\n${delimiter}\n${row}\n`, {file, line: line - 3})
  return clause.table?.rows[0]?.cells ?? []
}
