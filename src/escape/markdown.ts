/*
 * Escaping for markdown, in one place: corpus text written canonically (`escapeText`,
 * `escapeHeadingText`, proven against remark-parse), redlined text shown in a rendered markdown
 * report (`escapeMarkdownLiteral` for diff, `escapeMarkdownInline` for the annex, control
 * characters made visible first), and the backslash that keeps a line from opening a block.
 */
import type {Heading, Paragraph} from 'mdast'
import {parseMarkdown, stringifyMarkdown} from '../markdown/remark.js'
import {visibleText} from './terminal.js'

/** Text that can be written into a canonical line as it is: no markdown syntax can start in it. */
const PLAIN = /^(?![-+*>#=\s]|\d+[.)])[^\\`*_<>&[\]!~|{}#\n\r\t\u0000-\u001f\u007f]*(?<!\s)$/

/**
 * Plain text but for square brackets, which read as text when no link can form: no `](` (an
 * inline link) and no `[label]:` at the start (a link definition); a clause line is parsed on its
 * own, so no reference link has a definition to match. `[Not used]` is the common case, and
 * writing it so needs no remark at all. A property test proves this against remark-parse.
 */
const PLAIN_WITH_BRACKETS = /^(?!\[[^\]]*\]:)(?!.*\]\()(?![-+*>#=\s]|\d+[.)])[^\\`*_<>&!~|{}#\n\r\t\u0000-\u001f\u007f]*(?<!\s)$/

/**
 * Writes clause or heading text as markdown that reads back as the same text. Plain text (the
 * great majority of legal text) is written as it is; anything else is escaped by remark-stringify,
 * then the square-bracket escapes that stringify adds out of caution (`\[Not used]`) are dropped
 * where a re-parse proves they are not needed.
 */
export function escapeText(text: string): string {
  if (PLAIN.test(text) || PLAIN_WITH_BRACKETS.test(text) || plainDecimal(text)) return text
  const known = escaped.get(text)
  if (known !== undefined) return known
  if (escaped.size >= 50_000) escaped.clear()
  const written = escapeMarkdown(text)
  escaped.set(text, written)
  return written
}

/**
 * A number with a decimal point at the start (`95.6%`, `3.5 Working Days`): a list item only where
 * the point is followed by a space or ends the line (`1. `), so remark-stringify escapes nothing in
 * it; plain text otherwise, after the number. Table cells hold many such numbers.
 */
const LEADING_DECIMAL = /^\d+\.(?!\s|$)/

function plainDecimal(text: string): boolean {
  const number = LEADING_DECIMAL.exec(text)
  return number !== null && PLAIN.test(`0${text.slice(number[0].length)}`)
}

/** Texts already escaped: `[Not used]` and its like recur hundreds of times in a version. */
const escaped = new Map<string, string>()

function escapeMarkdown(text: string): string {
  const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'text', value: text}]}
  const escaped = stringifyMarkdown({type: 'root', children: [paragraph]}).replace(/\n$/, '')
  if (!escaped.includes('\\[') && !escaped.includes('\\]')) return escaped
  const lighter = escaped.replace(/\\([[\]])/g, '$1')
  return readsBackAs(lighter, text) ? lighter : escaped
}

/** Whether `markdown` parses as one paragraph holding exactly `text`. */
function readsBackAs(markdown: string, text: string): boolean {
  const tree = parseMarkdown(markdown)
  const [only, ...rest] = tree.children
  if (!only || rest.length > 0 || only.type !== 'paragraph') return false
  return only.children.every((child) => child.type === 'text') &&
    only.children.map((child) => (child.type === 'text' ? child.value : '')).join('') === text
}

/** Writes heading text (after the `#` marks) so that it reads back as the same text. */
export function escapeHeadingText(text: string, depth: 1 | 2 | 3): string {
  if (PLAIN.test(text)) return text
  const heading: Heading = {type: 'heading', depth, children: [{type: 'text', value: text}]}
  const written = stringifyMarkdown({type: 'root', children: [heading]}).replace(/\n$/, '')
  return written.slice(depth + 1)
}

/**
 * Where a text that starts a line would open a markdown block: the index of its list marker (`1.`
 * or `1)`, after the digits), or of a leading `-`, `+`, `*`, `>`, `#` or `=`. A backslash there
 * keeps the line a paragraph.
 */
export function blockMarkerIndex(text: string): number | null {
  if (/^[-+*>#=]/.test(text)) return 0
  const digits = /^\d+(?=[.)])/.exec(text)
  return digits ? digits[0].length : null
}

/**
 * Escapes `text` with `escape`, and puts a backslash before each character at `blockMarkers`
 * (every marker character is ASCII punctuation, which a backslash always escapes).
 */
export function escapeWithMarkers(text: string, blockMarkers: readonly number[], escape: (text: string) => string): string {
  let out = ''
  let from = 0
  for (const at of [...blockMarkers].sort((a, b) => a - b)) {
    if (at < from || at >= text.length) continue
    out += `${escape(text.slice(from, at))}\\${text[at] ?? ''}`
    from = at + 1
  }
  return out + escape(text.slice(from))
}

/** Redlined text in a markdown diff report: markdown punctuation escaped with a backslash, `&`, `<` and `>` as numeric references. */
export function escapeMarkdownLiteral(text: string): string {
  return visibleText(text)
    .replace(/[\\`*_[\]#|~]/g, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** Redlined text in the markdown annex: markdown punctuation escaped with a backslash, `&` and `<` as entities, a line-start marker escaped. */
export function escapeMarkdownInline(text: string): string {
  return visibleText(text)
    .replace(/[\\`*_[\]{}|~]/g, (char) => `\\${char}`)
    .replace(/^[#+\-=>]/, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}
