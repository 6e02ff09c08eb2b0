import {InputError} from '../diagnostics/errors.js'
import type {Place, ProvisionBase, SubParagraph} from '../model/types.js'

/**
 * Checks what makes the IDs of definitions unambiguous: a list of sub-paragraphs is all
 * definitions (`- **Term** …`) or all labelled items (`- (a) …`), never both, and no term is
 * defined twice in one list (terms compared case-insensitively, as `redline show` finds them).
 * Alphabetical order is a question of drafting, reported by the `definitions` check rule.
 */
export function checkDefinitionLists(provision: ProvisionBase): void {
  const definitions = provision.items.filter((item) => item.term !== undefined)
  if (definitions.length > 0 && definitions.length < provision.items.length) {
    const first = provision.items[0] as SubParagraph
    const odd = provision.items.find((item) => (item.term === undefined) !== (first.term === undefined)) as SubParagraph
    throw new InputError(
      `Unexpected ${odd.term === undefined ? `labelled sub-paragraph (${odd.label})` : `definition of '${odd.term}'`} in ${provision.id}, expected a list of ${first.term === undefined ? 'labelled sub-paragraphs' : 'definitions'} only, as its first item ${describeItem(first)}${at(first.place)} is`,
      odd.place
    )
  }
  const seen = new Map<string, SubParagraph>()
  for (const item of definitions) {
    const key = (item.term ?? '').toLowerCase()
    const earlier = seen.get(key)
    if (earlier) {
      throw new InputError(
        `Duplicate definition of '${item.term ?? ''}' in ${provision.id}, expected each term defined once (first defined as '${earlier.term ?? ''}'${at(earlier.place)})`,
        item.place
      )
    }
    seen.set(key, item)
  }
  for (const item of provision.items) checkDefinitionLists(item)
}

function describeItem(item: SubParagraph): string {
  return item.term === undefined ? `(${item.label})` : `'${item.term}'`
}

function at(place: Place | undefined): string {
  return place ? ` at ${place.file}:${place.start.line}:${place.start.column}` : ''
}
