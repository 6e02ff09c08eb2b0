import type {Annex} from '../annex/annex-types.js'
import type {Run} from '../redline/run.js'
import {escapeMarkdownInline, escapeWithMarkers} from '../escape/markdown.js'
import {blockMarkersByRun} from '../redline/block-markers.js'
import {layoutAnnex} from '../layout/annex-layout.js'
import {paragraphRuns, type RedlineParagraph} from '../layout/provision-paragraphs.js'
import {markdownTable} from './annex-markdown-table.js'

export interface AnnexMarkdownOptions {
  /** Write CriticMarkup (`{++…++}`, `{--…--}`) instead of `<ins>`/`<del>`. */
  critic?: boolean
}

/**
 * The annex as Markdown that renders on GitHub: `<ins>`/`<del>` around changed text (or
 * CriticMarkup), sub-paragraphs as nested list items. All text is escaped, so a `<script>` or
 * a `*` in a clause reads as itself.
 */
export function renderAnnexMarkdown(annex: Annex, options: AnnexMarkdownOptions = {}): string {
  const layout = layoutAnnex(annex)
  const {cover} = layout
  const blocks: string[] = [
    `# ${inline(cover.title)}`,
    `## ${inline(cover.annex)}`,
    `**${inline(cover.version)}**`,
    `### ${inline(cover.aboutHeading)}`,
    ...cover.about.map((line) => inline(line))
  ]
  for (const section of layout.sections) {
    blocks.push('---', `## ${inline(section.heading)}`)
    for (const block of section.blocks) {
      if (block.kind === 'instruction') blocks.push(`_${inline(block.text)}_`)
      else if (block.kind === 'heading') blocks.push(`### ${headingRuns(block.runs, options)}`)
      else blocks.push(clauseMarkdown(block.paragraphs, options))
    }
  }
  return `${blocks.join('\n\n')}\n`
}

/**
 * A heading's runs: a run that ends in `#`s gets the first escaped, or Markdown would read them as
 * the heading's closing sequence in a reading where that run ends the line.
 */
function headingRuns(list: readonly Run[], options: AnnexMarkdownOptions): string {
  return list.map((run) => runs([run], options).replace(/(?<!\\)(#+)((?:<\/(?:ins|del)>|\+\+\}|--\})?)$/, '\\$1$2')).join('')
}

function clauseMarkdown(paragraphs: readonly RedlineParagraph[], options: AnnexMarkdownOptions): string {
  const lines: string[] = []
  let previousDepth = 0
  for (const paragraph of paragraphs) {
    const {depth, role} = paragraph
    if (paragraph.table) {
      // A table stands in its provision's text column, set off by blank lines.
      lines.push('', ...markdownTable(paragraph.table, '  '.repeat(depth), (cell, whole) => tableCell(cell, options, whole)), '')
      previousDepth = -1
      continue
    }
    if (depth === 0) {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('')
      lines.push(role === 'lead' ? `**${runs(paragraph.label, options)}**${runs(paragraph.runs, options)}` : runs(paragraph.runs, options, true))
    } else if (role === 'lead') {
      if (previousDepth === 0 && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('')
      // A definition's term is its label, in bold; a sub-paragraph's label in brackets reads as text.
      const lead = paragraph.definition ? `**${runs(paragraph.label, options)}**${runs(paragraph.runs, options)}` : runs(paragraphRuns(paragraph), options)
      lines.push(`${'  '.repeat(depth - 1)}- ${lead}`)
    } else {
      lines.push('', `${'  '.repeat(depth)}${runs(paragraph.runs, options, true)}`)
    }
    previousDepth = depth
  }
  return lines.join('\n').replace(/\n+$/, '')
}

/** A table cell's runs as inline Markdown with `|` escaped; `whole`: the cell exists on one side only, so its runs are marked, an empty one with an empty mark. */
function tableCell(list: readonly Run[], options: AnnexMarkdownOptions, whole?: 'insert' | 'delete'): string {
  if (whole && list.length === 0) return options.critic ? (whole === 'insert' ? '{++++}' : '{----}') : whole === 'insert' ? '<ins></ins>' : '<del></del>'
  return runs(list, options)
}

/** Runs as inline Markdown; `atLineStart`: neither reading may open a block (`1` kept, `. the` inserted). */
function runs(list: readonly Run[], options: AnnexMarkdownOptions, atLineStart = false): string {
  const markers = atLineStart ? blockMarkersByRun(list) : []
  return list
    .map((run, index) => {
      const text = inline(run.text, markers[index])
      if (run.type === 'equal') return text
      if (options.critic) return run.type === 'insert' ? `{++${text}++}` : `{--${text}--}`
      return run.type === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`
    })
    .join('')
}

/**
 * Text as inline Markdown that shows it literally: HTML-significant characters as entities,
 * Markdown-significant ones backslash-escaped, control characters made visible. The characters at
 * `blockMarkers` (indexes into the text) are escaped too: they would open a block in some reading.
 */
export function inline(text: string, blockMarkers: readonly number[] = []): string {
  return escapeWithMarkers(text, blockMarkers, escapeMarkdownInline)
}
