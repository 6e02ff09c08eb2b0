import type pc from 'picocolors'
import type {ProvisionRedline} from '../redline/document.js'
import {markRun} from '../redline/plain-notation.js'
import type {Run} from '../redline/run.js'
import {redlineLines} from './diff-lines.js'
import {visibleText} from '../escape/terminal.js'

type Colors = ReturnType<typeof pc.createColors>

/**
 * Runs for a terminal (diff and history): in colour, insertions green and underlined, deletions
 * red and struck through; without colour, the plain-text notation `[+…+]` / `[-…-]`. Control
 * characters are shown as pictures, so clause text never drives the terminal.
 */
export function terminalRuns(runs: readonly Run[], c: Colors, dimEqual = false): string {
  return runs
    .map((run) => {
      const text = visibleText(run.text)
      if (run.type === 'equal') return dimEqual ? c.dim(text) : text
      if (!c.isColorSupported) return markRun(run.type, text)
      return run.type === 'insert' ? c.green(c.underline(text)) : c.red(c.strikethrough(text))
    })
    .join('')
}

/** A redlined provision line by line as the code sets it out: label and text, sub-paragraphs four spaces deeper per level, closing words after them. */
export function terminalProvision(redline: ProvisionRedline, indent: string, c: Colors): string[] {
  return redlineLines(redline).map((line) => {
    const label = terminalRuns(line.label, c)
    const text = terminalRuns(line.runs, c, line.status === 'unchanged')
    return `${indent}${'    '.repeat(line.depth)}${label}${label && text ? ' ' : ''}${text}`
  })
}
