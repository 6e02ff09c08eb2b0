import type {ChangeCounts, ProvisionChange, VersionDiff} from '../diff/types.js'
import type {ProvisionRedline} from '../redline/document.js'
import {redlineParagraphs} from '../layout/provision-paragraphs.js'
import {rowLineRuns, tableRows} from '../layout/table-rows.js'
import type {Run} from '../redline/run.js'
import {visibleText} from '../escape/terminal.js'

/**
 * What the diff renderers share: the lines of a redlined provision (label, lead-in, sub-paragraphs,
 * tail), the wording of kinds and counts, and grouping of changes by section and clause. Pure
 * layout: nothing here compares text.
 */
export interface RedlineLine {
  /** 0 for a clause, 1 for `(a)`, 2 for `(i)`, … */
  depth: number
  /** The label as printed (`G3.20`, `(b)`), redlined; empty for a tail. */
  label: Run[]
  runs: Run[]
  status: ProvisionRedline['status']
}

/**
 * The lines of a provision in reading order: the annex's own paragraph layout
 * (`layout/provision-paragraphs.ts`), so a diff, a history and an annex set a provision out alike.
 */
export function redlineLines(provision: ProvisionRedline, depth = 0): RedlineLine[] {
  return redlineParagraphs(provision, depth).flatMap((paragraph): RedlineLine[] => {
    // A table: one line per row (header first) in the provision's text column, cells joined by ' | '.
    if (paragraph.table) return tableRows(paragraph.table).map((row) => ({depth: paragraph.depth + 1, label: [], runs: rowLineRuns(row, ' | '), status: row.status}))
    return [{depth: paragraph.depth, label: paragraph.label, runs: paragraph.text, status: paragraph.status}]
  })
}

/** How each kind reads to a reviewer. */
export const KIND_WORDS: Record<ProvisionChange['kind'], string> = {
  changed: 'changed',
  added: 'added',
  deleted: 'deleted',
  'not-used': 'replaced by [Not used]',
  moved: 'moved or renumbered',
  'definition-added': 'definition added',
  'definition-changed': 'definition changed',
  'definition-deleted': 'definition deleted',
  'definition-moved': 'definition moved in the list',
  'definition-renamed': 'definition renamed',
  'row-added': 'table row added',
  'row-changed': 'table row changed',
  'row-deleted': 'table row deleted'
}

/** `moved or renumbered from G3.5 (similarity 0.93)`, `changed`, … */
export function describeChange(change: ProvisionChange): string {
  if (change.kind === 'moved') return `moved or renumbered from ${change.oldId ?? '?'} (similarity ${(change.similarity ?? 0).toFixed(2)})`
  if (change.kind === 'definition-moved') return `definition moved to another place in the list (similarity ${(change.similarity ?? 0).toFixed(2)})`
  if (change.kind === 'definition-renamed') return `definition renamed from ${change.oldId ?? '?'} (similarity ${(change.similarity ?? 0).toFixed(2)})`
  if (change.kind === 'not-used' && change.movedTo) return `replaced by [Not used]; its text moved to ${change.movedTo}`
  return KIND_WORDS[change.kind]
}

/** `1 changed, 2 added, 17,476 unchanged`: the non-zero counts. */
export function describeCounts(counts: ChangeCounts): string {
  const parts: string[] = []
  for (const kind of ['changed', 'added', 'deleted', 'not-used', 'moved'] as const) {
    if (counts[kind] > 0) parts.push(`${counts[kind]} ${kind === 'not-used' ? '[Not used]' : kind}`)
  }
  if (counts.headings > 0) parts.push(`${counts.headings} heading${counts.headings === 1 ? '' : 's'}`)
  for (const kind of ['row-added', 'row-changed', 'row-deleted'] as const) {
    if (counts[kind] > 0) parts.push(`${counts[kind]} table row${counts[kind] === 1 ? '' : 's'} ${kind.slice(4)}`)
  }
  parts.push(`${counts.unchanged} unchanged`)
  return parts.join(', ')
}

/** `6.17 → 6.21`. */
export function describeSides(diff: VersionDiff): string {
  return `${diff.old.label} → ${diff.new.label}`
}

/** `change records between them: MP087` or the reason there are none. */
export function describeRecords(diff: VersionDiff): string {
  const {direction, ids} = diff.changeRecords
  if (direction === 'same') return 'the same version'
  if (direction === 'unknown') return 'change records: unknown (no manifest chain links the two sides)'
  const list = ids.length === 0 ? 'none recorded' : ids.join(', ')
  return direction === 'backward' ? `change records undone (diff runs back in time): ${list}` : `change records: ${list}`
}

/** The changes grouped by section, then by clause, in document order. */
export function groupChanges(changes: readonly ProvisionChange[]): Array<{section: string; clauses: Array<{clause: string; heading: string | null; changes: ProvisionChange[]}>}> {
  const out: Array<{section: string; clauses: Array<{clause: string; heading: string | null; changes: ProvisionChange[]}>}> = []
  for (const change of changes) {
    let section = out[out.length - 1]
    if (!section || section.section !== change.section) out.push((section = {section: change.section, clauses: []}))
    let clause = section.clauses[section.clauses.length - 1]
    if (!clause || clause.clause !== change.clause) section.clauses.push((clause = {clause: change.clause, heading: change.heading, changes: []}))
    clause.changes.push(change)
  }
  return out
}

/** Control characters as visible pictures (`␛`), so legal text can never drive a terminal or hide in a page: the shared {@link visibleText}. */
export const visible = visibleText
