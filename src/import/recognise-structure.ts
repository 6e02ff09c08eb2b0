import {ANNEX_END} from '../model/annex-cover-wording.js'
import {CLAUSE_NUMBER_SOURCE, documentPrefix, labelAt, PART_ID_SOURCE, schemeAt} from '../model/ids.js'
import type {Clause, Group, Part, ProvisionBase, Section, SubParagraph} from '../model/types.js'
import {type DefinitionSentence, readDefinitionSentence} from '../model/definition-sentences.js'
import {STATUS_NOTE} from '../model/in-force.js'
import type {ReportEntry} from './fidelity-report.js'
import {appendixTitle, numbersOf, type DocumentNumbers} from './recognise-documents.js'
import {collectTable, placeTable} from './recognise-tables.js'
import type {SourcePlace} from './source-paragraph.js'
import type {TextParagraph} from './text-paragraph.js'

export type {TextParagraph} from './text-paragraph.js'

/** The result of recognising a document's structure: sections (version not yet set) and every paragraph's fate. */
export interface Recognised {
  sections: Section[]
  entries: ReportEntry[]
  /** Where each provision (clause or sub-paragraph) and each cross-heading group starts in the source. */
  places: Map<ProvisionBase | Group, SourcePlace>
  /**
   * The definitions an annex shows alone, each under its drafting sentence ("Amend the definition
   * of 'X' as follows:"), by the clause that defines them: that clause stands in `sections` as an
   * excerpt holding only the definitions shown. Each line is a sentence and the definition that
   * follows it in this reading (none for a deletion accepted or an insertion rejected).
   */
  definitionExcerpts: Array<{clause: Clause; lines: Array<{sentence: DefinitionSentence; place: SourcePlace; definition?: SubParagraph}>}>
}

const SECTION_TITLES: readonly RegExp[] = [
  /^Section\s+([A-Z])\s*[:–—-]?\s*[‘'"“](.+)[’'"”]$/,
  /^Section\s+([A-Z]):\s+(\S.*)$/,
  /^SECTION\s+([A-Z])\s*[:–—-]\s*(\S.*)$/
]
/** An annex's amending instruction: "Amend Section G3.20 as follows:", "Insert new Section G3.22 as follows:", "Delete Section G3.22.", and those of parts ("Insert new Part G4 as follows:", "Amend the heading of Part G3 as follows:", "Delete Part G4."). */
const INSTRUCTION = new RegExp(
  String.raw`^(?:(?:Amend|Insert|Replace|Substitute|Move|Renumber)\b.*\b(?:Sections?|Parts?)\s+[A-Z]\S*.*\bas follows:|Delete\s+Sections?\s+${CLAUSE_NUMBER_SOURCE}(?:\s+(?:and|to)\s+(?:${CLAUSE_NUMBER_SOURCE}|\d+[A-Z]?\.\d+[A-Z]?))?\.|Delete\s+Part\s+${PART_ID_SOURCE}\.)$`
)
/** A cross-heading's own line: "Amend the cross-heading above Section G3.20 as follows:", "Insert the following new cross-heading before Section 2.11 of Appendix AB:", "Delete the cross-heading above paragraph 3 of Schedule 11.". */
const HEADING_INSTRUCTION = /^(?:Amend the cross-heading above (?:Section|paragraph) \S+(?: of (?:Appendix|Schedule) \S+)? as follows:|Insert the following new cross-heading before (?:Section|paragraph) \S+(?: of (?:Appendix|Schedule) \S+)?:|Delete the cross-heading above (?:Section|paragraph) \S+(?: of (?:Appendix|Schedule) \S+)?\.|Insert the following new heading of Part \S+(?: of (?:Appendix|Schedule) \S+)? before (?:Section|paragraph) \S+(?: of (?:Appendix|Schedule) \S+)?:)$/
/** The same instructions for an Appendix or a Schedule: "Amend Section 2.11 of Appendix AB as follows:", "Insert new Appendix AM as set out below:", "Delete paragraph 3.2 of Schedule 11.", "Amend the document version of Appendix AB as follows:". */
const DOCUMENT_INSTRUCTION = /^(?:(?:Amend|Insert|Replace|Substitute|Move|Renumber)\b.*\b(?:Appendix|Schedule)\s+\S+\s+(?:as follows:|as set out below:)|Delete\s+(?:(?:Sections?|paragraphs?|Part)\s+\S+(?:\s+(?:and|to)\s+\S+)?\s+of\s+)?(?:Appendix|Schedule)\s+[A-Z0-9]+\.)$/
/** An Appendix's document version line, as the annex and the document print it: "Document version: V5.3". */
const DOCUMENT_VERSION = /^Document version:\s*(\S+)$/
/** A document's title line, as an annex prints a retitle ("Amend the title of Section G as follows:", then "Title: Security"). */
const TITLE_LINE = /^Title:\s*(\S.*?)\s*$/
const CLAUSE_START = new RegExp(String.raw`^(${CLAUSE_NUMBER_SOURCE})(?=\s|$)\s*`)
/** A Section's Part heading as it starts ("G3 System Security", never "D001 'Draft'"): group 1 is the Section's letter. */
const PART_START = new RegExp(String.raw`^(?=${PART_ID_SOURCE}\s+\S)([A-Z])(?![A-Z])(?!0)`)
/** What a document without a Section title is told it lacks. */
const TITLE_EXPECTED = "expected a Section title such as 'Section G: Security' before the first clause"
const LABEL_START = /^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?=\s|$)\s*/
const HEADING_STYLE = /^heading [3-9]$/
/** The indent (twips) a Word numbering level without one of its own stands for: Word's default step, half an inch a level. */
const LEVEL_STEP = 720
/**
 * The paragraph styles our Word annex gives text without a number or label (a tail, a lead-in's
 * further paragraph, text between two lists): such a paragraph is never a clause or a label, even
 * where its words start like one ("15 Working Day" in an Appendix, whose clauses print bare numbers).
 */
