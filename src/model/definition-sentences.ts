import {CLAUSE_NUMBER_SOURCE} from './ids.js'
import {CLOSE_SINGLE_SOURCE, OPEN_SINGLE_SOURCE} from './quote-marks.js'

/**
 * The drafting sentences that introduce a definition inserted, amended or deleted in a definitions
 * clause, as the code's own amending instructions word them. The annex prints them before each
 * changed definition; the amending instructions print them (with the term quoted for a text file)
 * and read them back.
 *
 * - `Insert the following new definition in the appropriate alphabetical order in Section A1.1:`
 * - `Amend the definition of 'Alert Window' as follows:`
 * - `Delete the definition of 'Working Day'.`
 */
export function insertDefinitionSentence(clause: string): string {
  return `Insert the following new definition in the appropriate alphabetical order in Section ${clause}:`
}

/** `Amend the definition of 'Alert Window' as follows:` (the term as it reads before the change). */
export function amendDefinitionSentence(term: string): string {
  return `Amend the definition of '${term}' as follows:`
}

/** `Delete the definition of 'Working Day'.` */
export function deleteDefinitionSentence(term: string): string {
  return `Delete the definition of '${term}'.`
}

/** A definition sentence read back: which definition it names (by term) or which clause it inserts into. */
export type DefinitionSentence = {kind: 'insert'; clause: string} | {kind: 'amend'; term: string} | {kind: 'delete'; term: string}

const INSERT_SENTENCE = new RegExp(`^Insert the following new definition in the appropriate alphabetical order in Section (${CLAUSE_NUMBER_SOURCE}):$`)
// The term in straight or curly single quotes ('Alert Window' or ‘Alert Window’, as Word and pandoc write them).
const AMEND_SENTENCE = new RegExp(`^Amend the definition of ${OPEN_SINGLE_SOURCE}(.*)${CLOSE_SINGLE_SOURCE} as follows:$`)
const DELETE_SENTENCE = new RegExp(`^Delete the definition of ${OPEN_SINGLE_SOURCE}(.*)${CLOSE_SINGLE_SOURCE}\\.$`)

/** Reads one of the three sentences above (the term as written between the quotes), or undefined. */
export function readDefinitionSentence(text: string): DefinitionSentence | undefined {
  const insert = INSERT_SENTENCE.exec(text)
  if (insert) return {kind: 'insert', clause: insert[1] ?? ''}
  const amend = AMEND_SENTENCE.exec(text)
  if (amend) return {kind: 'amend', term: amend[1] ?? ''}
  const deleted = DELETE_SENTENCE.exec(text)
  if (deleted) return {kind: 'delete', term: deleted[1] ?? ''}
  return undefined
}
