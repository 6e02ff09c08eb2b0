import {InputError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import {inlineText} from '../parse/parse-inline.js'
import {parseMarkdown} from '../markdown/remark.js'

/**
 * The literal text of a heading line's markdown after its `#`s (escapes resolved, a closing `#`
 * run dropped), read as heading content the way a section file's heading is; markup is refused.
 */
export function readHeadingText(markdown: string, at: Place): string {
  if (!/[\\`*_<>&[\]!~|{}#]/.test(markdown)) return markdown.trim()
  const [only, ...rest] = parseMarkdown(`# ${markdown}`).children
  if (!only) return ''
  if (only.type !== 'heading' || rest.length > 0) throw new InputError('Unexpected markup in a cross-heading, expected plain text', at)
  return inlineText(only.children, () => at).trim()
}
