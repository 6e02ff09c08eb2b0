import {RedlineError, inputMessage} from '../diagnostics/errors.js'
import {documentName, documentOf, printedNumber} from '../model/ids.js'
import {redlineText} from '../redline/redline-text.js'
import {tableConflictSubject, type Conflict} from './conflict-error.js'

/** The first line of a conflict block in a legal text: `<<<<<<< conflict in G3.20(b) …`. */
export const CONFLICT_OPENER = '<<<<<<< conflict'
/** The last line of a conflict block. */
export const CONFLICT_CLOSER = '>>>>>>> end of conflict'

/** A record that still holds a conflict block: exit 1, naming the record and the block's line. */
export class UnresolvedConflictError extends RedlineError {
  constructor(record: string, file: string, line: number, provision: string, target = 'the clause below') {
    super(
      inputMessage(
        `Unresolved conflict in ${record} (${provision}), expected ordinary marks: edit ${target} the block into {++…++}, {--…--} or {~~…~>…~~} against the record's base and delete the block (see modifications/README.md, "Conflict blocks")`,
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
  // The block names the line to mark: the clause below, a heading's or a title's line above, a document version's line below.
  const target = / into (the .+? (?:above|below)) as marks /.exec(lines[index] ?? '')?.[1]
  throw new UnresolvedConflictError(record, file, index + 1, provision, target)
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
  const heading = conflict.field === 'heading' || conflict.field === 'part'
  return [
    `${CONFLICT_OPENER} in ${what}: ${ours.name} and ${theirs.name} both change ${heading ? 'this heading' : 'these words'}. Write ${ours.name}'s change into ${lineToMark(conflict)} as marks against ${theirs.name}, then delete this block.`,
    `base (${baseVersion}): ${conflict.base ?? '(absent)'}`,
    `${ours.name}: ${marked(conflict.base, ours.wording)}`,
    `${theirs.name}: ${marked(conflict.base, theirs.wording)}`,
    CONFLICT_CLOSER
  ].join('\n')
}

/** The line of the legal text the drafter marks to resolve a conflict, as its block names it. */
function lineToMark(conflict: Conflict): string {
  switch (conflict.field) {
    case 'document-version':
      return 'the document version line below'
    case 'document-title':
      return 'the title line above'
    case 'heading':
      return 'the cross-heading line above'
    case 'part':
      return 'the part heading line above'
    default:
      return 'the clause below'
  }
}

/**
 * Puts each clause's conflict blocks just above the clause's first line (`**G3.20** …`) in a legal
 * text; a document version's block goes under its document's title, above the line
 * `Document version: V1.1` holding the target's version (the line the drafter marks); a title's
 * block goes under the title line, which holds the target's title (the line the drafter marks); a
 * part heading's under its heading line (`## G3 …`), and a cross-heading's above the first clause
 * under it, so under its heading line.
 */
export function insertConflictBlocks(legalText: string, conflicts: readonly Conflict[], baseVersion: string): string {
  let text = legalText
  const byClause = new Map<string, Conflict[]>()
  for (const conflict of conflicts) {
    if (conflict.field === 'document-version' || conflict.field === 'document-title') {
      text = insertDocumentVersionBlock(text, conflict, baseVersion)
      continue
    }
    if (conflict.field === 'part') {
      text = insertPartBlock(text, conflict, baseVersion)
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

/** A part heading's conflict block, right under the part's heading line (`## G3 …`, `## 2 …` after its document's title), which holds the target's heading. */
function insertPartBlock(text: string, conflict: Conflict, baseVersion: string): string {
  const document = documentOf(conflict.clause.includes(':') ? conflict.clause : `${conflict.clause}.1`)
  const title = document ? new RegExp(`^(?:\\{\\+\\+)?# ${documentName(document)}: .*$`, 'm').exec(text) : null
  const from = title ? title.index : 0
  const number = printedNumber(conflict.clause).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const line = new RegExp(`^## ${number}(?: .*)?\n`, 'm').exec(text.slice(from))
  const block = conflictBlock(conflict, baseVersion)
  if (!line) return `${text.replace(/\n+$/, '')}\n\n${block}\n`
  const at = from + line.index + line[0].length
  return `${text.slice(0, at)}\n${block}\n${text.slice(at)}`
}
