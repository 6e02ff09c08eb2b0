import {InputError} from '../diagnostics/errors.js'
import {PART_ID} from '../model/ids.js'
import type {Clause, Group, Part, Place, Section} from '../model/types.js'
import {checkClauseStructure} from './check-structure.js'
import {parseClause} from './parse-clause.js'
import {parseYamlRecord, rejectUnknownKeys, requireString} from './parse-frontmatter.js'
import {parseHeadingLine} from './parse-inline.js'
import {splitSection} from './split-section.js'

/** The frontmatter keys of a section file. */
export const SECTION_KEYS = ['section', 'title', 'version'] as const

/**
 * Parses a section file (`section-g.md`) into a {@link Section}. Every error names the file,
 * line and column and says what was expected.
 *
 * `expectedLetter` (from the file name) and `expectedVersion` (from the folder) are checked when given.
 */
export function parseSection(
  source: string,
  file: string,
  expected: {letter?: string; version?: string} = {}
): Section {
  const split = splitSection(source, file)
  const meta = parseYamlRecord(split.frontmatter, file, split.frontmatterLine)
  rejectUnknownKeys(meta, SECTION_KEYS)
  const letter = requireString(meta, 'section', '"G"')
  if (!/^[A-Z]$/.test(letter)) {
    throw new InputError(`Unexpected section '${letter}', expected one capital letter such as "G"`, meta.places.section)
  }
  if (expected.letter && expected.letter !== letter) {
    throw new InputError(`Unexpected section '${letter}' in ${file}, expected '${expected.letter}' to match the file name`, meta.places.section)
  }
  const title = requireString(meta, 'title', '"Security"')
  const version = requireString(meta, 'version', '"6.17"')
  if (expected.version && expected.version !== version) {
    throw new InputError(`Unexpected version '${version}' in ${file}, expected '${expected.version}' to match its folder`, meta.places.version)
  }

  const section: Section = {letter, title, version, parts: [], file}
  const seen = new Map<string, Place | undefined>()
  let part: Part | undefined
  let group: Group | undefined
  let titled = false
  for (const block of split.blocks) {
    const place: Place = {file, start: {line: block.line, column: block.column}}
    if (block.kind === 'title') {
      const expectedTitle = `Section ${letter}: ${title}`
      const text = parseHeadingLine(block.text, place)
      if (titled || text !== expectedTitle) {
        throw new InputError(
          titled ? 'Unexpected second section title, expected one "#" heading' : `Unexpected title '${text}', expected '# ${expectedTitle}' to match the frontmatter`,
          place
        )
      }
      titled = true
      continue
    }
    if (!titled) throw new InputError(`Unexpected ${block.kind} before the section title, expected '# Section ${letter}: ${title}' first`, place)
    if (block.kind === 'part') {
      const [, id = '', partTitle = ''] = /^(\S+)(?:\s+(.*))?$/.exec(parseHeadingLine(block.text, place)) ?? []
      const match = PART_ID.exec(id)
      if (!match || match[1] !== letter) {
        throw new InputError(`Unexpected part heading '${block.text}', expected '## ${letter}<number> <title>' such as '## ${letter}3 User Obligations'`, place)
      }
      part = {id, title: partTitle === '' ? null : partTitle, groups: [], place}
      section.parts.push(part)
      group = undefined
    } else if (block.kind === 'cross-heading') {
      if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
      group = {heading: parseHeadingLine(block.text, place), clauses: [], place}
      part.groups.push(group)
    } else {
      const clause: Clause = parseClause(block.text, {file, line: block.line})
      checkClauseStructure(clause, letter, file)
      if (part?.id && !clause.id.startsWith(`${part.id}.`)) {
        throw new InputError(`Unexpected clause ${clause.id} under part ${part.id}, expected a clause numbered ${part.id}.<n>`, clause.place)
      }
      if (seen.has(clause.id)) {
        const first = seen.get(clause.id)
        throw new InputError(
          `Duplicate clause ID ${clause.id}, expected each clause once (first at ${first ? `${first.file}:${first.start.line}:${first.start.column}` : 'an earlier line'})`,
          clause.place
        )
      }
      seen.set(clause.id, clause.place)
      if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
      if (!group) part.groups.push((group = {heading: null, clauses: []}))
      group.clauses.push(clause)
    }
  }
  if (!titled) throw new InputError(`Missing section title, expected '# Section ${letter}: ${title}' after the frontmatter`, {file, start: {line: split.frontmatterLine, column: 1}})
  return section
}
