import type {DocumentKind} from '../model/ids.js'
import type {Group, Part, Place, Section} from '../model/types.js'
import {attachPartStatuses} from './section-status.js'
import {indexSection, type ClauseChunk, type HeadingEntry, type PartEntry} from './index-section.js'

/**
 * Parses a section file (`section-g.md`) into a {@link Section}: the file is cut and checked by
 * {@link indexSection} (frontmatter, title, parts, cross-headings, clause numbers, duplicates),
 * then every clause chunk is parsed. Every error names the file, line and column and says what
 * was expected.
 *
 * `expectedLetter` (from the file name) and `expectedVersion` (from the folder) are checked when given.
 */
export function parseSection(
  source: string,
  file: string,
  expected: {letter?: string; version?: string; kind?: DocumentKind} = {}
): Section {
  const index = indexSection({file, text: source, letter: expected.letter, ...(expected.kind ? {kind: expected.kind} : {})}, expected.version)
  const section: Section = {letter: index.letter, title: index.title, version: index.version, parts: [], file}
  if (index.kind) section.kind = index.kind
  if (index.documentVersion !== undefined) section.documentVersion = index.documentVersion
  let part: Part | undefined
  let group: Group | undefined
  const openPart = (): Part => {
    if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
    return part
  }
  for (const block of inDocumentOrder(index.parts, index.headings, index.clauses)) {
    if (block.kind === 'part') {
      const {id, title, place} = block.entry
      section.parts.push((part = {id, title, groups: [], place}))
      group = undefined
    } else if (block.kind === 'heading') {
      group = {heading: block.entry.text, clauses: [], place: block.entry.place}
      openPart().groups.push(group)
    } else {
      const clause = block.entry.parse()
      if (!group) openPart().groups.push((group = {heading: null, clauses: []}))
      group.clauses.push(clause)
    }
  }
  if (index.status.length > 0) attachPartStatuses(section.parts, index.status)
  return section
}

type Block = {kind: 'part'; entry: PartEntry} | {kind: 'heading'; entry: HeadingEntry} | {kind: 'clause'; entry: ClauseChunk}

/** The index's parts, cross-headings and clauses merged back into file order (each starts on its own line). */
function inDocumentOrder(parts: PartEntry[], headings: HeadingEntry[], clauses: ClauseChunk[]): Block[] {
  const line = (place: Place): number => place.start.line
  const blocks: Block[] = [
    ...parts.map((entry): Block => ({kind: 'part', entry})),
    ...headings.map((entry): Block => ({kind: 'heading', entry})),
    ...clauses.map((entry): Block => ({kind: 'clause', entry}))
  ]
  return blocks.sort((a, b) => line(a.entry.place) - line(b.entry.place))
}
