import {partOf} from './ids.js'
import type {Part, Section} from './types.js'

/**
 * The part of a section that stands under no part heading and whose clauses all carry a part's
 * number (`G1.1`, `G1.2` for `G1`), or undefined: the clauses a heading of that part, inserted above
 * them, takes. A part heading inserted over clauses that stay gives this part its number and title;
 * it adds no empty part beside it.
 */
export function headlessPartOf(section: Section, partId: string): Part | undefined {
  return section.parts.find((part) => {
    const clauses = part.groups.flatMap((group) => group.clauses)
    return part.id === null && clauses.length > 0 && clauses.every((clause) => partOf(clause.id) === partId)
  })
}
