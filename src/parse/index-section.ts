import {InputError} from '../diagnostics/errors.js'
import {CLAUSE_NUMBER_SOURCE, documentName, documentPrefix, LOCAL_NUMBER_SOURCE, LOCAL_PART, PART_ID, type DocumentKind} from '../model/ids.js'
import {documentFrontmatter} from './document-frontmatter.js'
import type {Clause, Place} from '../model/types.js'
import {checkClauseStructure} from './check-structure.js'
import {parseClause} from './parse-clause.js'
import {parseYamlRecord, rejectUnknownKeys, requireString} from './parse-frontmatter.js'
import {parseHeadingLine} from './parse-inline.js'
import {attachStatuses, checkStatusIds} from './section-status.js'
import {readStatusMap, type StatusEntry} from './parse-status.js'
import {splitSection} from './split-section.js'

/** The frontmatter keys of a section file. */
export const SECTION_KEYS = ['section', 'title', 'version', 'status'] as const

/** A section file's text, with the letter its file name gives (`section-g.md`: `G`) where known. */
export interface SectionText {
  file: string
  text: string
  letter?: string
  /** The kind of document its file name gives (`appendix-ab.md`: appendix), where known. */
  kind?: DocumentKind
}

/**
 * A section file cut into clause chunks, each chunk's text kept as written and parsed only when
 * asked for. Two versions of a clause with the same chunk text are the same clause; only chunks
 * that differ need parsing and diffing, which keeps a diff of the full code fast.
 */
export interface SectionIndex {
  letter: string
  /** The kind of document (absent: a section) and an Appendix's own version (`V5.3`). */
  kind?: DocumentKind
  documentVersion?: string
  title: string
  version: string
  file: string
  /** The parts, in order, with their titles. */
  parts: PartEntry[]
  /** The cross-headings, in order. */
  headings: HeadingEntry[]
  /** The clause chunks, in document order. */
  clauses: ClauseChunk[]
  /** The frontmatter's `status:` entries (provisions not in force, sunset provisions), as written. */
  status: StatusEntry[]
}

export interface PartEntry {
  id: string | null
  title: string | null
  place: Place
}

export interface HeadingEntry {
  /** The part the heading stands in (`G3`), or null before any part heading. */
  part: string | null
  text: string
  /** The first clause under the heading, or null when no clause follows it. */
  firstClause: string | null
  place: Place
}

export interface ClauseChunk {
  /** The clause number, `G3.20`. */
  id: string
  /** The chunk's source text, from `**G3.20**` to the last line of the clause. */
  source: string
  /** The chunk without its clause number: equal bodies under two IDs are the same clause text. */
  body: string
  place: Place
  /** The part it stands in and its title. */
  part: PartEntry | null
  /** The cross-heading it stands under, or null. */
  heading: HeadingEntry | null
  /** The group it stands in (under its cross-heading, or under none at the start of its part), named by the group's first clause. */
  group: string
  /** Parses the chunk (once) and checks its labels. */
  parse(): Clause
}

const CLAUSE_HEAD = new RegExp(`^\\*\\*(${CLAUSE_NUMBER_SOURCE})\\*\\*(?= |$)`)
/** A clause head inside an Appendix or Schedule: `**2.11**`, `**3**`. */
const LOCAL_CLAUSE_HEAD = new RegExp(`^\\*\\*(${LOCAL_NUMBER_SOURCE})\\*\\*(?= |$)`)

