import {InputError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import type {Run} from '../redline/run.js'
import {compactRuns} from '../redline/run.js'

/** A piece of CriticMarkup source: plain text, or one mark with its content. */
export type MarkupSegment =
  | {type: 'equal'; text: string; start: number}
  | {type: 'insert' | 'delete'; text: string; start: number; end: number}
  | {type: 'substitute'; old: string; new: string; start: number; end: number}

const OPENERS = {'{++': 'insert', '{--': 'delete', '{~~': 'substitute'} as const
const CLOSERS = {insert: '++}', delete: '--}', substitute: '~~}'} as const
/** The characters that can start an opener, a closer, an arrow or an escape. */
const BACKSLASH = 92
const BRACE = 123
const PLUS = 43
const MINUS = 45
const TILDE = 126

/** Where a text starts in its file, so that offsets become places. */
export interface SourceOrigin {
  file: string
  /** 1-based line and column of the text's first character. */
  line: number
  column: number
}

/** The place of a character offset in a text that starts at `origin`. */
export function placeAt(text: string, offset: number, origin: SourceOrigin): Place {
  if (offset >= 0) {
    // Counted in place (a clause's provisions each ask: slicing and splitting the text each time costs more).
    const end = Math.min(offset, text.length)
    let newlines = 0
    let lastNewline = -1
    for (let index = text.indexOf('\n'); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) {
      newlines++
      lastNewline = index
    }
    return {file: origin.file, start: {line: origin.line + newlines, column: newlines === 0 ? origin.column + end : end - lastNewline}}
  }
  const before = text.slice(0, offset)
  const lines = before.split('\n')
  const line = origin.line + lines.length - 1
  const column = lines.length === 1 ? origin.column + before.length : (lines[lines.length - 1]?.length ?? 0) + 1
  return {file: origin.file, start: {line, column}}
}

/**
 * Cuts CriticMarkup source into plain text and marks: `{++inserted++}`, `{--deleted--}` and
 * `{~~old~>new~~}`. A backslash escapes the next character, so `\{++` is text. Marks do not nest;
 * an opener without its closer, a stray closer, a nested opener and a substitution without exactly
 * one `~>` are refused with the place of the offending characters.
 */
export function parseCriticMarkup(source: string, origin: SourceOrigin): MarkupSegment[] {
  const segments: MarkupSegment[] = []
  let plainStart = 0
  let index = 0
  const fail = (reason: string, offset: number): never => {
    throw new InputError(reason, placeAt(source, offset, origin), 'critic-markup')
  }
  while (index < source.length) {
    const char = source.charCodeAt(index)
    if (char === BACKSLASH) {
      index += 2
      continue
    }
    // Only a brace opens a mark and only '+', '-' or '~' starts a closer: any other character is text.
    if (char !== BRACE && char !== PLUS && char !== MINUS && char !== TILDE) {
      index++
      continue
    }
    const three = source.slice(index, index + 3)
    if (three === '++}' || three === '--}' || three === '~~}') {
      fail(`Unexpected '${three}' without an opening '{${three.slice(0, 2)}', expected marks in pairs ({++inserted++}, {--deleted--}, {~~old~>new~~}); escape a literal brace as '\\}'`, index)
    }
    const type = OPENERS[three as keyof typeof OPENERS]
    if (!type) {
      index++
      continue
    }
    if (index > plainStart) segments.push({type: 'equal', text: source.slice(plainStart, index), start: plainStart})
    const closer = CLOSERS[type]
    const contentStart = index + 3
    let cursor = contentStart
    let arrow = -1
    for (;;) {
      if (cursor >= source.length) fail(`Unclosed '${three}', expected '${closer}' to close it`, index)
      const code = source.charCodeAt(cursor)
      if (code === BACKSLASH) {
        cursor += 2
        continue
      }
      if (code !== BRACE && code !== PLUS && code !== MINUS && code !== TILDE) {
        cursor++
        continue
      }
      const here = source.slice(cursor, cursor + 3)
      if (here === closer) break
      if (here in OPENERS) fail(`Unexpected '${here}' inside the '${three}' opened at column ${placeAt(source, index, origin).start.column}, expected marks not to nest`, cursor)
      if (here === '++}' || here === '--}' || here === '~~}') fail(`Unexpected '${here}' inside '${three}', expected '${closer}' to close it`, cursor)
      if (type === 'substitute' && source.startsWith('~>', cursor)) {
        if (arrow >= 0) fail("Unexpected second '~>' in a substitution, expected {~~old~>new~~}", cursor)
        arrow = cursor
        cursor += 2
        continue
      }
      cursor++
    }
    const end = cursor + 3
    if (type === 'substitute') {
      if (arrow < 0) fail("Unexpected substitution without '~>', expected {~~old~>new~~}", index)
      segments.push({type, old: source.slice(contentStart, arrow), new: source.slice(arrow + 2, cursor), start: index, end})
    } else {
      segments.push({type, text: source.slice(contentStart, cursor), start: index, end})
    }
    index = end
    plainStart = end
  }
  if (source.length > plainStart) segments.push({type: 'equal', text: source.slice(plainStart), start: plainStart})
  return segments
}

/** Whether the source holds any mark. */
export function hasMarks(segments: readonly MarkupSegment[]): boolean {
  return segments.some((segment) => segment.type !== 'equal')
}

/** The segments as runs of source text (a substitution is a deletion then an insertion). */
export function segmentsToRuns(segments: readonly MarkupSegment[]): Run[] {
  return compactRuns(
    segments.flatMap((segment): Run[] =>
      segment.type === 'substitute'
        ? [{type: 'delete', text: segment.old}, {type: 'insert', text: segment.new}]
        : [{type: segment.type, text: segment.text}]
    )
  )
}
