import {markRun} from '../redline/plain-notation.js'
import {RedlineError, inputMessage} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import {redlineText} from '../redline/redline-text.js'
import {tokenize} from '../redline/tokenize.js'

/** Two changes to the same words that cannot both stand. */
export interface Conflict {
  /** The clause, `G3.20` (for a document version or title, the document: `Appendix AB`). */
  clause: string
  /** The provision and field whose words collide, `G3.20(b)` text; or `structure` / `heading` / `clause`; or a part's heading (`clause` is then the part, `G3`). */
  provision: string
  field: 'text' | 'tail' | 'structure' | 'table' | 'status' | 'clause' | 'heading' | 'part' | 'document-version' | 'document-title'
  /** For a `table` conflict over one row: the row's name (its first cell); absent: the whole table (its columns, or whether it stands). */
  row?: string
  /** The wording both sides started from (the base), or null where there was none. */
  base: string | null
  /** Each side's name (a modification ID, or a version) and its wording (null: deleted). */
  sides: [ConflictSide, ConflictSide]
  place?: Place
  /** What the drafter does next, e.g. release one record, then rebase the other. */
  next?: string
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

/** What a table conflict is over: `row "DCC" of the table in Section F2.11`, or the whole table. */
export function tableConflictSubject(conflict: Conflict): string {
  return `${conflict.row === undefined ? '' : `row "${conflict.row}" of `}the table in Section ${conflict.provision}`
}

/** A conflict in words: which clause, what each side changes word by word, what it was, what to do next. */
export function describeConflict(conflict: Conflict): string {
  const [a, b] = conflict.sides
  const what = conflict.field === 'table' ? tableConflictSubject(conflict) : conflict.field === 'status' ? `the status of ${conflict.provision}` : conflict.field === 'text' || conflict.field === 'tail' ? `the ${conflict.field === 'tail' ? 'closing text' : 'text'} of ${conflict.provision}` : conflict.field === 'structure' ? `the sub-paragraphs of ${conflict.clause}` : conflict.field === 'heading' ? (conflict.base === null ? `the cross-heading above ${conflict.clause}` : `the cross-heading ${quote(conflict.base)}`) : conflict.field === 'part' ? `the heading of part ${conflict.clause}` : conflict.field === 'document-version' || conflict.field === 'document-title' ? conflict.provision : `clause ${conflict.clause}`
  const words = conflict.field === 'text' || conflict.field === 'tail' || conflict.field === 'table' || conflict.field === 'heading' || conflict.field === 'document-title'
  const side = (wording: string | null): string => (words && conflict.base !== null && wording !== null ? `"${changedWords(conflict.base, wording)}"` : quote(wording))
  return [
    `Conflict in ${conflict.clause}: ${a.name} and ${b.name} both change ${what}, expected ${conflict.field === 'table' ? 'changes to different rows' : conflict.field === 'status' ? 'one status' : 'changes to different words'}`,
    `  base:    ${quote(conflict.base)}`,
    `  ${`${a.name}:`.padEnd(8)} ${side(a.wording)}`,
    `  ${`${b.name}:`.padEnd(8)} ${side(b.wording)}`,
    ...(conflict.next ? [`  next:    ${conflict.next}`] : [])
  ].join('\n')
}

/**
 * A wording marked against the base word by word (`[-deleted-][+inserted+]`, the one plain notation), the unchanged
 * stretches between changes cut to a few words on each side (`…`), so the report shows where the
 * wordings part rather than whole sub-paragraphs.
 */
export function changedWords(base: string, wording: string, keep = 4): string {
  const runs = redlineText(base, wording)
  return runs
    .map((run, index) => {
      if (run.type !== 'equal') return markRun(run.type, run.text)
      const tokens = tokenize(run.text)
      const first = index === 0
      const last = index === runs.length - 1
      if (tokens.length <= keep * 2 + 1 && !(first && tokens.length > keep) && !(last && tokens.length > keep)) return run.text
      const head = first ? '' : tokens.slice(0, keep).join('')
      const tail = last ? '' : tokens.slice(-keep).join('')
      return first && last ? run.text : `${first ? '…' : head}${first || last ? '' : '…'}${last ? '…' : tail}`
    })
    .join('')
}
