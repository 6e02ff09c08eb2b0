import type {Annex} from '../annex/annex-types.js'
import type {Run} from '../redline/run.js'
import {annexCover, sectionHeading} from './annex-cover.js'
import {redlineParagraphs} from './redline-paragraphs.js'
import {isWhitespaceOnly, whitespaceSymbols} from './whitespace-marks.js'
import {visibleText} from './visible-text.js'

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
  const cover = annexCover(annex.meta)
  const lines: string[] = [bold(visibleText(cover.title)), `${cover.annex} · ${cover.version} · drafted against SEC Version ${annex.meta.base}`]
  if (annex.sections.length === 0) lines.push('', dim('No changes.'))
  for (const section of annex.sections) {
    lines.push('', bold(visibleText(sectionHeading(section.letter, section.title))))
    for (const instruction of section.instructions) lines.push(dim(instruction.text))
    for (const group of section.groups) {
      if (group.heading) lines.push('', bold(terminalRuns(group.heading, style)))
      for (const clause of group.clauses) {
        lines.push('')
        for (const paragraph of redlineParagraphs(clause)) {
          const indent = '    '.repeat(paragraph.depth + (paragraph.role === 'tail' && paragraph.depth > 0 ? 1 : 0))
          lines.push(`${indent}${terminalRuns([...paragraph.label, ...paragraph.runs], style)}`)
        }
      }
    }
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
      return run.type === 'insert' ? `[+${text}+]` : `[-${text}-]`
    })
    .join('')
}
