import {InputError} from '../diagnostics/errors.js'

/** One block of a section file, found by a line scan: a heading line or a clause with its lines. */
export interface SourceBlock {
  kind: 'title' | 'part' | 'cross-heading' | 'clause'
  /** The block's source text: the whole heading line, or the clause's lines. */
  text: string
  /** 1-based line where the block starts. */
  line: number
  /** 1-based column where `text` starts. */
  column: number
}

/** A section file cut into its frontmatter and blocks, before any block is parsed. */
export interface SectionSource {
  file: string
  /** The YAML between the `---` fences. */
  frontmatter: string
  /** 1-based line of the first YAML line. */
  frontmatterLine: number
  blocks: SourceBlock[]
}

const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/

/** Whether the line from `start` to `end` (its first character `first`) is blank as `trim` reads it; a printable ASCII first character answers at once. */
function isBlank(text: string, start: number, end: number, first: number): boolean {
  if (start === end) return true
  if (first > 32 && first < 127) return false
  return text.slice(start, end).trim() === ''
}

/**
 * Cuts a section file into frontmatter, heading lines and clause chunks with one pass over its
 * lines. Headings are `#`, `##`, `###` lines; a clause starts at a line beginning `**`. Each chunk
 * is then parsed on its own, so unchanged clauses can be recognised by their text alone.
 */
export function splitSection(source: string, file: string): SectionSource {
  // Lines end at '\n' or '\r\n'; every block is a slice of one normalised text, never a join of lines.
  const text = source.includes('\r\n') ? source.replace(/\r\n/g, '\n') : source
  const lineEnd = (from: number): number => {
    const end = text.indexOf('\n', from)
    return end < 0 ? text.length : end
  }
  const firstEnd = lineEnd(0)
  if (text.slice(0, firstEnd).trim() !== '---') {
    throw new InputError(
      "Unexpected start of section file, expected YAML frontmatter opened by '---' (section, title, version)",
      {file, start: {line: 1, column: 1}}
    )
  }
  let lineNumber = 2
  let at = firstEnd + 1
  let close = -1
  while (at <= text.length) {
    const end = lineEnd(at)
    if (text.slice(at, end).trim() === '---') {
      close = at
      break
    }
    at = end + 1
    lineNumber++
  }
  if (close < 0) {
    throw new InputError("Unclosed frontmatter, expected a closing '---' line", {file, start: {line: 1, column: 1}})
  }
  const frontmatter = text.slice(firstEnd + 1, Math.max(firstEnd + 1, close - 1))
  const blocks: SourceBlock[] = []
  // The open clause: where it starts, and where its last line that is not blank ends.
  let clause: {line: number; start: number; end: number} | undefined
  const endClause = (): void => {
    if (clause) blocks.push({kind: 'clause', text: text.slice(clause.start, clause.end), line: clause.line, column: 1})
    clause = undefined
  }
  // Most lines are read by their first characters alone: only a heading line, a line opening with
  // whitespace and text outside a clause are cut out of the text.
  for (at = lineEnd(close) + 1, lineNumber++; at <= text.length; lineNumber++) {
    const end = lineEnd(at)
    const first = text.charCodeAt(at)
    const heading = first === 35 /* # */ ? HEADING.exec(text.slice(at, end)) : null
    if (heading) {
      endClause()
      const depth = heading[1]?.length ?? 0
      const kind = depth === 1 ? 'title' : depth === 2 ? 'part' : depth === 3 ? 'cross-heading' : undefined
      if (!kind) {
        throw new InputError(
          `Unexpected heading of level ${depth}, expected '#' (section title), '##' (part) or '###' (cross-heading)`,
          {file, start: {line: lineNumber, column: 1}}
        )
      }
      blocks.push({kind, text: heading[0], line: lineNumber, column: 1})
    } else if (first === 42 /* * */ && text.charCodeAt(at + 1) === 42) {
      endClause()
      clause = {line: lineNumber, start: at, end}
    } else if (clause) {
      if (!isBlank(text, at, end, first)) clause.end = end
    } else if (!isBlank(text, at, end, first)) {
      const line = text.slice(at, end)
      throw new InputError(
        'Unexpected text outside a clause, expected a heading or a clause starting with its number in bold (**G3.17**)',
        {file, start: {line: lineNumber, column: 1 + (line.length - line.trimStart().length)}}
      )
    }
    at = end + 1
  }
  endClause()
  return {file, frontmatter, frontmatterLine: 2, blocks}
}
