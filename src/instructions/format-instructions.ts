import {isDeepStrictEqual} from 'node:util'
import type {Clause} from '../model/types.js'
import {serializeClause} from '../serialize/serialize-clause.js'
import {escapeCell} from '../serialize/serialize-table.js'
import type {AmendingInstruction, FieldTarget, TextEdit} from './instruction-types.js'
import {readClauseBlock, writeClauseBlock} from './plain-clause.js'
import {ordinal, quoteWords} from './quote-words.js'

/**
 * One instruction as plain text: a sentence in the drafting style, and for whole clauses the
 * clause below it, indented four spaces, as plain legal text.
 */
export function formatInstruction(instruction: AmendingInstruction): string {
  switch (instruction.kind) {
    case 'text':
      return `${where(instruction.target)}, ${formatEdit(instruction.edit)}.`
    case 'heading':
      return `In Section ${instruction.section}, for the cross-heading ${quoteWords(instruction.from)}${instruction.before === null ? '' : ` before Section ${instruction.before}`} substitute ${quoteWords(instruction.to)}.`
    case 'delete-clause':
      return `Delete Section ${instruction.id}.`
    case 'insert-clause': {
      const place = instruction.after === null ? `at the start of Section ${instruction.section}` : `after Section ${instruction.after}`
      return `Insert new Section ${instruction.clause.id} ${place}:\n${clauseBlock(instruction.clause)}`
    }
    case 'substitute-clause':
      return `Substitute Section ${instruction.clause.id} as follows:\n${clauseBlock(instruction.clause)}`
    case 'part-heading':
      if (instruction.from === null) return `In Section ${instruction.section}, give Part ${instruction.part} the heading ${quoteWords(instruction.to ?? '')}.`
      if (instruction.to === null) return `In Section ${instruction.section}, omit the heading of Part ${instruction.part}.`
      return `In Section ${instruction.section}, for the heading of Part ${instruction.part} ${quoteWords(instruction.from)} substitute ${quoteWords(instruction.to)}.`
    case 'insert-part':
      return `Insert new Part ${instruction.part}${instruction.title === null ? '' : ` with the heading ${quoteWords(instruction.title)}`} in Section ${instruction.section}.`
    case 'delete-part':
      return `Delete Part ${instruction.part}.`
    case 'insert-heading':
      return `In Section ${instruction.section}, insert the cross-heading ${quoteWords(instruction.heading)} before Section ${instruction.before}.`
    case 'row-entry':
      return `In the table in Section ${instruction.provision}, in the row for ${quoteWords(instruction.row)}, for the entry in the column ${quoteWords(instruction.column)} substitute ${quoteWords(instruction.to)}.`
    case 'insert-row': {
      const place = instruction.after === null ? `at the start of the table in Section ${instruction.provision}` : `in the table in Section ${instruction.provision} after the row for ${quoteWords(instruction.after)}`
      return `Insert the following new row ${place}:\n${indent(`| ${instruction.cells.map(escapeCell).join(' | ')} |`)}`
    }
    case 'delete-row':
      return `Delete the row for ${quoteWords(instruction.row)} from the table in Section ${instruction.provision}.`
  }
}

function where(target: FieldTarget): string {
  return target.field === 'tail' ? `In the closing words of Section ${target.provision}` : `In Section ${target.provision}`
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
    readsBack = isDeepStrictEqual(readClauseBlock(plain, 'instructions', 1), withoutPlaces(clause))
  } catch {
    readsBack = false
  }
  return indent(readsBack ? plain.join('\n') : serializeClause(clause))
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
