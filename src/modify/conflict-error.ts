import {RedlineError, inputMessage} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'

/** Two changes to the same words that cannot both stand. */
export interface Conflict {
  /** The clause, `G3.20`. */
  clause: string
  /** The provision and field whose words collide, `G3.20(b)` text; or `structure` / `heading` / `clause`; or a part's heading (`clause` is then the part, `G3`). */
  provision: string
  field: 'text' | 'tail' | 'structure' | 'clause' | 'heading' | 'part'
  /** The wording both sides started from (the base), or null where there was none. */
  base: string | null
  /** Each side's name (a modification ID, or a version) and its wording (null: deleted). */
  sides: [ConflictSide, ConflictSide]
  place?: Place
}

export interface ConflictSide {
  name: string
  wording: string | null
}

/** Conflicting changes: exit 1, a report naming both sides, the clause and every wording. */
export class ConflictError extends RedlineError {
  readonly conflicts: Conflict[]

  constructor(conflicts: Conflict[]) {
    super(conflicts.map((conflict) => inputMessage(describeConflict(conflict), conflict.place, 'conflict')), 1)
    this.name = 'ConflictError'
    this.conflicts = conflicts
  }
}

const quote = (wording: string | null): string => (wording === null ? '(absent)' : `"${wording}"`)

/** A conflict in words: which clause, what each side wants, what it was. */
export function describeConflict(conflict: Conflict): string {
  const [a, b] = conflict.sides
  const what = conflict.field === 'text' || conflict.field === 'tail' ? `the ${conflict.field === 'tail' ? 'closing text' : 'text'} of ${conflict.provision}` : conflict.field === 'structure' ? `the sub-paragraphs of ${conflict.clause}` : conflict.field === 'heading' ? `the cross-heading ${quote(conflict.base)}` : conflict.field === 'part' ? `the heading of part ${conflict.clause}` : `clause ${conflict.clause}`
  return [
    `Conflict in ${conflict.clause}: ${a.name} and ${b.name} both change ${what}, expected changes to different words`,
    `  base:    ${quote(conflict.base)}`,
    `  ${`${a.name}:`.padEnd(8)} ${quote(a.wording)}`,
    `  ${`${b.name}:`.padEnd(8)} ${quote(b.wording)}`
  ].join('\n')
}
