import type {PhrasingContent} from 'mdast'
import {InputError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import {parseMarkdown} from '../markdown/remark.js'

type PlaceOf = (node: {position?: {start: {line: number; column: number}}}) => Place

/**
 * The literal text of inline markdown. Escapes and entities are resolved, inline HTML is kept as
 * the literal text it is (`<script>` in a clause is text, never markup), line breaks become
 * spaces, and markup that would change the meaning of legal text (emphasis, links, code) is refused.
 */
export function inlineText(children: PhrasingContent[], place: PlaceOf): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'text' || child.type === 'html') text += child.value
    else if (child.type === 'break') text += ' '
    else {
      throw new InputError(
        `Unexpected ${describe(child)} in clause text, expected plain text (escape markdown characters with '\\')`,
        place(child)
      )
    }
  }
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ')
}

/** Reads an ATX heading line (`### Cross-heading`) as its literal text. */
export function parseHeadingLine(markdown: string, at: Place): string {
  const plain = /^#{1,6}[ \t]+([^\\`*_<>&[\]!~|{}#]*)$/.exec(markdown)
  if (plain) return (plain[1] ?? '').trim()
  const tree = parseMarkdown(markdown)
  const [only] = tree.children
  if (!only) return ''
  const place: PlaceOf = (node) => ({
    file: at.file,
    start: {line: at.start.line, column: at.start.column + (node.position?.start.column ?? 1) - 1}
  })
  if (only.type !== 'heading' || tree.children.length > 1) {
    throw new InputError(`Unexpected ${describe(only)}, expected a heading of plain text`, at)
  }
  return inlineText(only.children, place).trim()
}

/** A reader's name for an mdast node type. */
export function describe(node: {type: string; ordered?: boolean | null}): string {
  if (node.type === 'list') return node.ordered ? 'numbered list' : 'list'
  const names: Record<string, string> = {
    inlineCode: 'inline code', thematicBreak: 'horizontal rule', blockquote: 'block quote', code: 'code block',
    emphasis: 'emphasis', strong: 'bold text', link: 'link', linkReference: 'link reference', image: 'image',
    definition: 'link definition', heading: 'heading', paragraph: 'paragraph', table: 'table',
    html: 'HTML block', delete: 'strikethrough'
  }
  return names[node.type] ?? node.type
}
