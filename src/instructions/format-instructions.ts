import {isDeepStrictEqual} from 'node:util'
import type {Clause, Section} from '../model/types.js'
import {serializeSection} from '../serialize/serialize-section.js'
import {citeDocumentRef, citePart, citeProvision, printedNumber} from '../model/ids.js'
import {serializeClause} from '../serialize/serialize-clause.js'
import {escapeCell, serializeTable} from '../serialize/serialize-table.js'
import type {AmendingInstruction, FieldTarget, TextEdit} from './instruction-types.js'
import {formatDefinitionInstruction} from './definition-instructions.js'
import {readClauseBlock, writeClauseBlock} from './plain-clause.js'
import {ordinal, quoteWords} from './quote-words.js'
import {statusSentence} from '../model/status-sentence.js'

/**
 * One instruction as plain text: a sentence in the drafting style, and for whole clauses the
 * clause below it, indented four spaces, as plain legal text.
 */
export function formatInstruction(instruction: AmendingInstruction, options: {direction?: boolean} = {}): string {
  switch (instruction.kind) {
    case 'text':
      return `${where(instruction.target)}, ${formatEdit(instruction.edit)}.`
    case 'heading':
      return `In ${citeDocumentRef(instruction.section)}, for the cross-heading ${quoteWords(instruction.from)}${instruction.before === null ? '' : ` before ${citeProvision(instruction.before)}`} substitute ${quoteWords(instruction.to)}.`
    case 'delete-clause':
      return `Delete ${citeProvision(instruction.id)}.`
    case 'insert-clause': {
      const place = instruction.after === null ? `at the start of ${citeDocumentRef(instruction.section)}` : `after ${citeProvision(instruction.after)}`
      const under = instruction.beforeHeading === undefined ? '' : `, before the cross-heading ${quoteWords(instruction.beforeHeading)}`
      return `Insert new ${citeProvision(instruction.clause.id)} ${place}${under}:\n${clauseBlock(instruction.clause)}`
    }
    case 'substitute-clause':
      return `Substitute ${citeProvision(instruction.clause.id)} as follows:\n${clauseBlock(instruction.clause)}`
    case 'part-heading':
      if (instruction.from === null) return `In ${citeDocumentRef(instruction.section)}, give ${citePart(instruction.part)} the heading ${quoteWords(instruction.to ?? '')}.`
      if (instruction.to === null) return `In ${citeDocumentRef(instruction.section)}, omit the heading of ${citePart(instruction.part)}.`
      return `In ${citeDocumentRef(instruction.section)}, for the heading of ${citePart(instruction.part)} ${quoteWords(instruction.from)} substitute ${quoteWords(instruction.to)}.`
    case 'insert-part':
      return `Insert new ${citePart(instruction.part)}${instruction.title === null ? '' : ` with the heading ${quoteWords(instruction.title)}`} in ${citeDocumentRef(instruction.section)}.`
    case 'delete-part':
      return `Delete ${citePart(instruction.part)}.`
    case 'insert-heading':
      return `In ${citeDocumentRef(instruction.section)}, insert the cross-heading ${quoteWords(instruction.heading)} before ${citeProvision(instruction.before)}.`
    case 'delete-heading':
      return `In ${citeDocumentRef(instruction.section)}, omit the cross-heading ${quoteWords(instruction.heading)} before ${citeProvision(instruction.before)}.`
    case 'insert-definition':
    case 'amend-definition':
    case 'delete-definition':
    case 'definition-text':
      return formatDefinitionInstruction(instruction)
    case 'insert-document':
      return `Insert new ${instruction.section} as set out below:\n${indent(documentBlock(instruction.document))}`
    case 'delete-document':
      return `Delete ${instruction.section}.`
    case 'document-title':
      return `For the title of ${citeDocumentRef(instruction.section)} ${quoteWords(instruction.from)} substitute ${quoteWords(instruction.to)}.`
    case 'document-version':
      if (instruction.from === null) return `In ${instruction.section}, give the document version ${quoteWords(instruction.to ?? '')}.`
      if (instruction.to === null) return `In ${instruction.section}, omit the document version.`
      return `In ${instruction.section}, for the document version ${quoteWords(instruction.from)} substitute ${quoteWords(instruction.to)}.`
    case 'status':
      return statusSentence(instruction.id, instruction.inForce, options)
    case 'row-entry':
      return `In the table in ${citeProvision(instruction.provision)}, in the row for ${quoteWords(instruction.row)}, for the entry in the column ${quoteWords(instruction.column)} substitute ${quoteWords(instruction.to)}.`
    case 'row-words':
      return `In the table in ${citeProvision(instruction.provision)}, in the row for ${quoteWords(instruction.row)}, ${formatEdit(instruction.edit)}.`
    case 'insert-row': {
      const place = instruction.after === null ? `at the start of the table in ${citeProvision(instruction.provision)}` : `in the table in ${citeProvision(instruction.provision)} after the row for ${quoteWords(instruction.after)}`
      return `Insert the following new row ${place}:\n${indent(`| ${instruction.cells.map(escapeCell).join(' | ')} |`)}`
    }
    case 'delete-row':
      return `Delete the row for ${quoteWords(instruction.row)} from the table in ${citeProvision(instruction.provision)}.`
    case 'substitute-table':
      return `For the table in ${citeProvision(instruction.provision)} substitute the following table:\n${serializeTable(instruction.table, '    ').join('\n')}`
  }
}

