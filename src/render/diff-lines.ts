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

/**
 * Every count of the summary but `unchanged`, in the order every format lists them, each with its
 * column heading and its words after a number (`one`: after 1, `many`: otherwise).
 */
export const COUNT_WORDS: ReadonlyArray<{key: Exclude<keyof ChangeCounts, 'unchanged'>; column: string; one: string; many: string}> = [
  {key: 'changed', column: 'Changed', one: 'changed', many: 'changed'},
  {key: 'added', column: 'Added', one: 'added', many: 'added'},
  {key: 'deleted', column: 'Deleted', one: 'deleted', many: 'deleted'},
  {key: 'not-used', column: '[Not used]', one: '[Not used]', many: '[Not used]'},
  {key: 'moved', column: 'Moved', one: 'moved', many: 'moved'},
  {key: 'definition-added', column: 'Definitions added', one: 'definition added', many: 'definitions added'},
  {key: 'definition-changed', column: 'Definitions changed', one: 'definition changed', many: 'definitions changed'},
  {key: 'definition-deleted', column: 'Definitions deleted', one: 'definition deleted', many: 'definitions deleted'},
  {key: 'definition-moved', column: 'Definitions moved', one: 'definition moved', many: 'definitions moved'},
  {key: 'definition-renamed', column: 'Definitions renamed', one: 'definition renamed', many: 'definitions renamed'},
  {key: 'row-added', column: 'Table rows added', one: 'table row added', many: 'table rows added'},
  {key: 'row-changed', column: 'Table rows changed', one: 'table row changed', many: 'table rows changed'},
  {key: 'row-deleted', column: 'Table rows deleted', one: 'table row deleted', many: 'table rows deleted'},
  {key: 'headings', column: 'Headings', one: 'heading', many: 'headings'},
  {key: 'statuses', column: 'Statuses changed', one: 'status changed', many: 'statuses changed'}
]

/** The counts a summary table shows: those of {@link COUNT_WORDS} that are not zero in the totals, so that every kind that occurs has its column. */
export function countColumns(totals: ChangeCounts): typeof COUNT_WORDS {
  return COUNT_WORDS.filter(({key}) => totals[key] > 0)
}

/** `1 changed, 2 added, 1 definition renamed, 17,476 unchanged`: the non-zero counts. */
export function describeCounts(counts: ChangeCounts): string {
  const parts = COUNT_WORDS.filter(({key}) => counts[key] > 0).map(({key, one, many}) => `${counts[key]} ${counts[key] === 1 ? one : many}`)
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
