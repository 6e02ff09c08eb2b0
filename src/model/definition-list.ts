import {citeProvision} from './ids.js'
import {compareTerms} from './terms.js'
import type {Clause, SubParagraph} from './types.js'

/**
 * A change to one definition of a definitions clause (`A1.1`, `AB:1.1`), named as the code's own
 * drafting sentences name it: an insertion by the clause it goes into (in its alphabetical place),
 * an amendment or a deletion by the term it has before the change, and by its clause where the
 * sentence names one (an Appendix's or Schedule's definitions: `clause` absent, the code's
 * definitions clause that defines the term). Amending instructions and `mod import` of an annex
 * both apply them to a version's clause.
 */
export type DefinitionChange =
  | {kind: 'insert-definition'; clause: string; definition: SubParagraph}
  | {kind: 'amend-definition'; term: string; clause?: string; definition: SubParagraph}
  | {kind: 'delete-definition'; term: string; clause?: string}

/** The clause of `clauses` that defines `term`, for an amendment or deletion, or undefined. */
export function definingClause(clauses: readonly Clause[], term: string): Clause | undefined {
  return clauses.find((clause) => clause.items.some((item) => item.term === term))
}

/** Every defined term of `clauses` with the clause that defines it (the first, as {@link definingClause} finds it): built once, looked up per term. */
export function definingClauses(clauses: readonly Clause[]): Map<string, Clause> {
  const out = new Map<string, Clause>()
  for (const clause of clauses) for (const item of clause.items) if (item.term !== undefined && !out.has(item.term)) out.set(item.term, clause)
  return out
}

/**
 * Applies a definition instruction to its definitions clause: an insertion stands before the first
 * definition whose term comes after it alphabetically; an amendment replaces the definition in its
 * place; `fail` is called with the reason where the instruction does not fit.
 */
export function applyDefinitionChange(clause: Clause, instruction: DefinitionChange, fail: (reason: string) => never): void {
  const list = clause.items
  const indexOf = (term: string): number => list.findIndex((item) => item.term === term)
  const renumber = (item: SubParagraph): SubParagraph => {
    const copy = structuredClone(item)
    const visit = (provision: SubParagraph, id: string): void => {
      provision.id = id
      delete provision.place
      for (const child of provision.items) visit(child, `${id}${child.term === undefined ? `(${child.label})` : `[${child.term}]`}`)
    }
    visit(copy, `${clause.id}[${copy.term ?? ''}]`)
    return copy
  }
  switch (instruction.kind) {
    case 'delete-definition': {
      const index = indexOf(instruction.term)
      if (index < 0) fail(`Unexpected definition of '${instruction.term}': not in ${citeProvision(clause.id)}, expected a term it defines`)
      list.splice(index, 1)
      return
    }
    case 'amend-definition': {
      const index = indexOf(instruction.term)
      if (index < 0) fail(`Unexpected definition of '${instruction.term}': not in ${citeProvision(clause.id)}, expected a term it defines`)
      const term = instruction.definition.term ?? ''
      if (term !== instruction.term && indexOf(term) >= 0) fail(`Unexpected new term '${term}': ${citeProvision(clause.id)} defines it already, expected a term not yet defined`)
      list[index] = renumber(instruction.definition)
      return
    }
    case 'insert-definition': {
      const term = instruction.definition.term ?? ''
      if (list.some((item) => item.term?.toLowerCase() === term.toLowerCase())) fail(`Unexpected new definition of '${term}': ${citeProvision(clause.id)} defines it already, expected a term not yet defined`)
      if (list.some((item) => item.term === undefined)) fail(`Unexpected new definition in ${citeProvision(clause.id)}: its sub-paragraphs are not definitions, expected a definitions clause`)
      const at = list.findIndex((item) => compareTerms(item.term ?? '', term) > 0)
      list.splice(at < 0 ? list.length : at, 0, renumber(instruction.definition))
    }
  }
}
