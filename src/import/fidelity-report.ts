import type {Dehyphenation, RemovedFurniture, SourcePlace} from './source-paragraph.js'

/**
 * What became of a source paragraph:
 * - `kept`: its text is in a provision (the lead-in, a sub-paragraph, a tail), a heading or a title;
 * - `cover`: before the first Section title (the cover and "About this document" of an annex), and an annex's closing line ("End of Annex A");
 * - `instruction`: an annex's amending instruction ("Amend Section G3.20 as follows:");
 * - `furniture`: a running header or footer, a page number;
 * - `empty`: no text;
 * - `unplaced`: text the importer cannot place in the model (an error unless `--lenient`);
 * - `ambiguous`: placed, but the source does not say for sure where (an error unless `--lenient`).
 */
export type ParagraphFate = 'kept' | 'cover' | 'instruction' | 'furniture' | 'empty' | 'unplaced' | 'ambiguous'

/** One source paragraph in the report. */
export interface ReportEntry {
  place: SourcePlace
  fate: ParagraphFate
  /** Where it went: `G3.17(b)`, `G3.17 tail`, `Section G title`, `heading`, `part G3`. */
  target?: string
  /** The paragraph's text (for unplaced and ambiguous ones: why). */
  text: string
  reason?: string
}

/** Every character of a source accounted for: each paragraph's fate and the furniture removed. */
export interface FidelityReport {
  file: string
  entries: ReportEntry[]
  furniture: RemovedFurniture[]
  comments: Array<{author: string; text: string}>
  /** Every word broken over a line end with a hyphen: as printed, as read, and where. */
  dehyphenated: Dehyphenation[]
  /** Tracked changes found in a Word source (runs and paragraph marks): the import reads them accepted. */
  trackedChanges: number
}

/** Counts by fate, furniture included. */
export function reportCounts(report: FidelityReport): Record<ParagraphFate, number> {
  const counts: Record<ParagraphFate, number> = {kept: 0, cover: 0, instruction: 0, furniture: 0, empty: 0, unplaced: 0, ambiguous: 0}
  for (const entry of report.entries) counts[entry.fate]++
  counts.furniture += report.furniture.length
  return counts
}

/** The problems of a report: unplaced and ambiguous paragraphs. */
export function reportProblems(report: FidelityReport): ReportEntry[] {
  return report.entries.filter((entry) => entry.fate === 'unplaced' || entry.fate === 'ambiguous')
}
