import type {ClauseRedline, ProvisionRedline, RedlineDocument} from '../redline/document.js'
import type {Run} from '../redline/run.js'

/**
 * The result of comparing two versions of the code: the neutral redlined document of the redline
 * engine (holding only the clauses that changed), and what a reviewer needs on top of it: the
 * change records flattened and classified, cross-heading changes, a summary and the modifications
 * that lie between the versions. Renderers take this and never diff on their own.
 */
export interface VersionDiff {
  old: DiffSide
  new: DiffSide
  /** The changed clauses, redlined, by section; unchanged clauses are counted in the summary only. */
  document: RedlineDocument
  /** Every change, in document order of the new version (deleted provisions where they stood). */
  changes: ProvisionChange[]
  /** Changes of cross-headings and part titles. */
  headings: CrossHeadingChange[]
  summary: DiffSummary
  /** The change records (modification IDs) between the two versions, from the manifests. */
  changeRecords: ChangeRecords
  /** The `--section` / `--clause` filter applied, if any. */
  scope: {section: string | null; clause: string | null}
}

/** One side of the comparison. */
export interface DiffSide {
  /** The version ID, or null for a folder or file without a manifest. */
  version: string | null
  /** `6.17`, or the path as given. */
  label: string
}

/**
 * How a provision fared:
 * - `changed`: same ID, its own words (lead-in or tail) differ;
 * - `added` / `deleted`: present on one side only (with everything under it);
 * - `not-used`: replaced by `[Not used]`;
 * - `moved`: the same or nearly the same text under another ID (renumbered or moved), with a similarity.
 */
export type ChangeKind = 'changed' | 'added' | 'deleted' | 'not-used' | 'moved'

export const CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'added', 'deleted', 'not-used', 'moved']

/** One reported change. */
export interface ProvisionChange {
  kind: ChangeKind
  /** The ID in the new version, or in the old one for a deleted provision. */
  id: string
  /** The ID in the old version, or null for an added provision. */
  oldId: string | null
  /** The ID in the new version, or null for a deleted provision. */
  newId: string | null
  section: string
  /** The clause the provision belongs to (its ID on the side that names it). */
  clause: string
  part: string | null
  /** The cross-heading the clause stands under (new side, else old), or null. */
  heading: string | null
  /**
   * For `moved`: how near the texts are, 0 to 1 (the Dice coefficient over the words of the whole
   * provision, sub-paragraphs included); 1 means the same words. Null for other kinds.
   */
  similarity: number | null
  /** Where the provision stands in each file, where known. */
  oldPlace: SourcePoint | null
  newPlace: SourcePoint | null
  /**
   * The redlined provision. For `changed`, its own label, lead-in and tail only (changes under it
   * are separate records, so `items` is empty); for the other kinds, the whole provision.
   */
  redline: ProvisionRedline
  /** For a `not-used` clause whose text moved elsewhere, the ID it moved to. */
  movedTo?: string
}

export interface SourcePoint {
  file: string
  line: number
  column: number
}

/** A change of a cross-heading or a part title. */
export interface CrossHeadingChange {
  kind: 'changed' | 'added' | 'deleted'
  /** `cross-heading` or `part-title`. */
  level: 'cross-heading' | 'part-title'
  section: string
  part: string | null
  /** The first clause under the heading (new side, else old), or null. */
  firstClause: string | null
  before: string | null
  after: string | null
  runs: Run[]
}

/** Counts of one section or of the whole comparison. */
export interface ChangeCounts {
  unchanged: number
  changed: number
  added: number
  deleted: number
  'not-used': number
  moved: number
  headings: number
}

export interface SectionSummary {
  letter: string
  /** An Appendix or Schedule (its `letter` is then its name, `Appendix AB`); absent: a Section. */
  kind?: 'appendix' | 'schedule'
  title: string
  /** Present in both, only the old (`deleted`) or only the new (`added`). */
  presence: 'both' | 'added' | 'deleted'
  counts: ChangeCounts
}

export interface DiffSummary {
  totals: ChangeCounts
  sections: SectionSummary[]
}

/** The modifications between the two versions, following the manifests' `base` chain. */
export interface ChangeRecords {
  /**
   * `forward`: old is an ancestor of new; `backward`: new is an ancestor of old (the diff runs
   * back in time); `same`: the same version; `unknown`: no chain links them (a working copy, or
   * a gap in the corpus).
   */
  direction: 'forward' | 'backward' | 'same' | 'unknown'
  /** The change record IDs, oldest first. */
  ids: string[]
  /** The versions on the chain after the older one, each with the records that made it. */
  chain: Array<{version: string; changes: string[]}>
}

/** A clause of the redline together with its change records, for renderers that group by clause. */
export interface ClauseChanges {
  section: string
  clause: ClauseRedline
  changes: ProvisionChange[]
}
