/**
 * Test-side readers that take a rendered annex back to the plain text of its provision paragraphs,
 * with every change accepted or every change rejected. The renderers never see these: they prove
 * that what each format shows reads back to the old and the new text, character for character.
 */
import {unzipSync} from 'fflate'
import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {unified} from 'unified'
import type {Annex} from '../../src/annex/annex-types.js'
import {printedLabel} from '../../src/model/ids.js'
import type {Provision, Section} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {layoutAnnex} from '../../src/layout/annex-layout.js'
import {resolveClause, resolveProvision, type Side} from '../../src/redline/accept-reject.js'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import {visibleText} from '../../src/escape/terminal.js'

/** A provision's paragraphs as the readers give them back: label and text, its table's rows, its items, then its tail. */
function provisionLines(provision: Provision): string[] {
  const out: string[] = []
  // A text of several paragraphs prints each on its own; the text between two lists before the sub-paragraph it precedes.
  const visit = (p: Provision): void => {
    if (p.kind === 'sub-paragraph' && p.textBefore) out.push(...p.textBefore.split('\n'))
    const label = printedLabel(p)
    const [first = '', ...more] = p.text === '' ? [] : p.text.split('\n')
    out.push(first === '' ? label : `${label} ${first}`, ...more)
    if (p.table) out.push(...tableLines(p.table))
    p.items.forEach(visit)
    if (p.tail !== '') out.push(...p.tail.split('\n'))
  }
  visit(provision)
  return out
}

/**
 * The provision paragraphs the annex should read as on one side, through its redline: each clause
 * the layout shows, or the one definition a block shows alone (an amended definitions list).
 */
export function expectedParagraphs(annex: Annex, side: Side): string[] {
  const out: string[] = []
  for (const block of layoutAnnex(annex).sections.flatMap((section) => section.blocks)) {
    if (block.kind !== 'clause') continue
    const resolved = block.definition ? resolveProvision(block.definition, side) : resolveClause(block.clause, side)
    if (resolved) out.push(...provisionLines(resolved))
  }
  return out.map(visibleText)
}

/**
 * The same paragraphs straight from the sections of that side (not through a redline): each clause
 * the layout shows, found by its ID, or the definition a block shows alone, found by its term there.
 */
export function sourceParagraphs(annex: Annex, sections: readonly Section[], side: Side): string[] {
  const clauses = new Map(clausesOf(sections).map((clause) => [clause.id, clause]))
  const out: string[] = []
  for (const block of layoutAnnex(annex).sections.flatMap((section) => section.blocks)) {
    if (block.kind !== 'clause') continue
    const clause = clauses.get(block.clause.id)
    const term = block.definition ? (side === 'accept' ? acceptRuns : rejectRuns)(block.definition.label) : undefined
    const shown = term === undefined ? clause : clause?.items.find((item) => item.term === term)
    if (shown) out.push(...provisionLines(shown))
  }
  return out.map(visibleText)
}

/**
 * The rows of a table as the readers give them back: header first, cells joined by ` | `. A row
 * whose cells are all empty is left out (in a Markdown table a row that is absent on one side
 * still stands there, empty, so no reader can tell it from a row of empty cells).
 */
export function tableLines(table: {header: string[]; rows: Array<{cells: string[]}>}): string[] {
  return [table.header, ...table.rows.map((row) => row.cells)].flatMap((cells) => rowLine(cells))
}

function rowLine(cells: readonly string[]): string[] {
  return cells.every((cell) => cell === '') ? [] : [cells.join(' | ')]
}

