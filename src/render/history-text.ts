import type pc from 'picocolors'
import type {HistoryEntry} from '../modify/history.js'
import {provisionToText} from '../model/provision-text.js'
import {terminalProvision, terminalRuns} from './redline-terminal.js'
import {visibleText} from '../escape/terminal.js'
import {describeInForce} from '../model/in-force.js'

type Colors = ReturnType<typeof pc.createColors>

/**
 * `redline history` as text: per version, what happened and the records responsible, then the
 * change laid out as the provision is (sub-paragraphs on their own lines), in the notation of diff
 * and annex. Control characters are shown as pictures.
 */
export function renderHistoryText(entries: readonly HistoryEntry[], c: Colors): string {
  const blocks = entries.map((entry) => {
    if (entry.change === 'first') return `${c.bold(entry.version)}  ${c.dim('first stored version')}\n${visibleText(entry.after)}`
    const records = entry.records.length > 0 ? entry.records.map((r) => visibleText(`${r.id} (${r.kind}) "${r.title}"`)).join(', ') : c.yellow('no change record explains this change')
    const heading = (entry.part ? `${c.dim('part heading:')} ${terminalRuns(entry.part.runs, c)}\n` : '') + (entry.heading ? `${c.dim('cross-heading:')} ${terminalRuns(entry.heading.runs, c)}\n` : '')
    const text = entry.change === 'retitled' || entry.change === 'status changed' || !entry.redline ? '' : terminalProvision(entry.redline, '', c).join('\n')
    const status = entry.status ? `${c.dim('status:')} ${describeInForce(entry.status.before ?? undefined)} → ${describeInForce(entry.status.after ?? undefined)}\n` : ''
    return `${c.bold(entry.version)}  ${entry.change} from ${entry.base ?? ''} by ${records}\n${heading}${status}${text}`.trimEnd()
  })
  return blocks.join('\n\n')
}

/** A provision as plain text for a terminal: the layout of `provisionToText`, control characters shown as pictures. */
export function provisionTerminalText(...args: Parameters<typeof provisionToText>): string {
  return visibleText(provisionToText(...args))
}
