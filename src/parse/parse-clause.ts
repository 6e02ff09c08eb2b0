import type {ListItem, Paragraph, RootContent} from 'mdast'
import {InputError} from '../diagnostics/errors.js'
import {describe, inlineText} from './parse-inline.js'
import {parseMarkdown} from '../markdown/remark.js'
import type {Clause, Place, SubParagraph} from '../model/types.js'
import {serializeClause} from '../serialize/serialize-clause.js'
import {childId, isTerm, LABEL_SOURCE} from '../model/ids.js'
import {checkDefinitionLists} from './check-definitions.js'
import {copyParagraphPlaces, recordParagraphPlaces} from '../model/paragraph-places.js'
import {buildTable, canonicalCellPlaces, delimiterRow, isTableWithoutDelimiter, missingDelimiterError, readTable, scanTableLine, type ReadRow} from './parse-table.js'

/** Where a clause chunk stands in its file. */
export interface ChunkOrigin {
  file: string
  /** 1-based line of the chunk's first line. */
  line: number
  /** The ID prefix of the document the chunk stands in (`AB:` in Appendix AB, whose file prints `**2.11**`); none in a Section. */
  prefix?: string
}

/**
 * Parses one clause chunk (the lines from `**G3.17**` up to the next clause or heading).
 *
 * A canonical chunk of plain text is read by a line scan and proven by writing it back; anything
 * else is read by remark-parse, which understands every markdown variation a drafter may type.
 * Labels are read as written; their sequence is checked by {@link ../parse/check-structure}.
 */
export function parseClause(chunk: string, origin: ChunkOrigin): Clause {
  const fast = scanCanonical(chunk, origin)
  const clause = fast && serializeClause(fast) === chunk ? fast : parseWithRemark(chunk, origin)
  checkDefinitionLists(clause)
  return origin.prefix ? withIdPrefix(clause, origin.prefix) : clause
}

/** The clause with every ID given its document's prefix: `2.11(a)` in Appendix AB is `AB:2.11(a)`, its table `AB:2.11/table`. */
function withIdPrefix<P extends Clause | SubParagraph>(provision: P, prefix: string): P {
  const table = provision.table && {
    ...provision.table,
    id: `${prefix}${provision.table.id}`,
    rows: provision.table.rows.map((row) => ({...row, id: `${prefix}${row.id}`}))
  }
  const prefixed = {...provision, id: `${prefix}${provision.id}`, ...(table ? {table} : {}), items: provision.items.map((item) => withIdPrefix(item, prefix))}
  copyParagraphPlaces(provision, prefixed)
  return prefixed
}

/* ---------- the line scan for canonical chunks ---------- */

