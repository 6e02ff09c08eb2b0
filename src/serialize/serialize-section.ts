import {stringify} from 'yaml'
import type {Section} from '../model/types.js'
import {escapeHeadingText} from '../escape/markdown.js'
import {serializeClause} from './serialize-clause.js'
import {documentName, printedNumber} from '../model/ids.js'

/** The frontmatter keys in canonical order: `section`, `appendix` or `schedule` first; an Appendix's `document-version` last. */
function frontmatterOf(section: Section): Record<string, string> {
  const kind = section.kind ?? 'section'
  const head: Record<string, string> = {[kind]: section.letter, title: section.title, version: section.version}
  if (section.documentVersion !== undefined) head['document-version'] = section.documentVersion
  return head
}
import {statusLines} from './serialize-status.js'

/**
 * The canonical text of a section file: frontmatter, the section title, then part headings,
 * cross-headings and clauses, each block separated by one blank line, ending with a newline.
 * Parsing this text gives the section back, and writing that again gives the same bytes.
 */
export function serializeSection(section: Section): string {
  const blocks: string[] = [
    `---\n${[stringify(frontmatterOf(section), {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'}).trimEnd(), ...statusLines(section)].join('\n')}\n---`,
    `# ${escapeHeadingText(`${documentName(section)}: ${section.title}`, 1)}`
  ]
  for (const part of section.parts) {
    const number = part.id === null ? null : printedNumber(part.id)
    if (number) blocks.push(`## ${escapeHeadingText(part.title ? `${number} ${part.title}` : number, 2)}`)
    for (const group of part.groups) {
      if (group.heading !== null) blocks.push(`### ${escapeHeadingText(group.heading, 3)}`)
      for (const clause of group.clauses) blocks.push(serializeClause(clause))
    }
  }
  return `${blocks.join('\n\n')}\n`
}
