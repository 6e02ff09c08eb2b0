import {CITED_PROVISION_SOURCE, citedId, citeProvision, documentOf, LABEL_SOURCE} from './ids.js'
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
 *
 * The code's definitions (Section A) are named by their term alone; a definition of an Appendix's
 * or Schedule's own definitions clause names that clause, and so the document, too:
 *
 * - `Insert the following new definition in the appropriate alphabetical order in Section 1.1 of Appendix AB:`
 * - `Amend the definition of 'Request Window' in Section 1.1 of Appendix AB as follows:`
 * - `Delete the definition of 'Working Day' in Section 1.1 of Appendix AB.`
 */
export function insertDefinitionSentence(clause: string): string {
  return `Insert the following new definition in the appropriate alphabetical order in ${citeProvision(clause)}:`
}

/** `Amend the definition of 'Alert Window' as follows:` (the term as it reads before the change), naming the definitions clause `clause` where {@link namesItsClause}. */
export function amendDefinitionSentence(term: string, clause: string): string {
  return `Amend the definition of '${term}'${inClause(clause)} as follows:`
}

/** `Delete the definition of 'Working Day'.`, naming the definitions clause `clause` where {@link namesItsClause}. */
export function deleteDefinitionSentence(term: string, clause: string): string {
  return `Delete the definition of '${term}'${inClause(clause)}.`
}

/** Whether an amendment or deletion in definitions clause `clause` names it: a clause of an Appendix or Schedule (the code's own definitions are found by their term). */
export function namesItsClause(clause: string): boolean {
  const document = documentOf(clause)
  return document !== undefined && document.kind !== 'section'
}

function inClause(clause: string): string {
  return namesItsClause(clause) ? ` in ${citeProvision(clause)}` : ''
}

/**
 * A definition sentence read back: which definition it names (by term, and by the clause that
 * defines it where the sentence names one) or which clause it inserts into.
 */
export type DefinitionSentence = {kind: 'insert'; clause: string} | {kind: 'amend'; term: string; clause?: string} | {kind: 'delete'; term: string; clause?: string}

const INSERT_SENTENCE = new RegExp(`^Insert the following new definition in the appropriate alphabetical order in (${CITED_PROVISION_SOURCE}):$`)
// The term in straight or curly single quotes ('Alert Window' or ‘Alert Window’, as Word and pandoc write them), then the clause where one is named.
const AMEND_SENTENCE = new RegExp(`^Amend the definition of ${OPEN_SINGLE_SOURCE}(.*?)${CLOSE_SINGLE_SOURCE}(?: in (${CITED_PROVISION_SOURCE}))? as follows:$`)
const DELETE_SENTENCE = new RegExp(`^Delete the definition of ${OPEN_SINGLE_SOURCE}(.*?)${CLOSE_SINGLE_SOURCE}(?: in (${CITED_PROVISION_SOURCE}))?\\.$`)

/** Reads one of the sentences above (the term as written between the quotes), or undefined. */
export function readDefinitionSentence(text: string): DefinitionSentence | undefined {
  const insert = INSERT_SENTENCE.exec(text)
  if (insert) {
    const clause = citedId(insert[1] ?? '')
    return clause === undefined ? undefined : {kind: 'insert', clause}
  }
  for (const [kind, pattern] of [['amend', AMEND_SENTENCE], ['delete', DELETE_SENTENCE]] as const) {
    const found = pattern.exec(text)
    if (!found) continue
    const clause = found[2] === undefined ? undefined : citedId(found[2])
    return {kind, term: found[1] ?? '', ...(clause === undefined ? {} : {clause})}
  }
  return undefined
}

/**
 * Where a word instruction in a definition applies, as the words before its edit: `In the
 * definition of 'Alert Window'`, `In paragraph (b)(ii) of the definition of 'Anomaly Detection
 * Threshold'`, `In the closing words of the definition of 'X'`, the clause named as above where
 * {@link namesItsClause} (`… of the definition of 'Request Window' in Section 1.1 of Appendix AB`).
 * `paragraph` is the labels of the sub-paragraph within the definition (`(b)(ii)`), or `''`.
 */
export function definitionWordsPlace(term: string, clause: string, paragraph: string, field: 'text' | 'tail'): string {
  return `In ${field === 'tail' ? 'the closing words of ' : ''}${paragraph === '' ? '' : `paragraph ${paragraph} of `}the definition of '${term}'${inClause(clause)}`
}

const DEFINITION_WORDS_SENTENCE = new RegExp(
  `^In (the closing words of )?(?:paragraph ((?:\\(${LABEL_SOURCE}\\))+) of )?the definition of ${OPEN_SINGLE_SOURCE}(.*?)${CLOSE_SINGLE_SOURCE}(?: in (${CITED_PROVISION_SOURCE}))?, (.*)\\.$`
)

/** A word instruction in a definition read back: the place {@link definitionWordsPlace} wrote, and the edit's words after it (`for "ten" substitute "twelve"`). */
export function readDefinitionWordsSentence(text: string): {term: string; clause?: string; paragraph: string; field: 'text' | 'tail'; edit: string} | undefined {
  const found = DEFINITION_WORDS_SENTENCE.exec(text)
  if (!found) return undefined
  const clause = found[4] === undefined ? undefined : citedId(found[4])
  return {term: found[3] ?? '', ...(clause === undefined ? {} : {clause}), paragraph: found[2] ?? '', field: found[1] ? 'tail' : 'text', edit: found[5] ?? ''}
}
