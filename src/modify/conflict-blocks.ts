import {RedlineError, inputMessage} from '../diagnostics/errors.js'
import {redlineText} from '../redline/redline-text.js'
import {tableConflictSubject, type Conflict} from './conflict-error.js'

/** The first line of a conflict block in a legal text: `<<<<<<< conflict in G3.20(b) …`. */
export const CONFLICT_OPENER = '<<<<<<< conflict'
/** The last line of a conflict block. */
export const CONFLICT_CLOSER = '>>>>>>> end of conflict'

/** A record that still holds a conflict block: exit 1, naming the record and the block's line. */
export class UnresolvedConflictError extends RedlineError {
  constructor(record: string, file: string, line: number, provision: string) {
    super(
      inputMessage(
        `Unresolved conflict in ${record} (${provision}), expected ordinary marks: edit the clause below the block into {++…++}, {--…--} or {~~…~>…~~} against the record's base and delete the block (see modifications/README.md, "Conflict blocks")`,
        {file, start: {line, column: 1}},
        'conflict'
      ),
      1
    )
    this.name = 'UnresolvedConflictError'
  }
}

/** Refuses a legal text that still holds a conflict block, at the block's first line. */
export function refuseConflictBlocks(text: string, file: string, record: string): void {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => line.startsWith(CONFLICT_OPENER))
  if (index < 0) return
  const provision = /^<{7} conflict in (.+?):/.exec(lines[index] ?? '')?.[1] ?? 'a clause'
  throw new UnresolvedConflictError(record, file, index + 1, provision)
}

/** One side's wording as CriticMarkup against the base wording: where the two part, word by word. */
function marked(base: string | null, wording: string | null): string {
  if (wording === null) return '(deleted)'
  if (base === null) return wording
  return redlineText(base, wording)
    .map((run) => (run.type === 'equal' ? run.text : run.type === 'insert' ? `{++${run.text}++}` : `{--${run.text}--}`))
    .join('')
}

/**
 * A conflict block, written above the clause it concerns: the base wording, and each side's
 * wording marked against it word by word. The clause below the block is the target version's text;
 * resolving means writing the intended change into it as ordinary marks and deleting the block.
 */
export function conflictBlock(conflict: Conflict, baseVersion: string): string {
  const [ours, theirs] = conflict.sides
  const what = conflict.field === 'tail' ? `${conflict.provision} (closing text)` : conflict.field === 'structure' ? `the sub-paragraphs of ${conflict.clause}` : conflict.field === 'table' ? tableConflictSubject(conflict) : conflict.provision || conflict.clause
  const below = conflict.field === 'document-version' ? 'the document version line below' : conflict.field === 'document-title' ? 'the title line above' : 'the clause below'
  return [
    `${CONFLICT_OPENER} in ${what}: ${ours.name} and ${theirs.name} both change these words. Write ${ours.name}'s change into ${below} as marks against ${theirs.name}, then delete this block.`,
    `base (${baseVersion}): ${conflict.base ?? '(absent)'}`,
    `${ours.name}: ${marked(conflict.base, ours.wording)}`,
    `${theirs.name}: ${marked(conflict.base, theirs.wording)}`,
    CONFLICT_CLOSER
  ].join('\n')
}

/**
 * Puts each clause's conflict blocks just above the clause's first line (`**G3.20** …`) in a legal
 * text; a document version's block goes under its document's title, above the line
 * `Document version: V1.1` holding the target's version (the line the drafter marks); a title's
 * block goes under the title line, which holds the target's title (the line the drafter marks).
 */
export function insertConflictBlocks(legalText: string, conflicts: readonly Conflict[], baseVersion: string): string {
  let text = legalText
  const byClause = new Map<string, Conflict[]>()
  for (const conflict of conflicts) {
    if (conflict.field === 'document-version' || conflict.field === 'document-title') {
      text = insertDocumentVersionBlock(text, conflict, baseVersion)
      continue
    }
    byClause.set(conflict.clause, [...(byClause.get(conflict.clause) ?? []), conflict])
  }
  for (const [clause, list] of byClause) {
    const start = text.search(new RegExp(`^(?:\\{\\+\\+)?\\*\\*${clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*`, 'm'))
    const blocks = list.map((conflict) => conflictBlock(conflict, baseVersion)).join('\n\n')
    text = start < 0 ? `${text.replace(/\n+$/, '')}\n\n${blocks}\n` : `${text.slice(0, start)}${blocks}\n\n${text.slice(start)}`
  }
  return text
}

/** A document version's conflict block, and the target's version line below it, right under the document's title (`# Appendix AB: …`). */
function insertDocumentVersionBlock(text: string, conflict: Conflict, baseVersion: string): string {
  const title = new RegExp(`^# ${conflict.clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\n`, 'm').exec(text)
  const block = conflictBlock(conflict, baseVersion)
  if (!title) return `${text.replace(/\n+$/, '')}\n\n${block}\n`
  const at = title.index + title[0].length
  // A title's block stands under the title line itself, which holds the target's title.
  const line = conflict.field === 'document-title' || conflict.sides[1].wording === null ? '' : `Document version: ${conflict.sides[1].wording}\n\n`
  return `${text.slice(0, at)}\n${block}\n\n${line}${text.slice(at).replace(/^\n/, '')}`
}
