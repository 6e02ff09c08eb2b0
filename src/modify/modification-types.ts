import type {Clause, Place} from '../model/types.js'
import type {Run} from '../redline/run.js'
import type {StatusLineChange} from './status-lines.js'

/** The statuses a change record moves through. */
export const STATUSES = ['draft', 'proposed', 'approved', 'implemented', 'withdrawn', 'rejected'] as const
export type ModificationStatus = (typeof STATUSES)[number]

/**
 * `modification`: a Modification Proposal; `designation`: a change made by a Secretary of State
 * designation; `direction`: a direction (of the Secretary of State) that changes the code, most often
 * bringing into force a provision that awaits one (`commences: "direction"` → a date). The annex
 * and the amending instructions word a direction's status changes as directions.
 */
export const KINDS = ['modification', 'designation', 'direction'] as const
export type ModificationKind = (typeof KINDS)[number]

/** Who marked the tracked changes, and when: what a Word annex shows on each revision. */
export interface TrackedChangeAuthor {
  name: string
  /** `YYYY-MM-DD`. */
  date: string
}

/** The frontmatter of `modifications/<ID>/modification.md`, plus its markdown body. */
export interface ModificationMeta {
  /** `MP087`: letters, digits, `.`, `_`, `-`. */
  id: string
  title: string
  kind: ModificationKind
  /** The version the legal text was drafted against, `6.17`. */
  base: string
  /** The release it is meant for, `November 2019 SEC Release`. */
  target?: string
  status: ModificationStatus
  /** `Fast-Track`, `Path 3`, … */
  route?: string
  /** The proposing party or body, `Security Sub-Committee`. */
  proposer?: string
  /** The person who raised it for the proposer. */
  representative?: string
  /** Named dates, `raised`, `decided`, `implemented`: each `YYYY-MM-DD`. */
  dates: Record<string, string>
  author: TrackedChangeAuthor
  /** Panel Information Policy classification, `White`. */
  classification?: string
  /** The Panel paper that raised or decided it, `SECP_73_1110_16`. */
  paper?: string
  /** The version of the legal text the annex cover prints (`legal-text-version: "0.1"`). */
  legalTextVersion?: string
  /** The markdown after the frontmatter: the problem and the solution (no blank lines before it, no whitespace after it: the file's final newline is added when it is written). */
  body: string
}

/** One text field of a provision, with the change the modification makes to it. */
export interface FieldChange {
  /** `G3.20(b)`. */
  provisionId: string
  /** `textBefore`: the text between two lists that stands before this sub-paragraph (see `SubParagraph.textBefore`). */
  field: 'text' | 'tail' | 'textBefore'
  /** Kept, inserted and deleted runs: rejecting gives the base text, accepting the new text. */
  runs: Run[]
}

/** How a modification touches one clause. */
export type ClauseChangeKind = 'amended' | 'inserted' | 'deleted' | 'unchanged'

/** One clause of a modification's legal text, with both readings. */
export interface ClauseChange {
  /** `G3.20`. */
  id: string
  kind: ClauseChangeKind
  /** The clause with every mark rejected: must equal the base version's clause. Absent for an inserted clause. */
  before?: Clause
  /** The clause with every mark accepted. Absent for a deleted clause. */
  after?: Clause
  /** Every text field of the clause and its sub-paragraphs, in document order, each with its runs. */
  fields: FieldChange[]
  /** Sub-paragraphs (by ID) inserted or deleted as a whole. */
  insertedProvisions: string[]
  deletedProvisions: string[]
  /** The cross-heading the clause stands under in the legal text (after the change), if one is written. */
  heading?: string
  /** Set where that heading line is one the record inserts (`{++### …++}`): the clause stands in the group it opens, never in an old group of the same words. */
  headingInserted?: true
  /** Where the clause starts in the legal-text file. */
  place: Place
  /** The clause's source lines, marks and all. */
  source: string
}

/** A cross-heading written in a modification's legal text, with its change (if any). */
export interface HeadingChange {
  /** The heading with every mark rejected; null when the heading is inserted. */
  before: string | null
  /** The heading with every mark accepted; null when the heading is deleted. */
  after: string | null
  runs: Run[]
  /** The clauses written under it in the legal text. */
  clauses: string[]
  place: Place
}

/** How a modification touches a part heading (`## G3 Title`). */
export type PartChangeKind = 'retitled' | 'inserted' | 'deleted' | 'unchanged'

/** A part heading written in a modification's legal text, with its change (if any). */
export interface PartChange {
  /** `G3`: a part keeps its number; a renumbered part is one deleted and one inserted. */
  id: string
  kind: PartChangeKind
  /** The title with every mark rejected (null: no title, or the part is inserted). */
  before: string | null
  /** The title with every mark accepted (null: no title, or the part is deleted). */
  after: string | null
  /** The title redlined (whole insert or delete for an inserted or deleted part). */
  runs: Run[]
  /** The clauses written under it in the legal text. */
  clauses: string[]
  place: Place
}

/** A document's title changed by a record: `# Section G: {~~Security~>Cyber Security~~}`, `# Appendix AB: {~~Old~>New~~}`. */
export interface DocumentRetitle {
  /** The title with every mark rejected: the base's. */
  before: string
  /** The title with every mark accepted. */
  after: string
  /** The title redlined: rejecting gives `before`, accepting `after`. */
  runs: Run[]
  /** The title line in the legal text. */
  place: Place
}

/** The changes a modification makes to one section. */
export interface SectionChange {
  letter: string
  title: string
  /** The kind of document (absent: a section); `# Appendix AB: Title` in the legal text. */
  kind?: 'section' | 'appendix' | 'schedule'
  /** Set when the record inserts or deletes the whole Appendix or Schedule (`{++# Appendix AM: Title++}`). */
  document?: 'inserted' | 'deleted'
  /**
   * A change of the document's own title (`# Section G: {~~Security~>Cyber Security~~}`): the title
   * before (the base's, which `title` also holds) and after, redlined. Absent: the title stays.
   */
  retitle?: DocumentRetitle
  /** An Appendix's document version before and after (`Document version: {~~V1.0~>V1.1~~}`), when the legal text writes it. */
  documentVersion?: {before: string | null; after: string | null; place: Place}
  headings: HeadingChange[]
  /** The part headings written in the legal text, changed or not, in document order. */
  parts: PartChange[]
  clauses: ClauseChange[]
  /** The provisions' in-force statuses the record changes (`Status of X2.4(b): …` lines after the section title). */
  statuses?: StatusLineChange[]
}

/** A change record: metadata and parsed legal text. */
export interface Modification {
  meta: ModificationMeta
  /** `modifications/MP087/modification.md`, relative to the corpus root. */
  metaFile: string
  /** `modifications/MP087/legal-text.md`. */
  legalTextFile: string
  sections: SectionChange[]
}
