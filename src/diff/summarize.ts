import {compareDocuments} from '../model/ids.js'
import type {ChangeCounts, DiffSummary, SectionSummary} from './types.js'

/** Counts that are all zero. */
export function emptyCounts(): ChangeCounts {
  return {unchanged: 0, changed: 0, added: 0, deleted: 0, 'not-used': 0, moved: 0, headings: 0, 'row-added': 0, 'row-changed': 0, 'row-deleted': 0}
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
  return counts.changed + counts.added + counts.deleted + counts['not-used'] + counts.moved + counts.headings + counts['row-added'] + counts['row-changed'] + counts['row-deleted']
}
