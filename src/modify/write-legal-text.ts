import {documentName, printedNumber} from '../model/ids.js'
import type {Clause, Provision, SubParagraph} from '../model/types.js'
import {redlineText} from '../redline/redline-text.js'
import type {Run} from '../redline/run.js'
import {blockMarkerIndex, escapeHeadingText} from '../escape/markdown.js'
import {blockMarkersByRun} from '../redline/block-markers.js'
import {escapeTerm, itemLabel, paragraphLine, serializeClause, serializeProvision} from '../serialize/serialize-clause.js'
import {pairParagraphs} from '../redline/paragraph-redline.js'
import {pairItems} from '../redline/clause-redline.js'
import {escapeField, escapeMarks, escapePiece, pieceContext, type PieceContext} from './escape-marked-text.js'
import {writeTableMarks} from './write-table-marks.js'

/** One clause to write into a legal text: before (absent: inserted) and after (absent: deleted). */
export interface ClauseDraft {
  id: string
  before?: Clause
  after?: Clause
}

/** A cross-heading line to write: before (null: inserted) and after (null: deleted). */
export interface HeadingDraft {
  before: string | null
  after: string | null
}

/**
 * A part heading line (`## G3 User Obligations`): orientation, and the end of the cross-heading
 * above it; with `change`, the part is retitled, inserted or deleted by the modification.
 */
export interface PartDraft {
  id: string
  /** The title written: the new one, or the old one of a deleted part. */
  title: string | null
  change?: {kind: 'retitled' | 'inserted' | 'deleted'; before: string | null}
}

/** One entry of a section's legal text, in document order. */
export type LegalTextEntry = {part: PartDraft} | {heading: HeadingDraft} | {clause: ClauseDraft}

export interface SectionDraft {
  letter: string
  title: string
  entries: LegalTextEntry[]
  /** The kind of document (absent: a section). */
  kind?: 'section' | 'appendix' | 'schedule'
  /** A whole Appendix or Schedule inserted or deleted. */
  document?: 'inserted' | 'deleted'
  /** The document's title changed (`title` is then the base's): written `# Section G: {~~Old~>New~~}` as a part's retitle is. */
  retitle?: {before: string; after: string}
  /** An Appendix's document version, written when it changes (or with a whole document). */
  documentVersion?: {before: string | null; after: string | null}
  /** The status lines (`Status of X2.4(b): …`), written after the section title. */
  statuses?: string[]
}

/** The legal text of a modification: every section's title, cross-headings and clauses with CriticMarkup. */
export function writeLegalText(sections: readonly SectionDraft[]): string {
  const blocks: string[] = []
  for (const section of sections) {
    // The title escaped as a heading's text and against CriticMarkup (`\{`, `\}`, `\~>`), as a part heading's is.
    const name = documentName(section)
    const title = `# ${name}: ${headingField(section.title, 1, `${name}: `)}`
    blocks.push(section.document === 'inserted' ? `{++${title}++}` : section.document === 'deleted' ? `{--${title}--}` : section.retitle ? writeRetitle(name, section.retitle) : title)
    if (section.documentVersion) blocks.push(writeDocumentVersion(section.documentVersion))
    if (section.statuses && section.statuses.length > 0) blocks.push(section.statuses.join('\n'))
    for (const entry of section.entries) {
      if ('part' in entry) blocks.push(writePart(entry.part))
      else blocks.push('heading' in entry ? writeHeading(entry.heading) : writeClauseDraft(entry.clause))
    }
  }
  return `${blocks.join('\n\n')}\n`
}

/** `Document version: {~~V1.0~>V1.1~~}`: an Appendix's own version line, under its title. */
function writeDocumentVersion(version: {before: string | null; after: string | null}): string {
  if (version.before === null) return `{++Document version: ${escapeMarks(version.after ?? '')}++}`
  if (version.after === null) return `{--Document version: ${escapeMarks(version.before)}--}`
  return `Document version: ${version.before === version.after ? escapeMarks(version.after) : `{~~${escapeMarks(version.before)}~>${escapeMarks(version.after)}~~}`}`
}

/** A document's retitled title line, `# Section G: {~~Security~>Cyber Security~~}`: its title marked as a part's retitle is. */
function writeRetitle(name: string, retitle: {before: string; after: string}): string {
  return `# ${name}: ${headingRuns(retitle.before, retitle.after, 1, `${name}: `)}`
}

