import {InputError} from '../diagnostics/errors.js'
import {amendDefinitionSentence, deleteDefinitionSentence, insertDefinitionSentence, namesItsClause, readDefinitionSentence} from '../model/definition-sentences.js'
import {applyDefinitionChange, type DefinitionChange} from '../model/definition-list.js'
import type {Place, SubParagraph} from '../model/types.js'
import {parseClause} from '../parse/parse-clause.js'
import {resolveClause, resolveProvision} from '../redline/accept-reject.js'
import type {ClauseRedline} from '../redline/document.js'
import {hasChanges} from '../redline/run.js'
import {serializeProvision} from '../serialize/serialize-clause.js'
import {readDefinitionBlock, writeDefinitionBlock} from './plain-definition.js'
import {decodeWords, encodeWords} from './quote-words.js'

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
export type DefinitionInstruction = DefinitionChange

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
    if (old && next) out.push({kind: 'amend-definition', term: old.term ?? '', ...named, definition: next})
    else if (old) out.push({kind: 'delete-definition', term: old.term ?? '', ...named})
    else if (next) out.push({kind: 'insert-definition', clause: clause.id, definition: next})
  }
  // Deletions first, then amendments, then insertions: an insertion finds its alphabetical place among the definitions that remain.
  const order = {'delete-definition': 0, 'amend-definition': 1, 'insert-definition': 2}
  out.sort((a, b) => order[a.kind] - order[b.kind])
  const copy = structuredClone(before)
  try {
    for (const instruction of out) applyDefinitionChange(copy, instruction, (reason) => { throw new Error(reason) })
  } catch {
    return undefined
  }
  return JSON.stringify(strip(copy.items)) === JSON.stringify(strip(after.items)) ? out : undefined
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
