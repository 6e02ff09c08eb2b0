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

/**
 * Cuts a section file into frontmatter, heading lines and clause chunks with one pass over its
 * lines. Headings are `#`, `##`, `###` lines; a clause starts at a line beginning `**`. Each chunk
 * is then parsed on its own, so unchanged clauses can be recognised by their text alone.
 */
export function splitSection(source: string, file: string): SectionSource {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') {
    throw new InputError(
      "Unexpected start of section file, expected YAML frontmatter opened by '---' (section, title, version)",
      {file, start: {line: 1, column: 1}}
    )
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
  if (close < 0) {
    throw new InputError("Unclosed frontmatter, expected a closing '---' line", {file, start: {line: 1, column: 1}})
  }
  const blocks: SourceBlock[] = []
  let clause: {start: number; lines: string[]} | undefined
  const endClause = (): void => {
    if (!clause) return
    while (clause.lines.length > 0 && clause.lines[clause.lines.length - 1]?.trim() === '') clause.lines.pop()
    blocks.push({kind: 'clause', text: clause.lines.join('\n'), line: clause.start, column: 1})
    clause = undefined
  }
  for (let index = close + 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const lineNumber = index + 1
    const heading = HEADING.exec(line)
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
      blocks.push({kind, text: line, line: lineNumber, column: 1})
    } else if (line.startsWith('**')) {
      endClause()
      clause = {start: lineNumber, lines: [line]}
    } else if (clause) {
      clause.lines.push(line)
    } else if (line.trim() !== '') {
      throw new InputError(
        'Unexpected text outside a clause, expected a heading or a clause starting with its number in bold (**G3.17**)',
        {file, start: {line: lineNumber, column: 1 + (line.length - line.trimStart().length)}}
      )
    }
  }
  endClause()
  return {file, frontmatter: lines.slice(1, close).join('\n'), frontmatterLine: 2, blocks}
}
