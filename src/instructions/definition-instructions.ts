import {InputError} from '../diagnostics/errors.js'
import {isDeepStrictEqual} from 'node:util'
import {amendDefinitionSentence, definitionWordsPlace, deleteDefinitionSentence, insertDefinitionSentence, namesItsClause, readDefinitionSentence, readDefinitionWordsSentence} from '../model/definition-sentences.js'
import {citeProvision} from '../model/ids.js'
import {applyDefinitionChange, type DefinitionChange} from '../model/definition-list.js'
import type {Clause, Place, Provision, SubParagraph} from '../model/types.js'
import {parseClause} from '../parse/parse-clause.js'
import {resolveClause, resolveProvision} from '../redline/accept-reject.js'
import type {ClauseRedline, ProvisionRedline} from '../redline/document.js'
import {acceptRuns, hasChanges} from '../redline/run.js'
import {serializeProvision} from '../serialize/serialize-clause.js'
import {readDefinitionBlock, writeDefinitionBlock} from './plain-definition.js'
import {decodeWords, encodeWords} from './quote-words.js'
import {deriveTextEdits} from './derive-text-edits.js'
import {applyTextEdit} from './edit-text.js'
import {formatEdit} from './format-instructions.js'
import type {TextEdit} from './instruction-types.js'
import {readEdit} from './parse-instructions.js'

/**
 * Amending instructions for the definitions of a definitions clause (`A1.1`), in the drafting style:
 *
 *   Insert the following new definition in the appropriate alphabetical order in Section A1.1:
 *   Amend the definition of 'Alert Window' as follows:
 *   Delete the definition of 'Working Day'.
 *
 * An amendment or deletion names the definition by its term alone, as the code's own instructions
 * do: the version's definitions clause that defines it; in an Appendix or Schedule it names the
 * clause too ("Amend the definition of 'Request Window' in Section 1.1 of Appendix AB as follows:").
 * The clause named is kept in the instruction (`clause`) only where the sentence prints it.
 *
 * The definition itself follows an insertion or an amendment indented four spaces, as plain legal
 * text (`Abort Notice means …`, its sub-paragraphs indented as a clause's are: `plain-definition.ts`),
 * or in the corpus's canonical markdown (`- **Term** means …`) where plain text would not read back
 * as itself; the reader takes both.
 */
export type DefinitionInstruction = DefinitionChange | DefinitionWords

/**
 * A word change in one definition whose structure stays, anchored as a clause's are (see
 * `derive-text-edits.ts`): `In the definition of 'Alert Window', for "ten" substitute "twelve".`,
 * `In paragraph (b)(ii) of the definition of 'X', …`, `In the closing words of the definition of 'X', …`.
 * `paragraph` is the labels of the sub-paragraph within the definition (`(b)(ii)`), or `''`.
 */
export interface DefinitionWords {
  kind: 'definition-text'
  term: string
  clause?: string
  paragraph: string
  field: 'text' | 'tail'
  edit: TextEdit
}

/**
 * The definition instructions that turn the old definitions of a clause into the new ones, or
 * undefined where they cannot (the clause renumbered, or a definition stands where alphabetical
 * insertion would not put it): the caller then substitutes the whole clause. The clause's own
 * words (lead-in, tail) and table are left to the caller's word and row instructions.
 */