const CLAUSE_LINE = /^\*\*([^*\\]+)\*\*(?: (.*))?$/
const LABELLED = new RegExp(`^\\((${LABEL_SOURCE})\\)(?:[ \\t]+|$)`)
const ITEM_LINE = new RegExp(`^((?: {2})*)- \\((${LABEL_SOURCE})\\)(?: (.*))?$`)
/** A definition's line, `- **Term** means …`: a term of plain characters (anything else is read by remark). */
const DEFINITION_LINE = /^((?: {2})*)- \*\*([^\s*\\[\]`_<>&!~|{}#](?:[^*\\[\]`_<>&!~|{}#\n]*[^\s*\\[\]`_<>&!~|{}#])?)\*\*(?: (.*))?$/

function scanCanonical(chunk: string, origin: ChunkOrigin): Clause | undefined {
  const lines = chunk.split('\n')
  const head = CLAUSE_LINE.exec(lines[0] ?? '')
  if (!head) return undefined
  const clause: Clause = {kind: 'clause', id: head[1] ?? '', text: head[2] ?? '', items: [], tail: '', place: at(origin, 0, 1)}
  // stack[d] is the provision whose items are at depth d+1 (indent 2d).
  const stack: Array<Clause | SubParagraph> = [clause]
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') continue
    const labelled = ITEM_LINE.exec(line)
    const definition = labelled ? null : DEFINITION_LINE.exec(line)
    const item = labelled ?? definition
    if (item) {
      const depth = (item[1] ?? '').length / 2
      const parent = stack[depth]
      if (!parent) return undefined
      const label = item[2] ?? ''
      // Paragraphs after a list and before another item of it are the text between the two lists.
      const between = parent.tail
      parent.tail = ''
      const sub: SubParagraph = {
        kind: 'sub-paragraph',
        id: '',
        label,
        ...(definition ? {term: label} : {}),
        text: item[3] ?? '',
        items: [],
        tail: '',
        ...(between === '' ? {} : {textBefore: between}),
        place: at(origin, index, depth * 2 + 3)
      }
      sub.id = childId(parent.id, sub)
      // Their places go with them (a provision with no paragraph places recorded has only its own place).
      if (between !== '') {
        const parentPlaces = recordParagraphPlaces(parent)
        recordParagraphPlaces(sub).textBefore = parentPlaces.tail
        parentPlaces.tail = []
      }
      parent.items.push(sub)
      stack.length = depth + 1
      stack.push(sub)
      continue
    }
    const indent = line.length - line.trimStart().length
    if (indent % 2 !== 0 || lines[index - 1] !== '') return undefined
    if (line.charCodeAt(indent) === 124 /* | */) {
      const owner = stack[indent / 2]
      if (!owner || owner.table || owner.items.length > 0 || owner.tail !== '') return undefined
      const end = scanTable(owner, lines, index, indent, origin)
      if (end === undefined) return undefined
      stack.length = indent / 2 + 1
      index = end - 1
      continue
    }
    const owner = stack[indent / 2]
    if (!owner) return undefined
    const paragraph = line.slice(indent)
    if (owner.items.length > 0) {
      owner.tail = owner.tail === '' ? paragraph : `${owner.tail}\n${paragraph}`
      recordParagraphPlaces(owner).tail.push(at(origin, index, indent + 1))
    } else if (owner.text !== '' && !owner.table) {
      owner.text = `${owner.text}\n${paragraph}`
      recordParagraphPlaces(owner).text.push(at(origin, index, indent + 1))
    } else return undefined
    stack.length = indent / 2 + 1
  }
  return clause
}

/** Reads the canonical table of `owner` from `lines[start]`; answers the index after its last row, or undefined when it is not canonical. */
function scanTable(owner: Clause | SubParagraph, lines: string[], start: number, indent: number, origin: ChunkOrigin): number | undefined {
  const header = scanTableLine(lines[start] ?? '', indent)
  if (!header || lines[start + 1] !== ' '.repeat(indent) + delimiterRow(header.length)) return undefined
  const rows: ReadRow[] = []
  let index = start + 2
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.charCodeAt(indent) !== 124 /* | */) break
    const cells = scanTableLine(line, indent)
    if (!cells || cells.length !== header.length) return undefined
    const place = at(origin, index, indent + 1)
    rows.push({cells, place, cellPlaces: canonicalCellPlaces(cells, place)})
  }
  const place = at(origin, start, indent + 1)
  owner.table = buildTable(owner.id, {cells: header, cellPlaces: canonicalCellPlaces(header, place)}, rows, place)
  return index
}

function at(origin: ChunkOrigin, lineOffset: number, column: number): Place {
  return {file: origin.file, start: {line: origin.line + lineOffset, column}}
}

/* ---------- remark-parse, for everything else ---------- */

