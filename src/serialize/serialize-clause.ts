import type {Clause, Provision, ProvisionBase, SubParagraph} from '../model/types.js'
import {escapeText} from '../escape/markdown.js'
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
 * One paragraph per line; sub-paragraphs are list items indented two spaces per depth.
 */
export function serializeClause(clause: Clause): string {
  const number = printedNumber(clause.id)
  const lines = [clause.text === '' ? `**${number}**` : `**${number}** ${escapeText(clause.text)}`]
  if (clause.items.length > 0) {
    lines.push('')
    writeItems(clause.items, '', lines)
  }
  if (clause.tail !== '') lines.push('', escapeText(clause.tail))
  return lines.join('\n')
}

function writeItems(items: SubParagraph[], indent: string, lines: string[]): void {
  for (const item of items) {
    lines.push(`${indent}- (${item.label})${item.text === '' ? '' : ` ${escapeText(item.text)}`}`)
    writeBody(item, `${indent}  `, lines)
  }
}

function writeBody(provision: ProvisionBase, indent: string, lines: string[]): void {
  if (provision.items.length > 0) writeItems(provision.items, indent, lines)
  if (provision.tail !== '') lines.push('', `${indent}${escapeText(provision.tail)}`)
}

/** The canonical markdown of a clause, or of a sub-paragraph as a one-item list. */
export function serializeProvision(provision: Provision): string {
  if (provision.kind === 'clause') return serializeClause(provision)
  const lines: string[] = []
  writeItems([provision], '', lines)
  return lines.join('\n')
}
