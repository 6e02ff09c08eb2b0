import {documentId, documentName, printedNumber} from '../model/ids.js'
import {provisionToText} from '../model/provision-text.js'
import type {Part, Section} from '../model/types.js'
import {visibleText} from '../escape/terminal.js'

/** The heading of a document as the code prints it: `Appendix AB: Title (V5.3)`; a Section or Schedule has no document version. */
export function documentHeading(section: Section): string {
  return `${documentName(section)}: ${section.title}${section.documentVersion === undefined ? '' : ` (${section.documentVersion})`}`
}

/**
 * A whole document, or some of its parts, as plain text for a terminal (`redline show AB`,
 * `redline show AB:2`): the heading, part headings and cross-headings, then each clause with the
 * number its document prints (`2.11`, not `AB:2.11`). Control characters are shown as pictures.
 */
export function documentTerminalText(section: Section, parts: readonly Part[] = section.parts): string {
  const blocks = [documentHeading(section)]
  for (const part of parts) {
    if (part.id !== null) blocks.push(part.title ? `${printedNumber(part.id)} ${part.title}` : printedNumber(part.id))
    for (const group of part.groups) {
      if (group.heading !== null) blocks.push(group.heading)
      for (const clause of group.clauses) blocks.push(provisionToText({...clause, id: printedNumber(clause.id)}))
    }
  }
  return visibleText(blocks.join('\n\n'))
}

/** The JSON shape of `redline show <document or part> --format json`, schema `sec-redline/document@1`. */
export interface DocumentJson {
  schema: 'sec-redline/document@1'
  version: string
  document: {id: string; kind: string; designation: string; name: string; title: string; documentVersion: string | null}
  parts: Array<{id: string | null; title: string | null; groups: Array<{heading: string | null; clauses: string[]}>}>
}

/** A document (or some of its parts) as JSON: what it is, and its parts and clause IDs in order. */
export function documentToJson(section: Section, version: string, parts: readonly Part[] = section.parts): DocumentJson {
  return {
    schema: 'sec-redline/document@1',
    version,
    document: {
      id: documentId(section),
      kind: section.kind ?? 'section',
      designation: section.letter,
      name: documentName(section),
      title: section.title,
      documentVersion: section.documentVersion ?? null
    },
    parts: parts.map((part) => ({id: part.id, title: part.title, groups: part.groups.map((group) => ({heading: group.heading, clauses: group.clauses.map((c) => c.id)}))}))
  }
}
