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
