import type {ClauseRedline, ProvisionRedline, RedlineDocument} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import type {InForce} from '../model/types.js'
import {documentName, parseDocumentReference, printedNumber} from '../model/ids.js'

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
  /** Changes of provisions' in-force status (the frontmatter `status:` map). */
  statuses: StatusDiff[]
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
 * - `moved`: the same or nearly the same text under another ID (renumbered or moved), with a similarity;
 * - `definition-added` / `definition-deleted`: a definition (`A1.1[Term]`) present on one side only;
 * - `definition-changed`: a definition's words or its sub-paragraphs changed (one record for the whole definition);
 * - `definition-moved`: the same term standing at another place in the list (out of or into alphabetical order), with a similarity;
 * - `definition-renamed`: a definition's term changed in its place, with a similarity.
 */
export type ChangeKind =
  | 'changed' | 'added' | 'deleted' | 'not-used' | 'moved'
  | 'definition-added' | 'definition-changed' | 'definition-deleted' | 'definition-moved' | 'definition-renamed'
  | TableRowChangeKind

/**
 * A change of a row of a provision's table (`F2.11/table/3`; the header row is `F2.11/table`):
 * `row-added` / `row-deleted`: the row is in one version only; `row-changed`: its cells differ.
 */
export type TableRowChangeKind = 'row-added' | 'row-changed' | 'row-deleted'

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'changed', 'added', 'deleted', 'not-used', 'moved',
  'definition-added', 'definition-changed', 'definition-deleted', 'definition-moved', 'definition-renamed',
  'row-added', 'row-changed', 'row-deleted'
]
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
   * For `moved`, `definition-moved` and `definition-renamed`: how near the texts are, 0 to 1 (the Dice coefficient over the words of the whole
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
  /**
   * How to name the place where it is no line of a text file, as a reader finds it: a paragraph of
   * an imported Word document (`draft.docx paragraph 12`), a line and page of a PDF's text
   * (`annex.pdf (page 3)`). Renderers print it instead of `file:line:column`.
   */
  cite?: string
  column: number
}

/** A change of a cross-heading, a part title, or the title of a whole document (a Section, Appendix or Schedule retitled). */
export interface CrossHeadingChange {
  kind: 'changed' | 'added' | 'deleted'
  /**
   * `cross-heading`, `part-title`, `document-title` (always `changed`: a document retitled, `part`
   * and `firstClause` null) or `document-version` (an Appendix's or Schedule's document version
   * changed, added or taken away; `part` and `firstClause` null).
   */
  level: 'cross-heading' | 'part-title' | 'document-title' | 'document-version'
  /** The document's ID, as a user types it: `G`, `AB`, `Sch11`. */
  section: string
  /** An Appendix's or Schedule's heading change (absent: a Section's), so that Appendix A is not read as Section A. */
  documentKind?: 'appendix' | 'schedule'
  part: string | null
  /** The first clause under the heading (new side, else old), or null. */
  firstClause: string | null
  before: string | null
  after: string | null
  runs: Run[]
}

/** A part or provision whose in-force status changed: it commences, lapses, or awaits a direction differently. */
export interface StatusDiff {
  kind: 'status changed'
  section: string
  /** The provision, `X2.4(b)`, or the part, `X2`. */
  id: string
  /** The provision's clause, `X2.4`; null for a part's status. */
  clause: string | null
  /** The status on each side; null: in force. */
  before: InForce | null
  after: InForce | null
}

/**
 * Counts of one section or of the whole comparison: every change once, under its own kind (a
 * definition renamed is `definition-renamed`, never `moved`), cross-heading and part-title changes
 * (`headings`), in-force status changes (`statuses`), and the provisions whose own words did not
 * change (`unchanged`).
 */
export type ChangeCounts = Record<ChangeKind, number> & {
  unchanged: number
  headings: number
  statuses: number
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

/** How a heading change is named in every diff format: `document retitled`, `document version changed`, else its level and kind (`part-title changed`). */
export function headingChangeLabel(change: Pick<CrossHeadingChange, 'kind' | 'level'>): string {
  if (change.level === 'document-title') return 'document retitled'
  if (change.level === 'document-version') return `document version ${change.kind}`
  return `${change.level} ${change.kind}`
}

/**
 * Where a heading change stands, as the Markdown and HTML diffs name it: the document by its name
 * (`Section G`, `Appendix AB`, `Schedule 11`), then a part-title change's part by its printed
 * number (`Section G, Part G3`, `Appendix AB, Part 2`).
 */
export function headingChangePlace(change: Pick<CrossHeadingChange, 'level' | 'section' | 'documentKind' | 'part'>): string {
  const document = change.documentKind === 'appendix' ? {kind: change.documentKind, letter: change.section} : parseDocumentReference(change.section)
  const name = document ? documentName(document) : `Section ${change.section}`
  return change.level === 'part-title' && change.part ? `${name}, Part ${printedNumber(change.part)}` : name
}