function writePart(part: PartDraft): string {
  const number = printedNumber(part.id)
  const line = `## ${number}${part.title === null ? '' : ` ${headingField(part.title, 2, `${number} `)}`}`
  if (part.change?.kind === 'inserted') return `{++${line}++}`
  if (part.change?.kind === 'deleted') return `{--${line}--}`
  if (part.change?.kind !== 'retitled') return line
  return `## ${number} ${headingRuns(part.change.before ?? '', part.title ?? '', 2, `${number} `)}`
}

/**
 * A heading's text as markdown safe inside CriticMarkup, escaped as the heading line needs (a
 * leading or trailing `#`, which a field need not escape). A part title follows its number
 * (`G3 `); a cross-heading's text starts the heading.
 */
function headingField(text: string, depth: 1 | 2 | 3, lead = ''): string {
  return escapeMarks(escapeHeadingText(`${lead}${text}`, depth).slice(lead.length))
}

/**
 * A changed heading's text with marks: word marks where the words escape as any field, else one
 * substitution of the whole. A `#` anywhere takes the substitution: a mark can leave it last on
 * the line in one reading (`## G1 {~~the -~>#~~}` reads as a closing `#`), and only the whole
 * heading text, escaped as a heading, says where it stands.
 */
function headingRuns(before: string, after: string, depth: 1 | 2 | 3, lead = ''): string {
  const field = (text: string): string => headingField(text, depth, lead)
  if (!before.includes('#') && !after.includes('#') && field(before) === escapeField(before) && field(after) === escapeField(after)) return writeRuns(redlineText(before, after), false, pieceContext(before, after))
  if (before === '') return `{++${field(after)}++}`
  if (after === '') return `{--${field(before)}--}`
  return `{~~${field(before)}~>${field(after)}~~}`
}

function writeHeading(heading: HeadingDraft): string {
  if (heading.before === null) return `{++### ${headingField(heading.after ?? '', 3)}++}`
  if (heading.after === null) return `{--### ${headingField(heading.before, 3)}--}`
  return `### ${heading.before === heading.after ? headingField(heading.after, 3) : headingRuns(heading.before, heading.after, 3)}`
}

/** A clause with CriticMarkup: whole-clause marks for an insertion or deletion, word marks otherwise. */
export function writeClauseDraft(draft: ClauseDraft): string {
  if (!draft.before && draft.after) return wrapBlock(escapeMarks(serializeClause(draft.after)), '++')
  if (draft.before && !draft.after) return wrapBlock(escapeMarks(serializeClause(draft.before)), '--')
  const before = draft.before as Clause
  const after = draft.after as Clause
  const [oldFirst, oldMore] = leadParagraphs(before.text)
  const [newFirst, newMore] = leadParagraphs(after.text)
  const lines = [`**${printedNumber(after.id)}**${writeField(oldFirst, newFirst, ' ', false)}`]
  writeParagraphFields(oldMore, newMore, '', lines)
  writeBody(before, after, '', lines, true)
  return lines.join('\n').replace(/\n+$/, '')
}

/** Wraps lines in one block mark: the opener after the first line's indentation, the closer at the end. */
function wrapBlock(markdown: string, mark: '++' | '--'): string {
  const indent = /^ */.exec(markdown)?.[0] ?? ''
  return `${indent}{${mark}${markdown.slice(indent.length)}${mark}}`
}

function writeBody(before: Provision, after: Provision, indent: string, lines: string[], clauseLevel: boolean): void {
  const table = writeTableMarks(before.table, after.table, indent)
  if (table.length > 0) lines.push(...table, '')
  const count = Math.max(before.items.length, after.items.length)
  if (count > 0 && clauseLevel && table.length === 0) lines.push('')
  if ([...before.items, ...after.items].some((item) => item.term !== undefined)) {
    // Definitions pair by term (a renamed term in its place pairs by its words), as the redline pairs them.
    for (const [old, next] of pairItems(before.items, after.items)) {
      if (old && next) writeItem(old, next, indent, lines)
      else if (old) lines.push(wrapBlock(indentLines(escapeMarks(serializeProvision(old)), indent), '--'))
      else if (next) lines.push(wrapBlock(indentLines(escapeMarks(serializeProvision(next)), indent), '++'))
    }
  } else for (let index = 0; index < count; index++) {
    const old = before.items[index]
    const next = after.items[index]
    if (old && next && old.label === next.label) writeItem(old, next, indent, lines)
    else {
      if (old) lines.push(wrapBlock(indentLines(escapeMarks(serializeProvision(old)), indent), '--'))
      if (next) lines.push(wrapBlock(indentLines(escapeMarks(serializeProvision(next)), indent), '++'))
    }
  }
  if (before.tail.includes('\n') || after.tail.includes('\n')) writeParagraphFields(paragraphsOf(before.tail), paragraphsOf(after.tail), indent, lines)
  else if (before.tail !== '' || after.tail !== '') {
    lines.push('', `${indent}${writeField(before.tail, after.tail, '', true).replace(/^ /, '')}`)
  }
}