function where(target: FieldTarget): string {
  return target.field === 'tail' ? `In the closing words of ${citeProvision(target.provision)}` : `In ${citeProvision(target.provision)}`
}

/** An edit as the words after "In Section …, ": `for "x" substitute "y"`, `after the second "x" insert "y"`. */
export function formatEdit(edit: TextEdit): string {
  const nth = ordinal(edit.occurrence)
  switch (edit.kind) {
    case 'insert':
      if (edit.after !== undefined) return `after ${nth}${quoteWords(edit.after)} insert ${quoteWords(edit.words)}`
      if (edit.before !== undefined) return `before ${nth}${quoteWords(edit.before)} insert ${quoteWords(edit.words)}`
      return `insert ${quoteWords(edit.words)}`
    case 'omit':
      return `omit ${nth}${quoteWords(edit.words)}`
    case 'substitute':
      return `for ${nth}${quoteWords(edit.words)} substitute ${quoteWords(edit.by)}`
  }
}

/**
 * The clause as plain legal text, indented four spaces. A clause whose plain text would not read
 * back as itself (closing words that begin like a sub-paragraph label, text that starts with a
 * space) is written in the corpus's canonical markdown instead, which the reader also accepts.
 */
function clauseBlock(clause: Clause): string {
  const plain = writeClauseBlock(clause)
  let readsBack = false
  try {
    readsBack = isDeepStrictEqual(readClauseBlock(plain, 'instructions', 1, clause.id.slice(0, clause.id.length - printedNumber(clause.id).length)), withoutPlaces(clause))
  } catch {
    readsBack = false
  }
  return indent(readsBack ? plain.join('\n') : serializeClause(clause))
}

/**
 * A whole document as the text of its instruction: its file's markdown from the title on, the
 * document version as a line under the title ("Document version: V1.0") instead of frontmatter.
 */
function documentBlock(document: Section): string {
  const file = serializeSection(document)
  const [title = '', ...body] = file.slice(file.indexOf('\n# ') + 1).trimEnd().split('\n')
  const version = document.documentVersion === undefined || document.documentVersion === null ? [] : ['', `Document version: ${document.documentVersion}`]
  return [title, ...version, ...body].join('\n')
}

function withoutPlaces(clause: Clause): Clause {
  return JSON.parse(JSON.stringify(clause, (key, value: unknown) => (key === 'place' ? undefined : value))) as Clause
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')
}
