import type {Clause, Provision, ProvisionBase, SubParagraph} from '../model/types.js'
import {escapeText} from '../escape/markdown.js'
import {serializeTable} from './serialize-table.js'
import {printedNumber} from '../model/ids.js'

/**
 * The canonical markdown of one clause:
 *
 * ```markdown
 * **G3.20** Each User shall, wherever it is practicable to do so, establish with:
 *
 * - (a) the manufacturers …; and
 * - (b) (where applicable) …,
 *   - (i) a nested sub-paragraph
 *
 *   the tail of (b)
 *
 * arrangements designed to ensure …
 * ```
 *
 * One paragraph per line; sub-paragraphs are list items indented two spaces per depth. A
 * definition is an item whose label is its term in bold: `- **Anomaly Detection Threshold** means …`.
 */
export function serializeClause(clause: Clause): string {
  const number = printedNumber(clause.id)
  const [first = '', ...more] = paragraphsOf(clause.text)
  const lines = [first === '' ? `**${number}**` : `**${number}** ${escapeText(first)}`]
  writeParagraphs(more, '', lines)
  writeTable(clause, '', lines)
  if (clause.items.length > 0) {
    lines.push('')
    writeItems(clause.items, '', lines)
  }
  writeParagraphs(paragraphsOf(clause.tail), '', lines)
  return lines.join('\n')
}

function writeItems(items: SubParagraph[], indent: string, lines: string[]): void {
  for (const item of items) {
    if (item.textBefore !== undefined && item.textBefore !== '') {
      writeParagraphs(paragraphsOf(item.textBefore), indent, lines)
      lines.push('')
    }
    if (tableEnds.get(lines) === lines.length) lines.push('')
    const [first = '', ...more] = paragraphsOf(item.text)
    lines.push(`${indent}- ${itemLabel(item)}${first === '' ? '' : ` ${escapeText(first)}`}`)
    writeParagraphs(more, `${indent}  `, lines)
    writeBody(item, `${indent}  `, lines)
  }
}

/** The paragraphs of a text of several (one line feed between two); none for an empty text. */
function paragraphsOf(text: string): string[] {
  return text === '' ? [] : text.split('\n')
}

/**
 * Paragraphs, each after a blank line, at the indent of the provision they belong to. A leading
 * `|` is escaped: a paragraph of table-like text is text, not a table missing its delimiter row.
 */
function writeParagraphs(paragraphs: string[], indent: string, lines: string[]): void {
  for (const paragraph of paragraphs) lines.push('', `${indent}${paragraphLine(paragraph)}`)
}

/** A paragraph of text written on a line of its own (a further paragraph of a lead-in, a tail, the text between two lists). */
export function paragraphLine(paragraph: string): string {
  const written = escapeText(paragraph)
  return `${written.startsWith('|') ? '\\' : ''}${written}`
}

/** A list item's label as written: `(b)`, or a definition's term in bold, `**Term**`. */
export function itemLabel(item: SubParagraph): string {
  return item.term === undefined ? `(${item.label})` : `**${escapeTerm(item.term)}**`
}

/** A term written inside `**…**` so that it reads back as the same term. */
export function escapeTerm(term: string): string {
  // Characters that could close the bold or open other markup are escaped one by one.
  return term.replace(/[\\`*_<>&!~|{}#[\]]/g, (c) => `\\${c}`)
}

function writeBody(provision: ProvisionBase, indent: string, lines: string[]): void {
  writeTable(provision, indent, lines)
  if (provision.items.length > 0) writeItems(provision.items, indent, lines)
  writeParagraphs(paragraphsOf(provision.tail), indent, lines)
}

/** Where the last table written into a line array ends: an item written straight after it stands after a blank line. */
const tableEnds = new WeakMap<string[], number>()

/** A provision's table, after a blank line, at the provision's indent. */
function writeTable(provision: ProvisionBase, indent: string, lines: string[]): void {
  if (!provision.table) return
  lines.push('', ...serializeTable(provision.table, indent))
  tableEnds.set(lines, lines.length)
}

/** The canonical markdown of a clause, or of a sub-paragraph as a one-item list. */
export function serializeProvision(provision: Provision): string {
  if (provision.kind === 'clause') return serializeClause(provision)
  const lines: string[] = []
  writeItems([provision], '', lines)
  // The text between two lists that stands before a sub-paragraph opens it (no blank line first).
  while (lines[0] === '') lines.shift()
  return lines.join('\n')
}
