import {InputError} from '../diagnostics/errors.js'
import {CLAUSE_NUMBER, labelAt, LOCAL_NUMBER, schemeAt} from '../model/ids.js'
import type {Clause, ProvisionBase} from '../model/types.js'

/**
 * Checks what makes IDs unambiguous: the clause number is well formed and belongs to the section,
 * and every sub-paragraph label follows its depth's scheme in sequence: `(i)` after `(h)` at depth
 * 1 is a letter, `(i)` at depth 2 is a roman numeral.
 */
export function checkClauseStructure(clause: Clause, sectionLetter: string, fileLabel: string, prefix = ''): void {
  if (prefix !== '') {
    const printed = clause.id.startsWith(prefix) ? clause.id.slice(prefix.length) : clause.id
    if (!LOCAL_NUMBER.test(printed)) {
      throw new InputError(`Unexpected clause number '${printed}' in ${fileLabel}, expected a number of the document's own numbering such as 2.11, 2.11A or 3`, clause.place)
    }
    checkItems(clause, 1)
    return
  }
  const match = CLAUSE_NUMBER.exec(clause.id)
  if (!match) {
    throw new InputError(`Unexpected clause number '${clause.id}', expected a number such as ${sectionLetter}3.20`, clause.place)
  }
  if (match[1] !== sectionLetter) {
    throw new InputError(
      `Unexpected clause ${clause.id} in ${fileLabel}, expected a clause of Section ${sectionLetter} (${sectionLetter}${match[2] ?? ''}.${match[3] ?? ''})`,
      clause.place
    )
  }
  checkItems(clause, 1)
}

function checkItems(provision: ProvisionBase, depth: number): void {
  const scheme = schemeAt(depth)
  provision.items.forEach((item, index) => {
    // A definition is named by its term; its own sub-paragraphs start the schemes again at (a).
    if (item.term !== undefined) {
      checkItems(item, 1)
      return
    }
    if (!scheme) {
      throw new InputError(`Unexpected sub-paragraph ${item.id} nested ${depth} deep, expected at most 4 levels ((a), (i), (A), (1))`, item.place)
    }
    const expected = labelAt(scheme, index)
    if (item.label !== expected) {
      const previous = index > 0 ? ` after (${provision.items[index - 1]?.label ?? ''})` : ''
      throw new InputError(
        `Unexpected label (${item.label})${previous} in ${provision.id}, expected (${expected}): depth ${depth} uses ${scheme} labels`,
        item.place
      )
    }
    checkItems(item, depth + 1)
  })
}
