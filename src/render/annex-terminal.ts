import type {Annex} from '../annex/annex-types.js'
import {markRun} from '../redline/plain-notation.js'
import type {Run} from '../redline/run.js'
import {layoutAnnex} from '../layout/annex-layout.js'
import {isWhitespaceOnly, whitespaceSymbols} from './whitespace-marks.js'
import {visibleText} from '../escape/terminal.js'
import {rowLineRuns, tableRows} from '../layout/table-rows.js'

/** How to mark runs on a terminal. */
export interface TerminalStyle {
  /** Whether ANSI colour and attributes may be used; without, `[+…+]` and `[-…-]` marks. */
  color: boolean
}

const ANSI = {
  insert: (text: string) => `\u001b[34m\u001b[4m${text}\u001b[24m\u001b[39m`,
  delete: (text: string) => `\u001b[31m\u001b[9m${text}\u001b[29m\u001b[39m`,
  bold: (text: string) => `\u001b[1m${text}\u001b[22m`,
  dim: (text: string) => `\u001b[2m${text}\u001b[22m`
}

/**
 * The annex for a terminal: insertions blue and underlined, deletions red and struck through; with
 * colour off, `[+inserted+]` and `[-deleted-]`. Control characters in the text are made visible, so
 * clause text can never drive the terminal.
 */
export function renderAnnexTerminal(annex: Annex, style: TerminalStyle): string {
  const bold = style.color ? ANSI.bold : (text: string) => text
  const dim = style.color ? ANSI.dim : (text: string) => text
  const layout = layoutAnnex(annex)
  const {cover} = layout
  const lines: string[] = [bold(visibleText(cover.title)), `${cover.annex} · ${cover.version} · drafted against SEC Version ${annex.meta.base}`]
  if (layout.sections.length === 0) lines.push('', dim('No changes.'))
  for (const section of layout.sections) {
    lines.push('', bold(visibleText(section.heading)))
    section.blocks.forEach((block, index) => {
      if (block.kind === 'instruction') {
        // An instruction follows the section heading directly, and its clause follows it directly; a blank line sets it off from the text above.
        if (index > 0) lines.push('')
        lines.push(dim(block.text))
      } else if (block.kind === 'heading') {
        // A part heading follows its own instruction line directly.
        if (!((block.part || block.documentTitle) && section.blocks[index - 1]?.kind === 'instruction')) lines.push('')
        lines.push(bold(terminalRuns(block.runs, style)))
      } else {
        if (section.blocks[index - 1]?.kind !== 'instruction') lines.push('')
        for (const paragraph of block.paragraphs) {
          if (paragraph.table) {
            // One line per row, `│ a │ b │`, in the provision's text column; a row on one side only is marked edge to edge.
            const indent = '    '.repeat(paragraph.depth + 1)
            for (const row of tableRows(paragraph.table)) {
              const type = row.status === 'inserted' ? 'insert' : row.status === 'deleted' ? 'delete' : 'equal'
              lines.push(`${indent}${terminalRuns([{type, text: '│ '}, ...rowLineRuns(row, ' │ '), {type, text: ' │'}], style)}`)
            }
            continue
          }
          const indent = '    '.repeat(paragraph.depth + (paragraph.role === 'tail' && paragraph.depth > 0 ? 1 : 0))
          // A definition's term is its label, in bold as the code prints it.
          const label = paragraph.definition ? bold(terminalRuns(paragraph.label, style)) : terminalRuns(paragraph.label, style)
          lines.push(`${indent}${label}${terminalRuns(paragraph.runs, style)}`)
        }
      }
    })
  }
  return `${lines.join('\n')}\n`
}

/** Runs marked for a terminal. */
export function terminalRuns(runs: readonly Run[], style: TerminalStyle): string {
  return runs
    .map((run) => {
      // Whitespace-only changes as symbols, in reverse video when coloured so they cannot be taken for text.
      const text = isWhitespaceOnly(run) ? (style.color ? `\u001b[7m${whitespaceSymbols(run.text)}\u001b[27m` : whitespaceSymbols(run.text)) : visibleText(run.text)
      if (run.type === 'equal') return text
      if (style.color) return run.type === 'insert' ? ANSI.insert(text) : ANSI.delete(text)
      return markRun(run.type, text)
    })
    .join('')
}
