import {escapeText} from '../escape/markdown.js'

/**
 * Escapes what CriticMarkup would read as a mark: braces (every opener and closer has one) and
 * the substitution arrow `~>`. Backslash escapes already present are kept as they are.
 */
export function escapeMarks(markdown: string): string {
  let out = ''
  for (let index = 0; index < markdown.length; index++) {
    const char = markdown[index] ?? ''
    if (char === '\\') {
      out += char + (markdown[index + 1] ?? '')
      index++
    } else if (char === '{' || char === '}' || (char === '~' && markdown[index + 1] === '>')) out += `\\${char}`
    else out += char
  }
  return out
}

/** A whole field as canonical markdown, safe inside CriticMarkup. */
export function escapeField(text: string): string {
  return escapeMarks(escapeText(text))
}

/** What the whole readings of a field hold, which decides how its pieces must be escaped. */
export interface PieceContext {
  /** A `&` in either reading starts something an entity parser would read (`&amp;`). */
  entities: boolean
  /** Brackets in either reading could form a link or image (`[a](b)`, `[a][b]`, `[a]:`, `![`). */
  links: boolean
}

/** The escaping a field needs, from both its readings. */
export function pieceContext(...readings: string[]): PieceContext {
  return {
    entities: readings.some((text) => /&#?[A-Za-z0-9]+;/.test(text)),
    links: readings.some((text) => /\]\s*[([:]|!\[/.test(text))
  }
}

/**
 * Escapes a piece of a field so that the pieces of each reading, joined, read back as that
 * reading: every character that could open inline markup gets a backslash, and so do the
 * characters at `lineStart` (indexes into the piece) that would start a list, a quote or a
 * heading in some reading.
 */
export function escapePiece(text: string, context: PieceContext = {entities: true, links: true}, lineStart: readonly number[] = []): string {
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? ''
    const next = text[index + 1] ?? ''
    if ('\\`*_<{}'.includes(char)) out += `\\${char}`
    else if (char === '~' && (next === '>' || next === '~' || next === '')) out += '\\~'
    else if (char === '&' && context.entities) out += '\\&'
    else if ((char === '!' || char === '[' || char === ']') && context.links) out += `\\${char}`
    else if (lineStart.includes(index)) out += `\\${char}`
    else out += char
  }
  return out
}