export function deriveDefinitionInstructions(clause: ClauseRedline): DefinitionInstruction[] | undefined {
  // A list whose items are definitions on both sides only: a list that turns into labelled items (or back) is substituted whole.
  if (clause.items.length === 0 || !clause.items.every((item) => item.definition) || hasChanges(clause.label)) return undefined
  const before = resolveClause(clause, 'reject')
  const after = resolveClause(clause, 'accept')
  if (!before || !after) return undefined
  const out: DefinitionInstruction[] = []
  const named = namesItsClause(clause.id) ? {clause: clause.id} : {}
  for (const item of clause.items) {
    if (item.status === 'unchanged') continue
    const old = resolveProvision(item, 'reject') as SubParagraph | null
    const next = resolveProvision(item, 'accept') as SubParagraph | null
    const words = old && next ? wordInstructions(item, old.term ?? '', named) : undefined
    if (words) out.push(...words)
    else if (old && next) out.push({kind: 'amend-definition', term: old.term ?? '', ...named, definition: next})
    else if (old) out.push({kind: 'delete-definition', term: old.term ?? '', ...named})
    else if (next) out.push({kind: 'insert-definition', clause: clause.id, definition: next})
  }
  // Deletions first, then amendments, then insertions: an insertion finds its alphabetical place among the definitions that remain.
  const order = {'delete-definition': 0, 'amend-definition': 1, 'definition-text': 1, 'insert-definition': 2}
  out.sort((a, b) => order[a.kind] - order[b.kind])
  const copy = structuredClone(before)
  try {
    for (const instruction of out) applyDefinitionInstruction(copy, instruction, (reason) => { throw new Error(reason) })
  } catch {
    return undefined
  }
  return JSON.stringify(strip(copy.items)) === JSON.stringify(strip(after.items)) ? out : undefined
}

/**
 * The word instructions for a definition whose term and structure stay (no sub-paragraph comes,
 * goes or is relabelled, no text of several paragraphs), each proven to read back as written;
 * undefined where any cannot (the definition is then amended whole).
 */
function wordInstructions(item: ProvisionRedline, term: string, named: {clause?: string}): DefinitionWords[] | undefined {
  if (!sameShape(item)) return undefined
  const out: DefinitionWords[] = []
  const visit = (provision: ProvisionRedline, paragraph: string): boolean => {
    for (const field of ['text', 'tail'] as const) {
      if (field === 'tail' && !visitItems(provision, paragraph)) return false
      const edits = deriveTextEdits(provision[field])
      if (!edits) return false
      for (const edit of edits) {
        const instruction: DefinitionWords = {kind: 'definition-text', term, ...named, paragraph, field, edit}
        const read = parseDefinitionInstruction(formatDefinitionInstruction(instruction), {file: '', start: {line: 1, column: 1}}, () => ({lines: [], firstLine: 2, last: 1}))
        if (!read || !isDeepStrictEqual(read.instruction, instruction)) return false
        out.push(instruction)
      }
    }
    return true
  }
  const visitItems = (provision: ProvisionRedline, paragraph: string): boolean => provision.items.every((child) => visit(child, `${paragraph}(${acceptRuns(child.label)})`))
  return visit(item, '') ? out : undefined
}

/** Whether only words change: no provision inserted, deleted or relabelled, and no text of several paragraphs or between two lists. */
function sameShape(provision: ProvisionRedline): boolean {
  if (provision.status === 'inserted' || provision.status === 'deleted' || hasChanges(provision.label)) return false
  if (provision.textBefore || [...provision.text, ...provision.tail].some((run) => run.text.includes('\n'))) return false
  return provision.items.every(sameShape)
}

/** Applies a definition instruction to its definitions clause (see {@link applyDefinitionChange}); `fail` is called with the reason where it does not fit. */
export function applyDefinitionInstruction(clause: Clause, instruction: DefinitionInstruction, fail: (reason: string) => never): void {
  if (instruction.kind !== 'definition-text') return applyDefinitionChange(clause, instruction, fail)
  let provision: Provision | undefined = clause.items.find((item) => item.term === instruction.term)
  if (!provision) return fail(`Unexpected definition of '${instruction.term}': not in ${citeProvision(clause.id)}, expected a term it defines`)
  for (const label of instruction.paragraph.slice(1, -1).split(')(').filter((entry) => entry !== '')) {
    provision = provision.items.find((item: SubParagraph) => item.label === label)
    if (!provision) return fail(`Unexpected paragraph ${instruction.paragraph} of the definition of '${instruction.term}': no such paragraph, expected one of the definition`)
  }
  const result = applyTextEdit(provision[instruction.field], instruction.edit)
  if (!result.ok) return fail(result.reason.replace('the provision', `the definition of '${instruction.term}'`))
  provision[instruction.field] = result.text
}

