import {citeDocumentRef} from '../model/ids.js'
import type {VersionDiff} from '../diff/types.js'
import {headingChangeLabel, headingChangePlace} from '../diff/types.js'
import type {ProvisionRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import {escapeMarkdownLiteral, escapeWithMarkers} from '../escape/markdown.js'
import {blockMarkersByRun} from '../redline/block-markers.js'
import {countColumns, describeChange, describeCounts, describeRecords, describeSides, groupChanges, redlineLines} from './diff-lines.js'
import {describeStatusDiff, diffIsEmpty} from './diff-status.js'

/**
 * Escapes text so that Markdown reads it literally; HTML-significant characters become entities.
 * The characters at `blockMarkers` (indexes into the text) are escaped too: they would open a
 * block where the text starts a list item.
 */
function literal(text: string, blockMarkers: readonly number[] = []): string {
  return escapeWithMarkers(text, blockMarkers, escapeMarkdownLiteral)
}


/** Runs as inline Markdown; `atLineStart`: neither reading may open a block (`1` kept, `. the` inserted). */
function runs(list: readonly Run[], atLineStart = false): string {
  const markers = atLineStart ? blockMarkersByRun(list) : []
  return list
    .map((run, index) => {
      const text = literal(run.text, markers[index])
      return run.type === 'equal' ? text : run.type === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`
    })
    .join('')
}

function provision(redline: ProvisionRedline): string[] {
  return redlineLines(redline).map((line) => {
    const label = runs(line.label, true)
    return `${'  '.repeat(line.depth)}- ${label}${label && line.runs.length > 0 ? ' ' : ''}${runs(line.runs, label === '')}`
  })
}

/**
 * `redline diff --format md`: a Markdown report for a pull request or a paper: the summary table,
 * then each changed clause with its changes, deletions in `<del>` and insertions in `<ins>`.
 */
export function renderDiffMarkdown(diff: VersionDiff, options: {summary?: boolean; context?: boolean} = {}): string {
  const out: string[] = [`# Changes ${literal(describeSides(diff))}`, '', literal(describeRecords(diff))]
  const columns = countColumns(diff.summary.totals)
  out.push('', `| Section | ${columns.map(({column}) => literal(column)).join(' | ')}${columns.length > 0 ? ' | ' : ''}Unchanged |`, `| --- |${' ---: |'.repeat(columns.length + 1)}`)
  const row = (name: string, c: VersionDiff['summary']['totals']): string => `| ${name} | ${columns.map(({key}) => `${c[key]} | `).join('')}${c.unchanged} |`
  for (const section of diff.summary.sections) out.push(row(`${literal(section.letter)}${section.presence === 'both' ? '' : ` (${section.presence})`}`, section.counts))
  out.push(row('**Total**', diff.summary.totals))
  if (diffIsEmpty(diff)) out.push('', 'No changes.')
  if (!options.summary) {
    const clauses = new Map(diff.document.sections.flatMap((s) => s.clauses.map((clause) => [`${s.letter} ${clause.id}`, clause] as const)))
    for (const section of groupChanges(diff.changes)) {
      const title = diff.summary.sections.find((s) => s.letter === section.section)?.title ?? ''
      out.push('', `## ${literal(citeDocumentRef(section.section))}: ${literal(title)}`)
      for (const clause of section.clauses) {
        out.push('', `### ${literal(clause.clause)}${clause.heading ? ` (${literal(clause.heading)})` : ''}`)
        for (const change of clause.changes) {
          out.push('', `**${literal(change.id)}**: ${literal(describeChange(change))}`)
          if (!options.context) out.push('', ...provision(change.redline))
        }
        const whole = clauses.get(`${section.section} ${clause.clause}`)
        if (options.context && whole) out.push('', ...provision(whole))
      }
    }
    if (diff.headings.length > 0) {
      out.push('', '## Headings', '')
      for (const heading of diff.headings) {
        out.push(`- ${headingChangeLabel(heading)}, ${literal(headingChangePlace(heading))}${heading.firstClause ? ` before ${literal(heading.firstClause)}` : ''}: ${runs(heading.runs)}`)
      }
    }
    if (diff.statuses.length > 0) {
      out.push('', '## In-force status', '')
      for (const change of diff.statuses) out.push(`- ${literal(describeStatusDiff(change))}`)
    }
  }
  out.push('', `Total: ${literal(describeCounts(diff.summary.totals))}.`)
  return `${out.join('\n')}\n`
}
