import {citeDocumentRef} from '../model/ids.js'
import pc from 'picocolors'
import type {VersionDiff} from '../diff/types.js'
import {headingChangeLabel} from '../diff/types.js'
import type {ProvisionRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import {describeChange, describeCounts, describeRecords, describeSides, groupChanges, visible} from './diff-lines.js'
import {terminalProvision, terminalRuns} from './redline-terminal.js'
import {describeStatusDiff, diffIsEmpty} from './diff-status.js'

export interface DiffTermOptions {
  color: boolean
  summary?: boolean
  context?: boolean
}

/**
 * `redline diff --format term`: grouped by section and clause, each change with its word-level
 * redline. In colour, deletions are red and struck through and insertions green and underlined;
 * without colour they read `[-deleted-]` and `[+inserted+]`, as everywhere (`src/redline/plain-notation.ts`).
 */
export function renderDiffTerm(diff: VersionDiff, options: DiffTermOptions): string {
  const c = pc.createColors(options.color)
  const runs = (list: readonly Run[]): string => terminalRuns(list, c)
  const provision = (redline: ProvisionRedline, indent: string): string[] => terminalProvision(redline, indent, c)

  const out: string[] = [c.bold(`diff ${describeSides(diff)}`), c.dim(describeRecords(diff))]
  if (diffIsEmpty(diff)) {
    out.push('', `no changes (${diff.summary.totals.unchanged} provisions compared)`)
    return `${out.join('\n')}\n`
  }
  if (!options.summary) {
    const clauses = new Map(diff.document.sections.flatMap((s) => s.clauses.map((clause) => [`${s.letter} ${clause.id}`, clause] as const)))
    for (const section of groupChanges(diff.changes)) {
      const title = diff.summary.sections.find((s) => s.letter === section.section)?.title ?? ''
      out.push('', c.bold(c.cyan(`${visible(citeDocumentRef(section.section))}: ${visible(title)}`)))
      for (const clause of section.clauses) {
        out.push('', `${c.bold(clause.clause)}${clause.heading ? c.dim(`  ${visible(clause.heading)}`) : ''}`)
        const whole = clauses.get(`${section.section} ${clause.clause}`)
        for (const change of clause.changes) {
          const where = change.newPlace ?? change.oldPlace
          out.push(`  ${c.yellow(describeChange(change))} ${c.bold(change.id)}${where ? c.dim(`  ${where.cite ?? `${where.file}:${where.line}:${where.column}`}`) : ''}`)
          if (!options.context) out.push(...provision(change.redline, '    '))
        }
        if (options.context && whole) out.push(...provision(whole, '    '))
      }
    }
    const headings = diff.headings
    if (headings.length > 0) {
      out.push('', c.bold('Headings'))
      for (const heading of headings) {
        out.push(`  ${c.yellow(headingChangeLabel(heading))} ${heading.section}${heading.part ? ` ${heading.part}` : ''}${heading.firstClause ? ` before ${heading.firstClause}` : ''}: ${runs(heading.runs)}`)
      }
    }
    if (diff.statuses.length > 0) {
      out.push('', c.bold('In-force status'))
      for (const change of diff.statuses) out.push(`  ${c.yellow(change.kind)} ${visible(describeStatusDiff(change).slice(change.kind.length + 2))}`)
    }
  }
  out.push('', c.bold('Summary'))
  for (const section of diff.summary.sections) {
    const presence = section.presence === 'both' ? '' : ` (${section.kind ?? 'section'} ${section.presence})`
    out.push(`  ${section.letter}  ${describeCounts(section.counts)}${presence}`)
  }
  out.push(`  total  ${describeCounts(diff.summary.totals)}`)
  return `${out.join('\n')}\n`
}