const TEXT_STYLE = /^(?:clause tail|sub-paragraph tail [1-9])$/
/**
 * A sub-paragraph that may hold its list's tail: after a comma, a lower-case main clause with a
 * modal verb ("…Responsible Supplier, it shall comply with …."), not a coordinated phrase ("…, and the time …").
 */
const RUN_ON_TAIL = /^(.*,)\s+((?!(?:and|or|but|which|where|who|whom|whose|including|excluding|provided)\b)[a-z][^,]*\b(?:shall|may|must|will)\b[^,]*\.)$/

/** The section letter and title of a Section title paragraph, or undefined. */
export function sectionTitle(text: string): {letter: string; title: string} | undefined {
  for (const pattern of SECTION_TITLES) {
    const match = pattern.exec(text)
    if (match) return {letter: match[1] ?? '', title: match[2] ?? ''}
  }
  return undefined
}

/** Whether a paragraph starts a provision or a section in a plain-text source: a clause number, a label, a Section title. */
export function startsBlock(text: string): boolean {
  return CLAUSE_START.test(text) || LABEL_START.test(text) || sectionTitle(text) !== undefined
}

/**
 * Whether a line of plain text reads as a Section's Part heading ("G3 System Security"): a Part ID
 * and words, without closing punctuation. A text reader keeps it apart from a cross-heading line
 * under it (see read-text-lines).
 */
export function isPartHeadingLine(text: string): boolean {
  return PART_START.test(text) && isHeadingLike(text)
}

/** Whether a line of plain text reads as a heading: short, starting with a capital, a digit or a quote, without closing punctuation. */
export function isHeadingLine(text: string): boolean {
  return isHeadingLike(text) && !startsBlock(text)
}

/** Whether a text is a sub-paragraph label and nothing else (`(a)`, `(iv)`): a table's first cell, where columns line up after it. */
export function isLabel(text: string): boolean {
  const match = LABEL_START.exec(text)
  return match !== null && match[0].trim() === text.trim()
}

export interface RecogniseOptions {
  /** Whether the source is plain text without layout (nesting by label sequence only). */
  plain: boolean
  /**
   * Section titles known from the stored or base version, by letter: a source that starts at a
   * clause without a Section title (an extract) opens that Section with its known title, and a
   * title in capitals takes the known spelling.
   */
  knownTitles?: ReadonlyMap<string, string>
  /**
   * Whether the source shows extracts of the code (an annex): a clause of another part may follow
   * without its part heading (the annex prints a part heading only where the record changes it);
   * it opens that part, untitled, rather than being refused.
   */
  excerpts?: boolean
  /**
   * Whether the layout hangs labels (a PDF's left edges): an unlabelled paragraph of a sub-paragraph
   * stands right of that sub-paragraph's label, and one at the label's edge is its parent's.
   */
  labelsHang?: boolean
  /** The clause of the base that defines a term (for an annex's "Amend the definition of 'X' as follows:"). */
  definingClause?: (term: string) => string | undefined
  /**
   * Whether a paragraph's text style (Clause Tail, Sub-paragraph Tail n) after deleted paragraph
   * marks is to be doubted: it is believed in our own annex, but not once LibreOffice has re-saved
   * it, giving such a paragraph another paragraph's style (default: believed).
   */
  untrustedStyles?: boolean
}

interface OpenItem {
  item: SubParagraph
  depth: number
  key?: number
}

/**
 * Turns a stream of paragraphs into the clause model: Section titles, parts, cross-headings,
 * clauses, sub-paragraphs (nested by indent where the source has layout, Word numbering levels carrying theirs;
 * in plain text by the label schemes and their sequence: `(i)` after `(h)` is a letter), tails
 * and `[Not used]`. A paragraph it cannot place is reported as `unplaced`, with why, and left out.
 */
