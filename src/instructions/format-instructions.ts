import {serializeClause} from '../serialize/serialize-clause.js'
import type {AmendingInstruction, FieldTarget, TextEdit} from './instruction-types.js'
import {quoteWords} from './quote-words.js'

/** One instruction as text: a sentence, and for whole clauses the clause indented four spaces below it. */
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
      return `Insert new Section ${instruction.clause.id} ${place}:\n${indent(serializeClause(instruction.clause))}`
    }
    case 'substitute-clause':
      return `Substitute Section ${instruction.clause.id} as follows:\n${indent(serializeClause(instruction.clause))}`
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
  }
}

function where(target: FieldTarget): string {
  return target.field === 'tail' ? `In the closing words of Section ${target.provision}` : `In Section ${target.provision}`
}

function formatEdit(edit: TextEdit): string {
  switch (edit.kind) {
    case 'insert':
      if (edit.after !== undefined) return `after ${quoteWords(edit.after)} insert ${quoteWords(edit.words)}`
      if (edit.before !== undefined) return `before ${quoteWords(edit.before)} insert ${quoteWords(edit.words)}`
      return `insert ${quoteWords(edit.words)}`
    case 'omit':
      return `omit ${quoteWords(edit.words)}`
    case 'substitute':
      return `for ${quoteWords(edit.words)} substitute ${quoteWords(edit.by)}`
  }
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')
}
