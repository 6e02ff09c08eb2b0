import {stringify} from 'yaml'
import type {Section} from '../model/types.js'
import {escapeHeadingText} from '../escape/markdown.js'
import {serializeClause} from './serialize-clause.js'
import {statusLines} from './serialize-status.js'

/**
 * The canonical text of a section file: frontmatter, the section title, then part headings,
 * cross-headings and clauses, each block separated by one blank line, ending with a newline.
 * Parsing this text gives the section back, and writing that again gives the same bytes.
 */
export function serializeSection(section: Section): string {
  const blocks: string[] = [
    `---\n${[stringify({section: section.letter, title: section.title, version: section.version}, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'}).trimEnd(), ...statusLines(section)].join('\n')}\n---`,
    `# ${escapeHeadingText(`Section ${section.letter}: ${section.title}`, 1)}`
  ]
  for (const part of section.parts) {
    if (part.id) blocks.push(`## ${escapeHeadingText(part.title ? `${part.id} ${part.title}` : part.id, 2)}`)
    for (const group of part.groups) {
      if (group.heading !== null) blocks.push(`### ${escapeHeadingText(group.heading, 3)}`)
      for (const clause of group.clauses) blocks.push(serializeClause(clause))
    }
  }
  return `${blocks.join('\n\n')}\n`
}
