import type {InForce} from '../model/types.js'
import type {Run} from './run.js'
import type {TableRedline} from './table-redline.js'

export type {RowRedline, TableRedline} from './table-redline.js'

/**
 * The neutral redlined document: what changed between two sets of sections, clause by clause,
 * with runs of kept, inserted and deleted text. Every renderer (Markdown, HTML, Word, terminal,
 * instructions, version diff) takes this and never diffs on its own.
 *
 * Accepting every change gives the new text and rejecting every change gives the old text
 * (see `accept-reject.ts`): inserted provisions carry only `insert` runs, deleted provisions only
 * `delete` runs.
 */
export interface RedlineDocument {
  sections: SectionRedline[]
}

/** A section present in either version. */
export interface SectionRedline {
  letter: string
  /** The kind of document (absent: a section): Appendices and Schedules have their own numbering. */
  kind?: 'section' | 'appendix' | 'schedule'
  /** An Appendix's own document version (`V5.3`), redlined; absent when neither side has one. */
  documentVersion?: Run[]
  /** The section title, redlined. */
  title: Run[]
  status: ProvisionStatus
  /** The clauses, in the new version's order; deleted clauses stand where they stood. */
  clauses: ClauseRedline[]
  /** The parts whose heading changed, and the parts inserted or deleted whole, in part order (absent or empty: none). */
  parts?: PartRedline[]
  /**
   * The parts of the new version that are not simply in force on either side, with their status on
   * each, in part order; absent when none. A part's status holds for every provision in it; it
   * changed when `before` and `after` differ (see `partStatusChanges`).
   */
  partStatuses?: PartStatusRedline[]
}

/** A part's in-force status on each side (absent: in force). */
export interface PartStatusRedline {
  /** `X2`. */
  id: string
  before?: InForce
  after?: InForce
}

/** A part heading line redlined: `G3 Title`, number and title, as one run list. */
export interface PartRedline {
  /** `G3`. */
  id: string
  /** `changed`: retitled; `inserted` or `deleted`: the whole part. */
  status: Exclude<ProvisionStatus, 'unchanged'>
  /** The title before and after (null: none, or the part absent on that side). */
  before: string | null
  after: string | null
  /** The heading line `G3 Title` redlined: rejecting gives the old line, accepting the new one (empty where the part is absent). */
  heading: Run[]
  /**
   * For a part heading inserted above clauses that stay (the old version holds them under no part
   * heading, see `headlessPartOf`): the first of them, `G1.1`. Absent for a part inserted with its clauses.
   */
  over?: string
}

/** How a whole provision fared. */
export type ProvisionStatus = 'unchanged' | 'changed' | 'inserted' | 'deleted'

/** A clause or sub-paragraph, redlined. */
export interface ProvisionRedline {
  /** The ID in the new version (in the old one for a deleted provision). */
  id: string
  kind: 'clause' | 'sub-paragraph'
  status: ProvisionStatus
  /** The label, redlined: `[equal 'b']`, or `[delete 'b', insert 'c']` for a relabelled sub-paragraph. For a clause, its number. */
  label: Run[]
  text: Run[]
  items: ProvisionRedline[]
  tail: Run[]
  /**
   * For a sub-paragraph: its parent's text that stands between the previous sub-paragraph and this
   * one (text between two lists), redlined; absent when neither version has any. In `text`,
   * `tail` and `textBefore` a run's line feed (`\n`) is a paragraph break, kept, inserted or deleted.
   */
  textBefore?: Run[]
  /** Set on a definition (`A1.1[Term]`): its label runs are the term, printed in bold without brackets. */
  definition?: true
  /** The provision's table, redlined, when either version has one (`F2.11/table`). */
  table?: TableRedline
  /** Set when a clause is the same or nearly the same text as a clause under another ID in the old version. */
  movedFrom?: {id: string; similarity: number}
  /**
   * The provision's in-force status on each side (absent: in force), set when either side is not
   * simply in force: the status changed when `before` and `after` differ (see `statusChanged`).
   */
  inForce?: {before?: InForce; after?: InForce}
}

/** A clause, redlined, with the headings it stands under. */
export interface ClauseRedline extends ProvisionRedline {
  kind: 'clause'
  /** The part it belongs to (`G3`), and the part title redlined, or null. */
  part: {id: string | null; title: Run[] | null}
  /** The cross-heading it stands under, redlined, or null when it stands under none in either version. */
  heading: Run[] | null
  /**
   * The cross-heading group it stands in, in each version: the ID of the group's first clause
   * (null where the clause is absent). Two neighbouring groups can share a heading's words; this
   * keeps them apart.
   */
  group: {before: string | null; after: string | null}
}