function strip(items: readonly SubParagraph[]): unknown {
  return JSON.parse(JSON.stringify(items, (key, value: unknown) => (key === 'place' || key === 'id' ? undefined : value)))
}

/** The instruction as text: its sentence, and the definition below it indented four spaces. */
export function formatDefinitionInstruction(instruction: DefinitionInstruction): string {
  switch (instruction.kind) {
    case 'insert-definition':
      return `${insertDefinitionSentence(instruction.clause)}\n${block(instruction.definition)}`
    case 'amend-definition':
      return `${amendDefinitionSentence(encodeWords(instruction.term), instruction.clause ?? '')}\n${block(instruction.definition)}`
    case 'delete-definition':
      return deleteDefinitionSentence(encodeWords(instruction.term), instruction.clause ?? '')
    case 'definition-text':
      return `${definitionWordsPlace(encodeWords(instruction.term), instruction.clause ?? '', instruction.paragraph, instruction.field)}, ${formatEdit(instruction.edit)}.`
  }
}

/** The definition as plain text (`plain-definition.ts`), or in canonical markdown where plain text would not read back as itself. */
function block(definition: SubParagraph): string {
  return (writeDefinitionBlock(definition) ?? serializeProvision(definition).split('\n'))
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')
}

/**
 * Reads a definition instruction at `lines[index]` (without its number); `blockAt` gives the lines
 * of the indented block after it and the index of its last line. Undefined when the line is no
 * definition instruction.
 */
export function parseDefinitionInstruction(
  line: string,
  place: Place,
  blockAt: () => {lines: string[]; firstLine: number; last: number}
): {instruction: DefinitionInstruction; last?: number} | undefined {
  const words = readDefinitionWordsSentence(line)
  if (words) {
    const {edit, clause, ...rest} = words
    return {instruction: {kind: 'definition-text', ...rest, term: decodeWords(words.term), ...(clause === undefined ? {} : {clause}), edit: readEdit(edit, place)}}
  }
  const sentence = readDefinitionSentence(line)
  if (!sentence) return undefined
  const named = sentence.kind !== 'insert' && sentence.clause !== undefined ? {clause: sentence.clause} : {}
  if (sentence.kind === 'delete') return {instruction: {kind: 'delete-definition', term: decodeWords(sentence.term), ...named}}
  const {lines, firstLine, last} = blockAt()
  if (lines.length === 0) {
    throw new InputError(`Unexpected end of the definition instruction, expected the definition on the following lines, indented four spaces ('    Abort Notice means …')`, place)
  }
  const definition = lines[0]?.startsWith('- ') ? readMarkdownDefinition(lines, place.file, firstLine) : readDefinitionBlock(lines, place.file, firstLine)
  const instruction: DefinitionInstruction = sentence.kind === 'insert' ? {kind: 'insert-definition', clause: sentence.clause, definition} : {kind: 'amend-definition', term: decodeWords(sentence.term), ...named, definition}
  return {instruction, last}
}

/** A definition in canonical markdown (`- **Term** means …`), read as the one item of a definitions clause, so that every markdown rule of the corpus applies. */
function readMarkdownDefinition(lines: readonly string[], file: string, firstLine: number): SubParagraph {
  // The definition is read under a stand-in clause number of Section A (the parser numbers a Section's clauses; applying it renumbers the definition into its clause).
  const parsed = parseClause(`**A1.1**\n\n${lines.join('\n')}`, {file, line: firstLine - 2})
  const [definition, ...more] = parsed.items
  if (!definition || definition.term === undefined || more.length > 0) {
    throw new InputError(`Unexpected block under a definition instruction, expected exactly one definition ('    - **Term** means …')`, {file, start: {line: firstLine, column: 5}})
  }
  return definition
}
