import {isDeepStrictEqual} from 'node:util'
import {InputError} from '../diagnostics/errors.js'
import {splitDefinitionLine} from '../model/defining-words.js'
import type {Clause, SubParagraph} from '../model/types.js'
import {readClauseBlock, writeClauseBlock} from './plain-clause.js'
import {decodeWords, encodeWords} from './quote-words.js'

/** The stand-in clause a definition's meaning is written and read as (lead-in, sub-paragraphs, closing words). */
const STAND_IN = 'A1.1'

/**
 * A definition as plain legal text, as a clause is written (see `plain-clause.ts`): its term and
 * its meaning on the first line (`Abort Notice means a notice given under Section A1.2.`), its
 * sub-paragraphs indented four spaces per level, its closing words back at the first line's indent.
 * Undefined where that text would not read back as the same definition (a meaning that opens with
 * no defining word, a term that holds one): the caller writes canonical markdown instead.
 */
export function writeDefinitionBlock(definition: SubParagraph): string[] | undefined {
  const clause: Clause = {kind: 'clause', id: STAND_IN, text: definition.text, items: definition.items, tail: definition.tail}
  const [first = '', ...rest] = writeClauseBlock(clause)
  const lines = [`${encodeWords(definition.term ?? '')}${first.slice(STAND_IN.length)}`, ...rest]
  // A first line that opens like a markdown definition would be read as one.
  if (lines[0]?.startsWith('- ')) return undefined
  try {
    return isDeepStrictEqual(comparable(readDefinitionBlock(lines, 'instructions', 1)), comparable(definition)) ? lines : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads the lines `writeDefinitionBlock` wrote (without the block's own indent); `line` is the
 * 1-based line of the first. The definition's ID and its sub-paragraphs' stand under `A1.1`, as
 * the markdown form reads (applying it renumbers it into its clause).
 */
export function readDefinitionBlock(lines: readonly string[], file: string, line: number): SubParagraph {
  const [first = '', ...rest] = lines
  const split = splitDefinitionLine(first)
  if (!split) {
    throw new InputError(`Unexpected '${first.slice(0, 40)}', expected a definition: its term, then its meaning ('    Abort Notice means …'), or '    - **Abort Notice** means …'`, {file, start: {line, column: 5}})
  }
  const term = decodeWords(split.term)
  let clause: Clause
  try {
    clause = readClauseBlock([`${STAND_IN} ${split.text}`, ...rest], file, line)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const [message] = error.messages
    if (!message) throw error
    throw new InputError(message.reason.replace(`in clause ${STAND_IN},`, `in the definition of '${term}',`), {file, start: {line: message.line ?? line, column: message.column ?? 5}})
  }
  const id = `${STAND_IN}[${term}]`
  const definition: SubParagraph = {kind: 'sub-paragraph', id, label: term, term, text: clause.text, items: clause.items, tail: clause.tail}
  const relabel = (provision: SubParagraph, parent: string): void => {
    provision.id = `${parent}(${provision.label})`
    for (const item of provision.items) relabel(item, provision.id)
  }
  for (const item of definition.items) relabel(item, id)
  return definition
}

function comparable(definition: SubParagraph): unknown {
  return JSON.parse(JSON.stringify(definition, (key, value: unknown) => (key === 'place' || key === 'id' ? undefined : value)))
}