function parseWithRemark(chunk: string, origin: ChunkOrigin): Clause {
  const tree = parseMarkdown(chunk)
  const place = (node: {position?: {start: {line: number; column: number}}}): Place => ({
    file: origin.file,
    start: {line: origin.line + (node.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1}
  })
  const [first, ...rest] = tree.children
  if (!first || first.type !== 'paragraph' || first.children[0]?.type !== 'strong') {
    throw new InputError('Unexpected clause start, expected the clause number in bold (**G3.17**) followed by its text', place(first ?? tree))
  }
  const strong = first.children[0]
  const id = inlineText(strong.children, place)
  const text = inlineText(first.children.slice(1), place).trim()
  const clause: Clause = {kind: 'clause', id, text, items: [], tail: '', place: place(first)}
  readBody(clause, rest, chunk, place)
  return clause
}

type PlaceOf = (node: {position?: {start: {line: number; column: number}}}) => Place

function readBody(owner: Clause | SubParagraph, nodes: RootContent[], source: string, place: PlaceOf): void {
  let index = 0
  // Further paragraphs of the lead-in, before any table or list.
  const lead = owner.text === '' ? [] : [owner.text]
  while (nodes[index]?.type === 'paragraph' && !isTableWithoutDelimiter(nodes[index] as Paragraph, source)) {
    const paragraph = nodes[index] as Paragraph
    if (lead.length === 0) {
      throw new InputError(
        `Unexpected paragraph in ${owner.id} after an empty lead-in, expected the lead-in's first paragraph on the line of ${owner.kind === 'clause' ? 'the clause number' : 'its label'}`,
        place(paragraph)
      )
    }
    lead.push(paragraphText(paragraph, place))
    if (lead.length > 1) recordParagraphPlaces(owner).text.push(place(paragraph))
    index++
  }
  owner.text = lead.join('\n')
  const first = nodes[index]
  if (first?.type === 'table') {
    owner.table = readTable(first, owner.id, place)
    index++
  }
  const rest = mergeAdjacentLists(nodes.slice(index))
  const [list] = rest
  if (!list) return
  if (list.type === 'paragraph' && isTableWithoutDelimiter(list, source)) throw missingDelimiterError(owner.id, place(list))
  if (list.type !== 'list' || list.ordered) {
    throw new InputError(
      `Unexpected ${describe(list)} in ${owner.id}, expected its sub-paragraphs as a '-' list ('- (a) …')`,
      place(list)
    )
  }
  // Lists, each but the first after the paragraphs of text that stand between it and the one before; the paragraphs after the last list are the tail.
  let between: string[] = []
  let betweenPlaces: Place[] = []
  for (const node of rest) {
    if (node.type === 'list' && !node.ordered) {
      const items = node.children.map((item) => readItem(owner, item, source, place))
      const [head] = items
      if (head && between.length > 0) {
        head.textBefore = between.join('\n')
        recordParagraphPlaces(head).textBefore = betweenPlaces
      }
      owner.items.push(...items)
      between = []
      betweenPlaces = []
    } else if (node.type === 'paragraph') {
      between.push(paragraphText(node, place))
      betweenPlaces.push(place(node))
    } else {
      throw new InputError(
        `Unexpected ${describe(node)} after the sub-paragraphs of ${owner.id}, expected paragraphs of text or more sub-paragraphs`,
        place(node)
      )
    }
  }
  owner.tail = between.join('\n')
  recordParagraphPlaces(owner).tail = betweenPlaces
}

/** A paragraph's text, trimmed; an empty paragraph cannot stand in legal text. */
function paragraphText(paragraph: Paragraph, place: PlaceOf): string {
  return inlineText(paragraph.children, place).trim()
}

/** Adjacent bullet lists (a drafter switched from `*` to `-`) are one list of sub-paragraphs. */
function mergeAdjacentLists(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (node.type === 'list' && !node.ordered && last?.type === 'list' && !last.ordered) {
      out[out.length - 1] = {...last, children: [...last.children, ...node.children]}
    } else out.push(node)
  }
  return out
}

function readItem(parent: Clause | SubParagraph, item: ListItem, source: string, place: PlaceOf): SubParagraph {
  const [paragraph, ...rest] = item.children
  const lead = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  if (paragraph?.type === 'paragraph' && lead?.type === 'strong') {
    const term = inlineText(lead.children, place).trim()
    if (!isTerm(term)) {
      throw new InputError(
        `Unexpected term '${term}' in a definition of ${parent.id}, expected a term in bold without square brackets ('- **Anomaly Detection Threshold** means …')`,
        place(lead)
      )
    }
    const sub: SubParagraph = {
      kind: 'sub-paragraph',
      id: `${parent.id}[${term}]`,
      label: term,
      term,
      text: inlineText(paragraph.children.slice(1), place).trim(),
      items: [],
      tail: '',
      place: place(paragraph)
    }
    readBody(sub, rest, source, place)
    return sub
  }
  const labelled = paragraph?.type === 'paragraph' ? LABELLED.exec(inlineText(paragraph.children, place)) : null
  if (!paragraph || paragraph.type !== 'paragraph' || !labelled) {
    throw new InputError(
      `Unexpected sub-paragraph of ${parent.id} without a label or a term, expected '- (a) text' or a definition '- **Term** text'`,
      place(paragraph ?? item)
    )
  }
  const label = labelled[1] ?? ''
  const sub: SubParagraph = {
    kind: 'sub-paragraph',
    id: `${parent.id}(${label})`,
    label,
    text: inlineText(paragraph.children, place).slice(labelled[0].length).trim(),
    items: [],
    tail: '',
    place: place(paragraph)
  }
  readBody(sub, rest, source, place)
  return sub
}
