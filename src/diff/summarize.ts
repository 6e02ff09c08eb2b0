import {compareDocuments} from '../model/ids.js'
import {CHANGE_KINDS, type ChangeCounts, type DiffSummary, type SectionSummary} from './types.js'

/** Counts that are all zero. */
export function emptyCounts(): ChangeCounts {
  // Built in this order so that the JSON lists the counts as the documentation does.
  return {unchanged: 0, ...Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])), headings: 0, statuses: 0} as ChangeCounts
}

/** The totals over the sections, and the documents in the code's order. */
export function summarize(sections: readonly SectionSummary[]): DiffSummary {
  const totals = emptyCounts()
  for (const section of sections) {
    for (const key of Object.keys(totals) as Array<keyof ChangeCounts>) totals[key] += section.counts[key]
  }
  // Sections in letter order, then Schedules, then Appendices (the code's contents list).
  const order = (summary: SectionSummary): {kind: 'section' | 'appendix' | 'schedule'; letter: string} => ({kind: summary.kind ?? 'section', letter: summary.kind ? summary.letter.replace(/^\S+ /, '') : summary.letter})
  return {totals, sections: [...sections].sort((a, b) => compareDocuments(order(a), order(b)) || a.letter.localeCompare(b.letter))}
}

/** How many changes of any kind the counts hold (everything but `unchanged`). */
export function changeCount(counts: ChangeCounts): number {
  return CHANGE_KINDS.reduce((sum, kind) => sum + counts[kind], counts.headings + counts.statuses)
}