export function recogniseStructure(paragraphs: readonly TextParagraph[], options: RecogniseOptions): Recognised {
  const sections: Section[] = []
  const entries: ReportEntry[] = []
  let section: Section | undefined
  let part: Part | undefined
  let group: Group | undefined
  let clause: Clause | undefined
  let clauseKey: number | undefined
  /** The part of the last clause read (an excerpt's unnamed part takes its ID from its clauses). */
  let clausePart: string | undefined
  let open: OpenItem[] = []
  /** Provisions whose tail is written: no more sub-paragraphs may follow in them. */
  let closed = new Set<ProvisionBase>()

  const keep = (paragraph: TextParagraph, target: string): void =>
    void entries.push(paragraph.doubt !== undefined ? {place: paragraph.place, fate: 'ambiguous', target, text: paragraph.text, reason: `${paragraph.doubt} (kept in ${target} as read)`} : {place: paragraph.place, fate: 'kept', target, text: paragraph.text})
  // A doubted paragraph that cannot be placed either: the doubt first, since it may be why.
  const refuse = (paragraph: TextParagraph, reason: string, fate: 'unplaced' | 'ambiguous' = 'unplaced'): void =>
    void entries.push({place: paragraph.place, fate, text: paragraph.text, reason: paragraph.doubt !== undefined ? `${paragraph.doubt}; so read: ${reason}` : reason})
  const endClause = (): void => {
    if (clause && options.plain) checkRunOnTail(clause)
    clause = undefined
    excerpt = undefined
    open = []
    closed = new Set()
  }
  const placeOf = new Map<ProvisionBase | Group, SourcePlace>()
  /** Whether a title opened a Section; the headings read as cover before any (see the end). */
  let titled = false
  /** Whether a clause or Part heading was refused for want of a title. */
  let untitledClause = false
  const coverHeadings: ReportEntry[] = []
  const definitionExcerpts: Recognised['definitionExcerpts'] = []
  /** The definitions excerpt being read: the next definition placed follows its last sentence. */
  let excerpt: Recognised['definitionExcerpts'][number] | undefined
  /** Defined terms by lower-cased term: a term defined twice is an error naming both places. */
  const terms = new Map<string, TextParagraph>()
  /** A definition's meaning, read as a clause is read (see recognise-definitions). */
  const readClause = (cellParagraphs: TextParagraph[]): {clause: Clause | undefined; entries: ReportEntry[]} => {
    const first = cellParagraphs[0]
    const inner = recogniseStructure([{text: 'Section Z: Definitions', place: first?.place ?? {file: ''}}, ...cellParagraphs.map(({cell: _cell, ...rest}) => rest)], {plain: options.plain})
    return {clause: inner.sections[0]?.parts[0]?.groups[0]?.clauses[0], entries: inner.entries.filter((entry) => entry.target !== 'Section Z title')}
  }
  /** Where the source marks headings by style (the title included), only styles make headings. */
  const styledHeadings = paragraphs.some((p) => p.style !== undefined && /^heading [1-9]$/.test(p.style))
  // An annex's closing line ("End of Annex A", the Word annex's last paragraph): the last paragraph with text, where it is that line.
  const lastWithText = paragraphs.findLastIndex((p) => p.text.trim() !== '' || p.numberLabel !== undefined)
  const annexEnd = lastWithText >= 0 && paragraphs[lastWithText]?.numberLabel === undefined && paragraphs[lastWithText]?.text.trim() === ANNEX_END ? lastWithText : -1

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as TextParagraph
    if (paragraph.cell && section) {
      // A Word table: the table of the provision it follows, or a definitions list.
      const {table, next} = collectTable(paragraphs, index)
      const owner: ProvisionBase | undefined = open[open.length - 1]?.item ?? clause
      const placed = placeTable(table, owner, terms, readClause)
      entries.push(...placed.entries)
      if (placed.placed && owner && owner.table === undefined) {
        // Definitions are items of the owner: later labels continue nothing; the next unlabelled paragraph is the owner's tail.
        open = open.filter((o) => o.item !== owner)
      }
      index = next - 1
      continue
    }
    const text = paragraph.numberLabel !== undefined ? `${paragraph.numberLabel} ${paragraph.text}`.trim() : paragraph.text
    if (index === annexEnd) {
      entries.push({place: paragraph.place, fate: 'cover', text})
      continue
    }
    if (text === '') {
      entries.push({place: paragraph.place, fate: 'empty', text: ''})
      continue
    }
    const found = sectionTitle(text) ?? appendixTitle(text, paragraph.style)
    // A title in capitals ("SECTION G – SECURITY") takes the stored spelling where one is known; otherwise it is kept as written.
    const known = found ? options.knownTitles?.get(found.letter) : undefined
    const title = found && known !== undefined && known.toUpperCase() === found.title.toUpperCase() ? {...found, title: known} : found
    if (title) {
      titled = true
      endClause()
      const kind = (title as {kind?: 'appendix' | 'schedule'}).kind
      const seen = sections.find((s) => s.letter === title.letter && s.kind === kind)
      const opened: Section = seen ?? {letter: title.letter, title: title.title, version: '', parts: [], ...(kind !== undefined && {kind})}
      if (!seen) sections.push(opened)
      section = opened
      part = undefined
      clausePart = undefined
      group = undefined
      keep(paragraph, `${numbersOf(opened).name} title`)
      continue
    }
    // Before any title: a clause or a Part heading opens the Section whose title is known, and is refused where none is (never cover).
    // (An annex's extracts are left as they were: its cover may name a record, its titles come from the base.)
    const numbered = section ? null : (CLAUSE_START.exec(text) ?? (options.excerpts === true ? null : PART_START.exec(text)))
    const implicit = numbered?.[1]?.charAt(0)
    const knownTitle = implicit !== undefined ? options.knownTitles?.get(implicit) : undefined
    if (!section && implicit !== undefined && knownTitle !== undefined) {
      sections.push((section = {letter: implicit, title: knownTitle, version: '', parts: []}))
    }
    if (!section && numbered && options.excerpts !== true) {
      refuse(paragraph, `Unexpected ${CLAUSE_START.test(text) ? `clause ${numbered[1] ?? ''}` : 'Part heading'} before a Section title, ${TITLE_EXPECTED}`)
      untitledClause = true
      continue
    }
    if (!section && untitledClause) {
      // After a clause refused for want of a title, the text is that clause's, not a cover's.
      refuse(paragraph, `Unexpected text after a clause or Part heading refused for want of a Section title, ${TITLE_EXPECTED}`)
      continue
    }
    if (!section) {
      const entry: ReportEntry = {place: paragraph.place, fate: 'cover', text}
      entries.push(entry)
      if (paragraph.style !== undefined && /^heading [1-9]$/.test(paragraph.style)) coverHeadings.push(entry)
      continue
    }
    const sentence = options.excerpts === true ? readDefinitionSentence(text) : undefined
    if (sentence) {
      const owner = sentence.clause ?? (sentence.kind === 'insert' ? undefined : options.definingClause?.(sentence.term))
      if (owner === undefined) {
        refuse(paragraph, `Unexpected definition of '${sentence.kind === 'insert' ? '' : sentence.term}' in no definitions clause of the base, expected a term the base defines`)
        continue
      }
      entries.push({place: paragraph.place, fate: 'instruction', text})
      if (clause?.id !== owner || excerpt?.clause !== clause) {
        endClause()
        excerpt = definitionExcerpts.find((entry) => entry.clause.id === owner)
        if (!excerpt) {
          if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
          if (!group) part.groups.push((group = {heading: null, clauses: []}))
          excerpt = {clause: {kind: 'clause', id: owner, text: '', items: [], tail: ''}, lines: []}
          definitionExcerpts.push(excerpt)
          group.clauses.push(excerpt.clause)
          placeOf.set(excerpt.clause, paragraph.place)
        }
        clause = excerpt.clause
        clauseKey = undefined
      }
      open = []
      excerpt.lines.push({sentence, place: paragraph.place})
      continue
    }
    // An annex's status note is its own line; read by its form where LibreOffice restyled it (after deleted paragraph marks).
    const restyledNote = options.untrustedStyles === true && paragraph.afterDeletedMark === true && STATUS_NOTE.test(text)
    if (INSTRUCTION.test(text) || DOCUMENT_INSTRUCTION.test(text) || HEADING_INSTRUCTION.test(text) || paragraph.style === 'instruction' || restyledNote) {
      entries.push({place: paragraph.place, fate: 'instruction', text})
      continue
    }
    // An annex's retitle: the title line before any clause gives the document's title in that reading.
    const retitled = options.excerpts === true && !clause && !part ? TITLE_LINE.exec(text) : null
    if (retitled) {
      section.title = retitled[1] ?? ''
      keep(paragraph, `${numbersOf(section).name} title`)
      continue
    }
    const version = section.kind === 'appendix' && !clause ? DOCUMENT_VERSION.exec(text) : null
    if (version) {
      section.documentVersion = version[1] ?? ''
      keep(paragraph, `${numbersOf(section).name} document version`)
      continue
    }
    const numbers = numbersOf(section)
    // A paragraph styled as text (not one whose style LibreOffice may have copied from another) starts no provision.
    const styledText = !(options.untrustedStyles === true && paragraph.afterDeletedMark === true) && paragraph.style !== undefined && TEXT_STYLE.test(paragraph.style) && paragraph.layoutDoubtful !== true
    const clauseMatch = styledText ? undefined : (numbers.clause(text) ?? unpartedClause(section, paragraph, text, options.plain))
    if (clauseMatch) {
      if ('wrong' in clauseMatch) {
        refuse(paragraph, section.kind === undefined ? `Unexpected clause ${clauseMatch.wrong} in Section ${section.letter}, expected a clause number starting ${section.letter}` : `Unexpected clause ${clauseMatch.wrong} in ${numbers.name}, expected its own numbering (2.11)`)
        continue
      }
      const {id, part: partId} = clauseMatch
      endClause()
      if (options.excerpts === true && part && (part.id ?? clausePart) !== undefined && (part.id ?? clausePart) !== partId) {
        // An excerpt moves on to a part whose heading it does not show: an unnamed part (the ID stays that of the base).
        // A cross-heading read just before the clause heads the clause's group in that part.
        const heading = group && group.clauses.length === 0 ? group : undefined
        if (heading) part.groups.splice(part.groups.indexOf(heading), 1)
        section.parts.push((part = {id: null, title: null, groups: heading ? [heading] : []}))
        group = heading
      } else if (part?.id !== undefined && part.id !== null && part.id !== partId) {
        refuse(paragraph, `Unexpected clause ${id} in Part ${part.id}, expected a clause of that part or a Part heading before it`)
        continue
      }
      if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
      if (!group) part.groups.push((group = {heading: null, clauses: []}))
      clausePart = partId
      clause = {kind: 'clause', id, text: text.slice(clauseMatch.length), items: [], tail: ''}
      clauseKey = layoutKey(paragraph)
      group.clauses.push(clause)
      placeOf.set(clause, paragraph.place)
      keep(paragraph, id)
      continue
    }
    if (paragraph.term !== undefined) {
      if (!clause) {
        refuse(paragraph, `Unexpected definition of "${paragraph.term}" outside a clause, expected a clause number before it`)
        continue
      }
      const placed = placeDefinition(clause, paragraph.term, text.trim(), paragraph)
      if (typeof placed === 'string') refuse(paragraph, placed)
      else {
        const line = excerpt?.clause === clause ? excerpt.lines[excerpt.lines.length - 1] : undefined
        if (line && !line.definition) line.definition = placed
        placeOf.set(placed, paragraph.place)
        keep(paragraph, placed.id)
      }
      continue
    }
    const labelMatch = styledText ? null : LABEL_START.exec(text)
    // A paragraph in a heading style that opens like a label no open list could take (or outside a clause) is a heading: "(f) Illustrative Matters".
    const styledHeading = paragraph.style !== undefined && (HEADING_STYLE.test(paragraph.style) || paragraph.style === 'heading 2') && (!clause || depthsTaking(labelMatch?.[1] ?? '').length === 0)
    if (labelMatch && !(clause && labelledText(labelMatch[1] ?? '', paragraph)) && !styledHeading) {
      if (!clause) {
        refuse(paragraph, 'Unexpected sub-paragraph outside a clause, expected a clause number before it')
        continue
      }
      const placed = placeItem(clause, labelMatch[1] ?? '', text.slice(labelMatch[0].length), paragraph)
      if (typeof placed === 'string') refuse(paragraph, placed)
      else {
        placeOf.set(placed, paragraph.place)
        keep(paragraph, placed.id)
      }
      continue
    }
    // Indented deeper than the clause, under its list: the text after a list, never a heading.
    const underList = clause !== undefined && clause.items.length > 0 && clauseKey !== undefined && (layoutKey(paragraph) ?? 0) > clauseKey
    const heading = underList ? undefined : isCrossHeading(paragraph, text, paragraphs, index, styledHeadings, numbers)
    if (heading === 'part') {
      const match = numbers.part(text, false)
      endClause()
      section.parts.push((part = {id: match?.id ?? '', title: match?.title ?? null, groups: []}))
      group = undefined
      clausePart = undefined
      keep(paragraph, `part ${part.id ?? ''}`)
      continue
    }
    if (heading === 'cross-heading') {
      endClause()
      if (!part) section.parts.push((part = {id: null, title: null, groups: []}))
      part.groups.push((group = {heading: text, clauses: []}))
      placeOf.set(group, paragraph.place)
      keep(paragraph, 'cross-heading')
      continue
    }
    if (!clause) {
      refuse(paragraph, `Unexpected text outside a clause in ${numbers.name}, expected a clause number, a label, a Part or a cross-heading`)
      continue
    }
    const placed = placeTail(clause, text, paragraph)
    if (typeof placed === 'string') refuse(paragraph, placed)
    else {
      const target = placed.target.items.length === 0 ? `${placed.target.id} lead-in` : `${placed.target.id} tail`
      if (placed.guess === undefined) keep(paragraph, target)
      else entries.push({place: paragraph.place, fate: 'ambiguous', target, text: paragraph.text, reason: `${paragraph.doubt !== undefined ? `${paragraph.doubt}; ` : ''}${placed.guess}; the best reading, a guess: ${target} (the deepest list)`})
    }
  }
  endClause()
  if (!titled && options.excerpts !== true && (sections.length > 0 || untitledClause)) {
    // Opened at a clause, without a title: a heading before it is a Part or cross-heading as likely as a cover's.
    for (const entry of coverHeadings) Object.assign(entry, {fate: 'unplaced', reason: `Unexpected heading before the first clause of a document without a Section title, ${TITLE_EXPECTED}`})
  }
  return {sections, entries, places: placeOf, definitionExcerpts}

  /**
   * A paragraph that opens with something like a label but is text of the clause (its lead-in, or
   * after its list): the layout stands it at the clause's own indent (not under it), the open
   * sub-paragraphs, if any, stand right of that indent, and the "label" is none that a list could
   * take there, e.g. "(0) the", "(b) not a label" before a list, "(f) text" after (a).
   */
  function labelledText(label: string, paragraph: TextParagraph): boolean {
    const key = layoutKey(paragraph)
    if (key === undefined || clauseKey === undefined || key > clauseKey) return false
    const indent = clauseKey
    return open.every((entry) => entry.key !== undefined && entry.key > indent) && depthsTaking(label).length === 0
  }

  /** Where the layout stands a paragraph: its indent; a Word numbering level without an indent stands a level (720 twips) further right for each level. */
  function layoutKey(paragraph: TextParagraph): number | undefined {
    if (options.plain) return undefined
    return paragraph.indent ?? (paragraph.level !== undefined ? (paragraph.level + 1) * LEVEL_STEP : 0)
  }

  function placeItem(owner: Clause, label: string, text: string, paragraph: TextParagraph): SubParagraph | string {
    const key = layoutKey(paragraph)
    let depth: number | undefined
    if (key !== undefined && (clauseKey === undefined || key > clauseKey) && open.every((o) => o.key !== undefined)) {
      while (open.length > 0 && (open[open.length - 1]?.key ?? 0) > key) open.pop()
      const top = open[open.length - 1]
      depth = top && top.key === key ? top.depth : (top?.depth ?? 0) + 1
    } else {
      depth = depthBySequence(label)
      if (depth === undefined) return `Unexpected label (${label}) here, expected ${expectedLabels()}`
    }
    // Layout that contradicts the label (a word processor gave the paragraph another level's style
    // or indent): the label's place in the open lists decides, where only one level can take it.
    if (key !== undefined && !fitsAt(depth, label)) {
      const fitting = depthsTaking(label)
      if (fitting.length === 1) depth = fitting[0] as number
    }
    const parentDepth = depth - 1
    while (open.length > parentDepth) open.pop()
    if (open.length < parentDepth) return `Unexpected label (${label}) at depth ${depth} without a sub-paragraph at depth ${parentDepth} above it, expected ${expectedLabels()}`
    const parent: ProvisionBase = open[parentDepth - 1]?.item ?? owner
    if (closed.has(parent) && (parent.tail === '' || parent.items.some((entry) => entry.term !== undefined))) return `Unexpected sub-paragraph (${label}) after the text that follows the list of ${parent.id}, expected it before that text`
    const scheme = schemeFor(depth)
    if (!scheme) return `Unexpected sub-paragraph (${label}) at depth ${depth}, expected at most 4 levels`
    const expected = labelAt(scheme, parent.items.length)
    if (label !== expected) return `Unexpected label (${label}) at depth ${depth} of ${parent.id}, expected (${expected})`
    const item: SubParagraph = {kind: 'sub-paragraph', id: `${parent.id}(${label})`, label, text, items: [], tail: ''}
    if (closed.has(parent)) {
      // The list goes on after text: that text stands between the two lists, before this sub-paragraph.
      item.textBefore = parent.tail
      parent.tail = ''
      closed.delete(parent)
    }
    parent.items.push(item)
    open.push({item, depth, ...(key !== undefined && {key})})
    return item
  }

  /**
   * A definition (`**Term**` and a tab, then its text, as the annex prints it): an item of the
   * clause's list of definitions, `A1.1[Term]`. A term defined twice, or a list that mixes
   * definitions and labelled items, is refused.
   */
  function placeDefinition(owner: Clause, term: string, text: string, paragraph: TextParagraph): SubParagraph | string {
    if (closed.has(owner)) return `Unexpected definition of "${term}" after the text that follows the list of ${owner.id}, expected it before that text`
    if (owner.items.some((item) => item.term === undefined)) return `Unexpected definition of "${term}" after the labelled sub-paragraphs of ${owner.id}, expected a list of definitions only or of labelled items only`
    if (/[[\]\n\r]/.test(term)) return `Unexpected term "${term}" in ${owner.id}, expected a term without [, ] or a line break`
    const key = term.toLowerCase()
    const seen = terms.get(key)
    if (seen && seen !== paragraph) return `Unexpected second definition of "${term}" in ${owner.id}, expected each term defined once`
    terms.set(key, paragraph)
    open = []
    const item: SubParagraph = {kind: 'sub-paragraph', id: `${owner.id}[${term}]`, label: term, term, text, items: [], tail: ''}
    owner.items.push(item)
    const layout = layoutKey(paragraph)
    open.push({item, depth: 1, ...(layout !== undefined && {key: layout})})
    return item
  }

  /** The label scheme at a depth: under a definition the labels start again at (a) (`A1.1[Term](a)`). */
  function schemeFor(depth: number): ReturnType<typeof schemeAt> {
    return schemeAt(depth >= 2 && open[0]?.item.term !== undefined ? depth - 1 : depth)
  }

  /** Plain text: continue the deepest open level whose next label this is, else open a level under the deepest. */
  function depthBySequence(label: string): number | undefined {
    for (let depth = open.length; depth >= 1; depth--) {
      const parent: ProvisionBase | undefined = depth === 1 ? clause : open[depth - 2]?.item
      const scheme = schemeFor(depth)
      if (parent && scheme && labelAt(scheme, parent.items.length) === label) return depth
    }
    const deeper = schemeFor(open.length + 1)
    return deeper && labelAt(deeper, nextIndexUnder(open.length + 1)) === label ? open.length + 1 : undefined
  }

  /**
   * The index of the next label at a new level `depth` (one below the deepest open level): 0,
   * unless its parent's list was followed by text (a tail so far), which a further label turns
   * into text between two lists: the labels run on.
   */
  function nextIndexUnder(depth: number): number {
    const parent: ProvisionBase | undefined = depth === 1 ? clause : open[depth - 2]?.item
    return parent && closed.has(parent) ? parent.items.length : 0
  }

  /** Whether `label` is the next label at `depth` (as a new level, its first label). */
  function fitsAt(depth: number, label: string): boolean {
    if (depth > open.length + 1) return false
    const parent: ProvisionBase | undefined = depth === 1 ? clause : open[depth - 2]?.item
    const scheme = schemeFor(depth)
    return parent !== undefined && scheme !== undefined && labelAt(scheme, depth === open.length + 1 ? nextIndexUnder(depth) : parent.items.length) === label
  }

  /** Every depth at which `label` is the next label. */
  function depthsTaking(label: string): number[] {
    const out: number[] = []
    for (let depth = 1; depth <= open.length + 1; depth++) if (fitsAt(depth, label)) out.push(depth)
    return out
  }

  function expectedLabels(): string {
    const options: string[] = []
    for (let depth = open.length + 1; depth >= 1; depth--) {
      const parent: ProvisionBase | undefined = depth === 1 ? clause : open[depth - 2]?.item
      const scheme = schemeFor(depth)
      if (parent && scheme) options.push(`(${labelAt(scheme, depth === open.length + 1 ? nextIndexUnder(depth) : parent.items.length)})`)
    }
    return options.join(' or ')
  }

  /**
   * A paragraph without a label inside a clause, at the indent of the provision it belongs to: a
   * further paragraph of that provision's lead-in where it has no sub-paragraphs yet, else text
   * after its list (a tail, one paragraph more each time; a label that continues the list later
   * turns that text into the text between two lists). In plain text nothing tells the levels
   * apart: a clause without sub-paragraphs takes a further paragraph of its lead-in, and text after
   * lists goes to the one list open, the rest is reported rather than guessed.
   */
  function placeTail(owner: Clause, text: string, paragraph: TextParagraph): {target: ProvisionBase; guess?: string} | string {
    // A definitions excerpt shows definitions alone, never the clause's own text after its list.
    const ownLink = excerpt?.clause === owner ? [] : [{provision: owner, ...(clauseKey !== undefined && {key: clauseKey})}]
    const chain: Array<{provision: ProvisionBase; key?: number}> = [...ownLink, ...open.map((o) => ({provision: o.item, ...(o.key !== undefined && {key: o.key})}))]
    // A provision takes a further paragraph of its lead-in (none yet after a table, nor after an empty lead-in), or text after its list.
    // Where the layout does not indent a sub-paragraph past its parent (a document without list indents), nothing says a paragraph after it is its own.
    // Where labels hang (a PDF's left edges: a sub-paragraph's own text stands right of its label), a paragraph at a label's edge is not that sub-paragraph's.
    const key = layoutKey(paragraph)
    const indented = (index: number): boolean =>
      options.plain ||
      index === 0 ||
      chain[index]?.key === undefined ||
      ((chain[index]?.key ?? 0) > (chain[index - 1]?.key ?? 0) && (options.labelsHang !== true || (key ?? 0) > (chain[index]?.key ?? 0)))
    const takers = chain.filter((link, index) => link.provision.items.length > 0 || (link.provision.text !== '' && link.provision.table === undefined && indented(index)))
    const withItems = takers.filter((link) => link.provision.items.length > 0)
    if (takers.length === 0) {
      const provision = chain[chain.length - 1]?.provision ?? owner
      return provision.table !== undefined
        ? `Unexpected paragraph after the table of ${provision.id}, which has no sub-paragraphs for it to follow, expected a label or a clause number`
        : `Unexpected paragraph without a number or label in ${provision.id} after an empty lead-in, expected the lead-in's text first`
    }
    let target: ProvisionBase | undefined
    /** Why the layout does not say whose text it is, where it does not: the paragraph is placed by the best reading and reported. */
    let guess: string | undefined
    if (!options.plain && key !== undefined && paragraph.layoutDoubtful === true && !/\btail\b/.test(paragraph.style ?? '') && withItems.length > 0 && withItems.every((link) => link.key !== undefined)) {
      // An indent that may be the deleted paragraph's before it, in the style of a numbered paragraph (the annex's paragraphs without a number are in tail styles): text after the deepest list at or left of it, as a tail is most often placed.
      target = ([...withItems].reverse().find((link) => (link.key ?? 0) <= key) ?? withItems[0])?.provision
    } else if (!options.plain && key !== undefined && takers.every((link) => link.key !== undefined)) {
      // The deepest provision at or left of the paragraph's indent; left of them all: the outermost (a word processor may have indented the clause's own paragraph wrongly).
      const chosen = [...takers].reverse().find((link) => (link.key ?? 0) <= key)
      target = (chosen ?? takers[0])?.provision
      // Lists that stand at the same indent as the list they are nested in (a document without list indents): the indent does not tell whose text follows them; a tail style may.
      const alike = chosen ? takers.filter((link) => link !== chosen && link.key === chosen.key && link.provision.items.length > 0) : []
      if (chosen && alike.length > 0) {
        const styled = tailOwnerByStyle(paragraph, [...alike, chosen])
        if (styled) target = styled
        else {
          const owners = [...alike, chosen].reverse().map((link) => link.provision.id)
          guess = `Unexpected paragraph after nested sub-paragraphs: the layout does not say whether it follows the list of ${owners.slice(0, -1).join(', ')} or ${owners[owners.length - 1] ?? ''} (they and the paragraph stand at the same indent; it has no number and no tail style), expected an indent, a numbering level or a tail style that tells`
        }
      }
    } else if (withItems.length === 0 && takers.length === 1) {
      target = takers[0]?.provision
    } else if (withItems.length === 1) {
      target = withItems[0]?.provision
    }
    if (!target) {
      return `Unexpected paragraph after nested sub-paragraphs: the source does not say whether it follows the list of ${withItems.map((link) => link.provision.id).join(' or ')}, expected layout (an indent) that tells`
    }
    if (target.items.length === 0) {
      target.text = `${target.text}\n${text}`
    } else {
      target.tail = target.tail === '' ? text : `${target.tail}\n${text}`
      closed.add(target)
    }
    // Sub-paragraphs inside the target are finished.
    while (open.length > 0 && open[open.length - 1]?.item !== target) open.pop()
    return guess === undefined ? {target} : {target, guess}
  }

  /**
   * The owner a tail style names among provisions the indent cannot tell apart: `Clause Tail` the
   * clause, `Sub-paragraph Tail n` the sub-paragraph at depth n (our Word annex's styles).
   */
  function tailOwnerByStyle(paragraph: TextParagraph, links: ReadonlyArray<{provision: ProvisionBase}>): ProvisionBase | undefined {
    const style = paragraph.style ?? ''
    if (style === 'clause tail') return links.find((link) => link.provision === clause)?.provision
    const depth = /^sub-paragraph tail ([1-9])$/.exec(style)?.[1]
    if (depth === undefined) return undefined
    return links.find((link) => open.findIndex((o) => o.item === link.provision) === Number(depth) - 1)?.provision
  }

  /**
   * In plain text a tail can run on to the last sub-paragraph ("… for which it is the Responsible
   * Supplier, it shall comply with …"): where a list's last item holds ", " followed by a sentence
   * and the clause has no tail, the importer reports it rather than guess where the tail starts.
   */
  function checkRunOnTail(owner: Clause): void {
    if (owner.tail !== '' || owner.items.length < 2 || !/:$/.test(owner.text)) return
    const last = owner.items[owner.items.length - 1] as SubParagraph
    if (last.items.length > 0) return
    const match = RUN_ON_TAIL.exec(last.text)
    if (!match) return
    const place = placeOf.get(last)
    if (!place) return
    entries.push({
      place,
      fate: 'ambiguous',
      target: last.id,
      text: last.text,
      reason: `${last.id} may run on into the text that follows the list of ${owner.id} ("${match[2] ?? ''}"): plain text does not say where the sub-paragraph ends, expected a source with layout (kept in ${last.id} as written)`
    })
  }
}

