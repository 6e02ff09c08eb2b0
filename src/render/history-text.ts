import type pc from 'picocolors'
import type {HistoryEntry, StatusHistory, TableHistory} from '../modify/history-types.js'
import {provisionToText} from '../model/provision-text.js'
import {terminalProvision, terminalRuns} from './redline-terminal.js'
import {visibleText} from '../escape/terminal.js'
import {describeInForce} from '../model/in-force.js'
import {rowLineRuns, tableRows} from '../layout/table-rows.js'

type Colors = ReturnType<typeof pc.createColors>

/**
 * `redline history` as text: per version, what happened and the records responsible, then the
 * change laid out as the provision is (sub-paragraphs on their own lines), in the notation of diff
 * and annex. Control characters are shown as pictures.
 */
export function renderHistoryText(entries: readonly HistoryEntry[], c: Colors): string {
  const blocks = entries.map((entry) => {
    if (entry.change === 'first') {
      const statuses = (entry.statuses ?? []).map((status) => `\n${c.dim(`${statusLabel(status)}:`)} ${describeInForce(status.after ?? undefined)}`).join('')
      return `${c.bold(entry.version)}  ${c.dim('first stored version')}\n${visibleText(entry.after)}${visibleText(statuses)}`
    }
    const records = entry.records.length > 0 ? entry.records.map((r) => visibleText(`${r.id} (${r.kind}) "${r.title}"`)).join(', ') : c.yellow('no change record explains this change')
    const heading = (entry.title ? `${c.dim('title:')} ${terminalRuns(entry.title.runs, c)}\n` : '') + (entry.documentVersion ? `${c.dim('document version:')} ${terminalRuns(entry.documentVersion.runs, c)}\n` : '') + (entry.part ? `${c.dim('part heading:')} ${terminalRuns(entry.part.runs, c)}\n` : '') + (entry.heading ? `${c.dim('cross-heading:')} ${terminalRuns(entry.heading.runs, c)}\n` : '')
    const text = entry.tableRedline
      ? tableRows(entry.tableRedline).map((row) => terminalRuns(rowLineRuns(row, ' | '), c)).join('\n')
      : entry.change === 'retitled' || entry.change === 'status changed' || !entry.redline ? '' : terminalProvision(entry.redline, '', c).join('\n')
    const tables = (entry.tables ?? []).map((table) => `${c.dim('table')} ${visibleText(describeTable(table))}\n`).join('')
    const clauses = entry.clauses ? `${c.dim('clauses:')} ${entry.clauses.map((clause) => `${clause.id} ${clause.change}`).join(', ')}\n` : ''
    const status = (entry.statuses ?? [])
      .map((s) => `${c.dim(`${statusLabel(s)}:`)} ${describeInForce(s.before ?? undefined)} → ${describeInForce(s.after ?? undefined)}${s.change === 'activated' ? ' (activated)' : ''}\n`)
      .join('')
    const renamed = entry.renamedFrom ? `${c.dim('renamed from:')} ${visibleText(entry.renamedFrom)}\n` : ''
    return `${c.bold(entry.version)}  ${entry.change} from ${entry.base ?? ''} by ${records}\n${renamed}${heading}${status}${clauses}${tables}${text}`.trimEnd()
  })
  return blocks.join('\n\n')
}

/** `status` (the provision's own), `status of X2.4 (which it is part of)`, `status of X2.4(b)`. */
function statusLabel(status: StatusHistory): string {
  return status.of === 'own' ? 'status' : status.of === 'above' ? `status of ${status.id} (which it is part of)` : `status of ${status.id}`
}

/** A provision as plain text for a terminal: the layout of `provisionToText`, control characters shown as pictures. */
export function provisionTerminalText(...args: Parameters<typeof provisionToText>): string {
  return visibleText(provisionToText(...args))
}

/** `F2.11/table: row F2.11/table/1 changed, row F2.11/table/2 deleted, columns 3 → 4`; `F2.11/table inserted`. */
function describeTable(table: TableHistory): string {
  if (table.change !== 'amended') return `${table.id} ${table.change}`
  const rows = table.rows.map((row) => (row.id === table.id ? 'header row changed' : `row ${row.id} ${row.change.slice(4)}`))
  const columns = table.columns ? [`columns ${table.columns.before} → ${table.columns.after}`] : []
  return `${table.id}: ${[...columns, ...rows].join(', ')}`
}
