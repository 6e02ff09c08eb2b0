/**
 * The clause model: what a section file of the SEC means, independent of how it is written.
 *
 * A {@link Section} holds {@link Part}s, a part holds cross-heading {@link Group}s, a group holds
 * {@link Clause}s, and every {@link Provision} (a clause or a sub-paragraph) has a lead-in text,
 * a list of sub-paragraphs and a tail text after that list. Nesting is structural, never guessed
 * from labels: a sub-paragraph's depth decides its label scheme.
 */

/** A 1-based line and column in a source file. */
export interface Point {
  line: number
  column: number
}

/** Where something stands in a source file. */
export interface Place {
  /** The file path, as given to the reader (relative to the corpus root where loaded from a corpus). */
  file: string
  start: Point
  end?: Point
}

/** The label schemes of sub-paragraphs, by depth: (a), (i), (A), (1). */
export type LabelScheme = 'lower-alpha' | 'lower-roman' | 'upper-alpha' | 'arabic'

/** What a clause and a sub-paragraph have in common. */
export interface ProvisionBase {
  /** Stable ID: `G3.20` for a clause, `G3.20(b)`, `G3.20(b)(i)` for sub-paragraphs. */
  id: string
  /**
   * The lead-in text (chapeau), or the whole text of a provision without sub-paragraphs. May be
   * empty. Several paragraphs are separated by one line feed (`"first\nsecond"`); no paragraph is
   * empty, and an empty text has none.
   */
  text: string
  /** The sub-paragraphs, in order. */
  items: SubParagraph[]
  /** The text that follows the list of sub-paragraphs ("arrangements designed to ensure …"). Empty if none; several paragraphs as in {@link text}. */
  tail: string
  /** Where the provision starts in its source file; absent on provisions built in memory. */
  place?: Place
  /** A table that stands after the provision's lead-in text and before its sub-paragraphs. */
  table?: Table
  /** Whether the provision is in force; absent: in force. */
  inForce?: InForce
}

/** A table of a provision (`F2.11/table`): a header row and body rows, each a list of cell texts. */
export interface Table {
  /** `F2.11/table`. */
  id: string
  header: string[]
  rows: TableRow[]
  place?: Place
}

/** A body row of a table. */
export interface TableRow {
  /** `F2.11/table/3`: the 1-based row number in its version. */
  id: string
  /** The cell texts, as many as the header has (a ragged row is an input error). */
  cells: string[]
  place?: Place
}

/** Commencement and sunset of a provision. */
export interface InForce {
  /** `direction`: not in force until activated by a direction; a date (YYYY-MM-DD): in force from that date. Absent: in force. */
  commences?: 'direction' | string
  /** The date on which the provision lapses (a sunset provision), YYYY-MM-DD. */
  lapses?: string
}

/** A numbered clause such as `G3.20`. */
export interface Clause extends ProvisionBase {
  kind: 'clause'
}

/** A sub-paragraph such as `(b)` of `G3.20`, at depth 1 (`(a)`), 2 (`(i)`), 3 (`(A)`) or 4 (`(1)`). */
export interface SubParagraph extends ProvisionBase {
  kind: 'sub-paragraph'
  /** The label without brackets: `b`, `ii`, `A`, `3`. */
  label: string
  /**
   * The parent's text that stands between the previous sub-paragraph and this one (text between
   * two lists of one provision); paragraphs as in {@link ProvisionBase.text}. Never set on a
   * parent's first sub-paragraph (that text is the parent's lead-in) and never empty. Labels run on
   * across it: (a), (b), text, (c).
   */
  textBefore?: string
  /** Set on a definition, an entry of a definitions list (`A1.1[Anomaly Detection Threshold]`): the defined term, also held in `label`. */
  term?: string
}

/** A clause or a sub-paragraph. */
export type Provision = Clause | SubParagraph

/** Clauses under one cross-heading ("Manufacturers: Duty to Notify and Be Notified"), or under none. */
export interface Group {
  /** The cross-heading text, or null for clauses that stand before any cross-heading of their part. */
  heading: string | null
  clauses: Clause[]
  place?: Place
}

/** A Part of a Section (`G3`), with an optional title heading. */
export interface Part {
  /** `G3`, or null for groups written before any part heading. */
  id: string | null
  title: string | null
  groups: Group[]
  place?: Place
  /** Whether the part is in force; absent: in force. A part's status holds for every provision in it. */
  inForce?: InForce
}

/** One SEC Section (one file, `section-g.md`) in one version. */
export interface Section {
  /** The section letter, `G`. */
  letter: string
  /** The section title, `Security`. */
  title: string
  /** The version this text belongs to, `6.17`. */
  version: string
  parts: Part[]
  /** The file the section was read from, when read from a file. */
  file?: string
  /** What kind of document the file is (`section-g.md`, `appendix-ab.md`, `schedule-11.md`); absent: a section. `letter` holds its designation: `G`, `AB`, `11`. */
  kind?: 'section' | 'appendix' | 'schedule'
  /** The document's own version, for an Appendix (`V5.3`). */
  documentVersion?: string
}

/** A version's manifest (`sec-text/<version>/manifest.yaml`). */
export interface Manifest {
  /** Version id, `6.17`. */
  version: string
  /** The version this one was built from, or null for a first version. */
  base: string | null
  /** The change records (modification IDs) that turn the base into this version, in order. */
  changes: string[]
  /** Release name, `November 2019 SEC Release`. */
  release?: string
  /** Effective date, `YYYY-MM-DD`. */
  effective?: string
  /** Where the text comes from. */
  source: string
  /** Set when the version holds only part of the code: what the excerpt covers. */
  excerpt?: string
}

/** A version of the code: its manifest and its sections, in letter order. */
export interface Version {
  id: string
  manifest: Manifest
  /** Folder of the version, relative to the corpus root (`sec-text/6.17`). */
  dir: string
  sections: Section[]
}

/** A provision found in a version, with its context. */
export interface Located {
  provision: Provision
  /** The clause the provision belongs to (itself, for a clause). */
  clause: Clause
  section: Section
  part: Part
  group: Group
  /** The chain of provisions from the clause down to the provision's parent. */
  ancestors: Provision[]
}