/** A bare number at the start of a paragraph: `3 The Supplier shall …`, `3\tText`. */
const BARE_NUMBER = /^(\d+[A-Z]?)(?=\s)\s*/

/**
 * A clause of an Appendix or Schedule without parts, numbered 1, 2, 3 (`AB:3`): a paragraph that
 * starts with a bare number in a document that has shown no Part heading, not in a heading style;
 * in plain text only where it reads as a sentence (ends in `.`, `:` or `;`), since a Part heading
 * (`2 Processing Requests`) looks the same there.
 */
function unpartedClause(section: Section, paragraph: TextParagraph, text: string, plain: boolean): {id: string; part: string; length: number} | undefined {
  if (section.kind !== 'appendix' && section.kind !== 'schedule') return undefined
  if (section.parts.some((part) => part.id !== null)) return undefined
  if (paragraph.style !== undefined && /^(?:heading|title)/.test(paragraph.style)) return undefined
  const match = BARE_NUMBER.exec(text)
  if (!match) return undefined
  if (plain && !/[.:;]$/.test(text)) return undefined
  const prefix = documentPrefix(section)
  return {id: `${prefix}${match[1] ?? ''}`, part: prefix, length: match[0].length}
}

/**
 * Whether an unlabelled paragraph is a Part heading or a cross-heading: by its Word heading style,
 * else (plain text) a short line without closing punctuation directly before a clause.
 */
function isCrossHeading(paragraph: TextParagraph, text: string, paragraphs: readonly TextParagraph[], index: number, styledHeadings: boolean, numbers: DocumentNumbers): 'part' | 'cross-heading' | undefined {
  if (paragraph.style === 'heading 2' && numbers.part(text, false)) return 'part'
  if (paragraph.style !== undefined && HEADING_STYLE.test(paragraph.style)) return 'cross-heading'
  if (styledHeadings) return undefined
  const next = paragraphs.slice(index + 1).find((p) => `${p.numberLabel ?? ''}${p.text}`.trim() !== '')
  const nextText = next ? `${next.numberLabel !== undefined ? `${next.numberLabel} ` : ''}${next.text}`.trim() : ''
  if (numbers.part(text, true) && !/[.;,:]$/.test(text) && (numbers.startsClause(nextText) || isHeadingLike(nextText))) return 'part'
  if (isHeadingLike(text) && numbers.startsClause(nextText)) return 'cross-heading'
  return undefined
}

function isHeadingLike(text: string): boolean {
  return text.length <= 120 && /^[A-Z0-9‘'"“(]/.test(text) && !/[.;,:]$/.test(text)
}
