import {isTerm} from './ids.js'

/**
 * The words a definition's meaning opens with, after its term: `Alert Window means …`,
 * `Panel has the meaning given to it in …`, `Party includes …`. A definitions table is known by
 * them (import), and a definition written as plain text in an amending instruction is split at
 * the first of them into its term and its meaning.
 */
const DEFINING_WORDS = ['means', 'mean', 'has the meaning', 'have the meaning', 'shall have the meaning', 'shall mean', 'includes', 'include', 'is', 'are']
const DEFINING_SOURCE = `(?:${DEFINING_WORDS.join('|')})`

/** Text that opens with a defining word (any case): the meaning cell of a definitions table. */
export const OPENS_WITH_DEFINING_WORD = new RegExp(`^${DEFINING_SOURCE}\\b`, 'i')

const SPLIT = new RegExp(` (?=${DEFINING_SOURCE}(?:[ ,;:.]|$))`, 'g')

/**
 * A definition's first line as plain text split into its term and its meaning, at the first
 * defining word (lower case, a whole word) after a valid term; undefined where there is none.
 */
export function splitDefinitionLine(line: string): {term: string; text: string} | undefined {
  for (const match of line.matchAll(SPLIT)) {
    const term = line.slice(0, match.index)
    if (isTerm(term)) return {term, text: line.slice(match.index + 1)}
  }
  return undefined
}