/** Cuts a section file into its headings and clause chunks without parsing the clauses. */
export function indexSection(source: SectionText, expectedVersion?: string): SectionIndex {
  const {file, text} = source
  const split = splitSection(text, file)
  const {letter, title, version, places, kind, documentVersion} = readFrontmatter(split.frontmatter, file, split.frontmatterLine)
  const kindKey = kind ?? 'section'
  if (source.kind !== undefined && source.kind !== kindKey) {
    throw new InputError(`Unexpected ${kindKey} file ${file}, expected the frontmatter key '${source.kind}' to match the file name`, places[kindKey] ?? places.title)
  }
  if (source.letter !== undefined && letter !== source.letter) {
    throw new InputError(`Unexpected ${kindKey} '${letter}' in ${file}, expected '${source.letter}' to match the file name`, places[kindKey])
  }
  const name = documentName({kind, letter})
  const prefix = documentPrefix({kind, letter})
  if (expectedVersion && version !== expectedVersion) {
    throw new InputError(`Unexpected version '${version}' in ${file}, expected '${expectedVersion}' to match its folder`, places.version)
  }
  const status = readStatusMap(split.frontmatter, file, split.frontmatterLine)
  const index: SectionIndex = {letter, title, version, file, parts: [], headings: [], clauses: [], status}
  if (kind) index.kind = kind
  if (documentVersion !== undefined) index.documentVersion = documentVersion
  const seen = new Map<string, ClauseChunk>()
  const chunkOf = chunkMaker({letter, status, prefix})
  let part: PartEntry | null = null
  // What a clause's number must start with under the current part (`G3.`), or null outside a part.
  let partStart: string | null = null
  let heading: HeadingEntry | null = null
  let groupFirst: string | null = null
  let titled = false
  for (const block of split.blocks) {
    const place: Place = {file, start: {line: block.line, column: block.column}}
    if (block.kind === 'title') {
      const expectedTitle = `${name}: ${title}`
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
    if (!titled) throw new InputError(`Unexpected ${block.kind} before the section title, expected '# ${name}: ${title}' first`, place)
    if (block.kind === 'part' && prefix !== '') {
      const [, number = '', partTitle = ''] = /^(\S+)(?:\s+(.*))?$/.exec(parseHeadingLine(block.text, place)) ?? []
      if (!LOCAL_PART.test(number)) {
        throw new InputError(`Unexpected part heading '${block.text}', expected '## <number> <title>' such as '## 2 Processing Service Requests' (${name} numbers its own parts)`, place)
      }
      part = {id: `${prefix}${number}`, title: partTitle === '' ? null : partTitle, place}
      partStart = `${part.id}.`
      index.parts.push(part)
      heading = null
      groupFirst = null
    } else if (block.kind === 'part') {
      const [, id = '', partTitle = ''] = /^(\S+)(?:\s+(.*))?$/.exec(parseHeadingLine(block.text, place)) ?? []
      const match = PART_ID.exec(id)
      if (!match || match[1] !== letter) {
        throw new InputError(`Unexpected part heading '${block.text}', expected '## ${letter}<number> <title>' such as '## ${letter}3 User Obligations'`, place)
      }
      part = {id, title: partTitle === '' ? null : partTitle, place}
      partStart = id === '' ? null : `${id}.`
      index.parts.push(part)
      heading = null
      groupFirst = null
    } else if (block.kind === 'cross-heading') {
      heading = {part: part?.id ?? null, text: parseHeadingLine(block.text, place), firstClause: null, place}
      index.headings.push(heading)
      groupFirst = null
    } else {
      const chunk = chunkOf(block.text, place, part, heading, groupFirst)
      groupFirst = chunk.group
      if (partStart !== null && !chunk.id.startsWith(partStart)) {
        throw new InputError(`Unexpected clause ${chunk.id} under part ${part?.id ?? ''}, expected a clause numbered ${part?.id ?? ''}.<n>`, place)
      }
      const first = seen.get(chunk.id)?.place
      if (first) {
        throw new InputError(`Duplicate clause ID ${chunk.id}, expected each clause once (first at ${first.file}:${first.start.line}:${first.start.column})`, place)
      }
      seen.set(chunk.id, chunk)
      if (heading && heading.firstClause === null) heading.firstClause = chunk.id
      index.clauses.push(chunk)
    }
  }
  if (!titled) throw new InputError(`Missing section title, expected '# ${name}: ${title}' after the frontmatter`, {file, start: {line: split.frontmatterLine, column: 1}})
  checkStatusIds(status, seen, index.parts.flatMap((p) => (p.id === null ? [] : [{id: p.id}])))
  return index
}

/** The frontmatter: canonical files are read by parseYamlRecord's line scan, anything else by yaml. */
function readFrontmatter(
  yaml: string,
  file: string,
  firstLine: number
): {letter: string; title: string; version: string; places: Record<string, Place | undefined>; kind?: DocumentKind; documentVersion?: string} {
  const meta = parseYamlRecord(yaml, file, firstLine)
  const document = documentFrontmatter(meta)
  if (document) return {...document, title: requireString(meta, 'title', '"Service Request Processing Document"'), version: requireString(meta, 'version', '"6.17"'), places: meta.places}
  rejectUnknownKeys(meta, SECTION_KEYS)
  const letter = requireString(meta, 'section', '"G"')
  if (!/^[A-Z]$/.test(letter)) {
    throw new InputError(`Unexpected section '${letter}', expected one capital letter such as "G"`, meta.places.section)
  }
  return {letter, title: requireString(meta, 'title', '"Security"'), version: requireString(meta, 'version', '"6.17"'), places: meta.places}
}

/** The title in a section file's frontmatter, read without cutting the file into blocks. */
export function sectionTitle(text: string, file: string): string {
  const close = text.indexOf('\n---', 3)
  return readFrontmatter(text.slice(text.indexOf('\n') + 1, close), file, 2).title
}

/** What every clause chunk of one document shares: its letter, its `status:` entries, its ID prefix. */
interface ChunkContext {
  letter: string
  status: readonly StatusEntry[]
  prefix: string
}

/** Makes the clause chunks of one document. */
function chunkMaker(context: ChunkContext): (source: string, place: Place, part: PartEntry | null, heading: HeadingEntry | null, group: string | null) => ClauseChunk {
  const head = context.prefix === '' ? CLAUSE_HEAD : LOCAL_CLAUSE_HEAD
  return (source, place, part, heading, group) => {
    const found = head.exec(source)
    if (found) return new IndexedChunk(`${context.prefix}${found[1] ?? ''}`, source, found[0].length, place, part, heading, group, context)
    // A clause number written with escapes or other markup is read by the full parser.
    const chunk = new IndexedChunk('', source, source.indexOf('**', 2) + 2, place, part, heading, group, context)
    chunk.id = chunk.parse().id
    chunk.group = group ?? chunk.id
    return chunk
  }
}

/**
 * A clause chunk: one object per clause (a document has thousands, and a diff reads most of them
 * only by their text), its body cut from the source when asked for and its clause parsed once, when asked for.
 */
class IndexedChunk implements ClauseChunk {
  group: string
  private parsed: Clause | undefined

  constructor(
    public id: string,
    readonly source: string,
    /** Where the body starts: after the clause number. */
    private readonly headLength: number,
    readonly place: Place,
    readonly part: PartEntry | null,
    readonly heading: HeadingEntry | null,
    group: string | null,
    private readonly context: ChunkContext
  ) {
    this.group = group ?? id
  }

  get body(): string {
    return this.source.slice(this.headLength)
  }

  parse(): Clause {
    if (!this.parsed) {
      const {letter, status, prefix} = this.context
      const parsed = parseClause(this.source, {file: this.place.file, line: this.place.start.line, prefix})
      checkClauseStructure(parsed, letter, this.place.file, prefix)
      if (status.length > 0) attachStatuses(parsed, status)
      this.parsed = parsed
    }
    return this.parsed
  }
}

/** The body of a section file after its frontmatter: equal bodies mean equal sections whatever their version. */
export function sectionBody(text: string): string {
  const open = text.indexOf('\n')
  const close = text.indexOf('\n---', open)
  return close < 0 ? text : text.slice(text.indexOf('\n', close + 1) + 1)
}

/**
 * A file's frontmatter without its `version:` line (which differs between any two versions): the
 * keys that say something of the document itself (its title, status, document version), compared
 * as text so that a file whose body and these keys are the same need not be parsed.
 */
export function documentKeysText(text: string): string {
  const open = text.indexOf('\n')
  const close = text.indexOf('\n---', open)
  return close < 0 ? '' : text.slice(open + 1, close).replace(/^version:.*$/m, '')
}

/** How many provisions (clauses and sub-paragraphs) a canonical chunk or file holds, without parsing it. */
export function countProvisions(source: string): number {
  return (source.match(/^(?:\*\*|(?: {2})*- (?:\(|\*\*))/gm) ?? []).length
}