const NAMED: Record<string, string> = {lt: '<', gt: '>', quot: '"', apos: "'", amp: '&'}
/** Decodes character references in one pass (so `&#38;amp;` stays `&amp;`). */
const decodeEntities = (text: string): string =>
  text.replace(/&(#\d+|#x[0-9a-f]+|lt|gt|quot|apos|amp);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : NAMED[name] ?? '')

/** HTML: the `p.provision` paragraphs, without `<del>` (accept) or `<ins>` (reject). */
export function readHtml(html: string, side: Side): string[] {
  const drop = side === 'accept' ? /<del(?: [^>]*)?>[^<]*<\/del>/g : /<ins(?: [^>]*)?>[^<]*<\/ins>/g
  const absent = side === 'accept' ? 'delete' : 'insert'
  const text = (inner: string): string => decodeEntities(inner.replace(drop, '').replace(/<[^>]+>/g, ''))
  return [...html.matchAll(/<p class="provision [^"]*"[^>]*>(.*?)<\/p>|<tr data-id="[^"]*" data-status="(\w+)">(.*?)<\/tr>/g)]
    .flatMap((match) => {
      if (match[2] === undefined) return [text(match[1] ?? '')]
      if (match[2] === (side === 'accept' ? 'deleted' : 'inserted')) return []
      const cells = [...(match[3] ?? '').matchAll(/<t[hd](?: data-side="(\w+)")?>(.*?)<\/t[hd]>/g)].filter((cell) => cell[1] !== absent).map((cell) => text(cell[2] ?? ''))
      return rowLine(cells)
    })
    .filter((line) => line !== '')
}

/** Markdown (`<ins>`/`<del>` or CriticMarkup): the clause paragraphs and list items after the cover, as remark reads them. */
export function readMarkdown(markdown: string, side: Side): string[] {
  const body = markdown.slice(markdown.indexOf('\n---\n'))
  // A mark opens where its brace is not escaped: after an even number of backslashes (`\\{++x++}` is an escaped backslash, then a mark).
  const resolved =
    side === 'accept'
      ? body.replace(/<del>[^<]*<\/del>/g, '').replace(/(?<=(?:^|[^\\])(?:\\\\)*)\{--[\s\S]*?--\}/g, '').replace(/<\/?ins>/g, '').replace(/(?<=(?:^|[^\\])(?:\\\\)*)\{\+\+([\s\S]*?)\+\+\}/g, '$1')
      : body.replace(/<ins>[^<]*<\/ins>/g, '').replace(/(?<=(?:^|[^\\])(?:\\\\)*)\{\+\+[\s\S]*?\+\+\}/g, '').replace(/<\/?del>/g, '').replace(/(?<=(?:^|[^\\])(?:\\\\)*)\{--([\s\S]*?)--\}/g, '$1')
  // A provision removed on this side leaves an empty list item or line: make it a blank line, as if never written.
  const cleaned = resolved.split('\n').map((line) => (/^\s*(?:-\s*)?$/.test(line) ? '' : line)).join('\n')
  const tree = unified().use(remarkParse).use(function tables(this: import('unified').Processor) {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  }).parse(cleaned) as Root
  const out: string[] = []
  const visit = (node: RootContent): void => {
    if (node.type === 'table') {
      for (const row of node.children) out.push(...rowLine(row.children.map((cell) => toString(cell))))
    } else if (node.type === 'paragraph') {
      const only = node.children.length === 1 ? node.children[0] : undefined
      if (only?.type !== 'emphasis') out.push(toString(node))
    } else if (node.type === 'list' || node.type === 'listItem') node.children.forEach(visit)
  }
  tree.children.forEach(visit)
  return out.filter((text) => text !== '')
}

/** Terminal output in colour: the lines after the instruction lines, without deletions (accept) or insertions (reject). */
export function readTerminal(text: string, side: Side): string[] {
  const insert = /\u001b\[34m\u001b\[4m([^\u001b]*)\u001b\[24m\u001b\[39m/g
  const remove = /\u001b\[31m\u001b\[9m([^\u001b]*)\u001b\[29m\u001b\[39m/g
  // Whitespace-only changes are symbols in reverse video: read them back as the whitespace they stand for.
  const spaces: Record<string, string> = {'·': ' ', '⍽': '\u00a0', '→': '\t'}
  text = text.replace(/\u001b\[7m([^\u001b]*)\u001b\[27m/g, (_, symbols: string) => [...symbols].map((c) => spaces[c] ?? c).join(''))
  // A definition's term is bold within its indented line (headings are bold lines of their own, dropped below).
  text = text.replace(/^((?: {4})+)\u001b\[1m(.*?)\u001b\[22m/gm, '$1$2')
  const resolved = side === 'accept' ? text.replace(remove, '').replace(insert, '$1') : text.replace(insert, '').replace(remove, '$1')
  return resolved
    .split('\n')
    .filter((line) => !line.includes('\u001b[') && line.trim() !== '')
    .slice(1)
    .map((line) => line.replace(/^(?: {4})+/, ''))
    .flatMap((line) => (line.startsWith('│ ') && line.endsWith(' │') ? rowLine(line.slice(2, -2).split(' │ ')) : [line]))
}

/** Word: the text of the provision paragraphs of `word/document.xml`, with `w:del` dropped (accept) or `w:ins` dropped (reject). */
export function readDocx(docx: Uint8Array, side: Side): string[] {
  const xml = documentXml(docx)
  const kept = (body: string): string => (side === 'accept' ? body.replace(/<w:del [^>]*>.*?<\/w:del>/g, '') : body.replace(/<w:ins [^>]*>.*?<\/w:ins>/g, ''))
  // The tab between a label and its text (the hanging indent) reads as the space it stands for.
  const text = (body: string): string => [...kept(body).matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? ' ' : decodeEntities(m[1] ?? ''))).join('')
  return [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:p>(.*?)<\/w:p>/g)]
    .flatMap((match) => {
      if (match[1] !== undefined) {
        // A table row: absent on this side when its row properties track its deletion (accept) or insertion (reject).
        const properties = /<w:trPr>(.*?)<\/w:trPr>/.exec(match[1])?.[1] ?? ''
        if (new RegExp(`<w:${side === 'accept' ? 'del' : 'ins'} `).test(properties)) return []
        return rowLine([...match[1].matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((cell) => text((cell[1] ?? '').replace(/<w:tcPr>.*?<\/w:tcPr>/, '').replace(/<w:pPr>.*?<\/w:pPr>/, ''))))
      }
      const body = match[2] ?? ''
      if (!/<w:pStyle w:val="(?:Clause|ClauseTail|SubParagraph\d|SubParagraphTail\d)"\/>/.test(body)) return []
      return [text(body.replace(/<w:pPr>.*?<\/w:pPr>/, ''))]
    })
    .filter((line) => line !== '')
}

/** The main part of a .docx. */
export function documentXml(docx: Uint8Array): string {
  const entry = unzipSync(docx, {filter: (file) => file.name === 'word/document.xml'})['word/document.xml']
  if (!entry) throw new Error('no word/document.xml in the .docx')
  return new TextDecoder().decode(entry)
}