function writeItem(before: SubParagraph, after: SubParagraph, indent: string, lines: string[]): void {
  const between = [paragraphsOf(before.textBefore ?? ''), paragraphsOf(after.textBefore ?? '')] as const
  if (between[0].length > 0 || between[1].length > 0) {
    writeParagraphFields(between[0], between[1], indent, lines)
    lines.push('')
  }
  const [oldFirst, oldMore] = leadParagraphs(before.text)
  const [newFirst, newMore] = leadParagraphs(after.text)
  lines.push(`${indent}- ${writeItemLabel(before, after)}${writeField(oldFirst, newFirst, ' ', false)}`)
  writeParagraphFields(oldMore, newMore, `${indent}  `, lines)
  writeBody(before, after, `${indent}  `, lines, false)
}

/** The paragraphs of a text of several (none for an empty text). */
function paragraphsOf(text: string): string[] {
  return text === '' ? [] : text.split('\n')
}

/** A lead-in's first paragraph (written after the number or label) and its further paragraphs. */
function leadParagraphs(text: string): [string, string[]] {
  const [first = '', ...more] = paragraphsOf(text)
  return [first, more]
}

/**
 * Paragraphs on lines of their own, each after a blank line, paired as the redline pairs them: a
 * pair with word marks, a paragraph of one side only in one block mark over its line (its line goes
 * where the mark is dropped).
 */
function writeParagraphFields(before: string[], after: string[], indent: string, lines: string[]): void {
  for (const [old, next] of pairParagraphs(before, after)) {
    if (old === next && next !== undefined) lines.push('', `${indent}${escapeMarks(paragraphLine(next))}`)
    else if (old !== undefined && next !== undefined && (old.startsWith('|') || next.startsWith('|'))) {
      // A paragraph that starts with `|` is escaped as a whole line (else it would read as a table row).
      lines.push('', `${indent}{~~${escapeMarks(paragraphLine(old))}~>${escapeMarks(paragraphLine(next))}~~}`)
    } else if (old !== undefined && next !== undefined) lines.push('', `${indent}${writeField(old, next, '', true).replace(/^ /, '')}`)
    else if (old !== undefined) lines.push('', `${indent}{--${escapeMarks(paragraphLine(old))}--}`)
    else if (next !== undefined) lines.push('', `${indent}{++${escapeMarks(paragraphLine(next))}++}`)
  }
}

/** A list item's label: `(b)`, a definition's term in bold, or a renamed term as one substitution inside the bold, `**{~~Old~>New~~}**`. */
function writeItemLabel(before: SubParagraph, after: SubParagraph): string {
  if (after.term === undefined || before.term === undefined) return escapeMarks(itemLabel(after))
  if (before.term === after.term) return `**${escapeMarks(escapeTerm(after.term))}**`
  return `**{~~${escapeMarks(escapeTerm(before.term))}~>${escapeMarks(escapeTerm(after.term))}~~}**`
}

function indentLines(markdown: string, indent: string): string {
  return markdown.split('\n').map((line) => (line === '' ? line : indent + line)).join('\n')
}

/** A field's markdown with marks, preceded by `lead` when there is anything to write. */
function writeField(before: string, after: string, lead: string, atLineStart: boolean): string {
  if (before === after) return after === '' ? '' : lead + (atLineStart ? escapeLineStart(after) : escapeField(after))
  return lead + writeRuns(redlineText(before, after), atLineStart, pieceContext(before, after))
}

function escapeLineStart(text: string): string {
  const escaped = escapeField(text)
  const marker = blockMarkerIndex(text)
  return marker !== null && escaped === text ? escapePiece(text, pieceContext(text), [marker]) : escaped
}

/** Runs as CriticMarkup: a deletion directly followed by an insertion is written as a substitution. */
export function writeRuns(runs: readonly Run[], atLineStart: boolean, context: PieceContext): string {
  const markers = atLineStart ? blockMarkersByRun(runs) : []
  const piece = (index: number): string => escapePiece((runs[index] as Run).text, context, markers[index])
  let out = ''
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run
    if (run.type === 'equal') out += piece(index)
    else if (run.type === 'insert') out += `{++${piece(index)}++}`
    else if (runs[index + 1]?.type === 'insert') {
      out += `{~~${piece(index)}~>${piece(index + 1)}~~}`
      index++
    } else out += `{--${piece(index)}--}`
  }
  return out
}
