import type {ClauseRedline, RedlineDocument} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import type {InForce} from '../model/types.js'

/** How much of the code around a change an annex shows. */
export const ANNEX_CONTEXTS = ['heading', 'clause', 'none'] as const
/**
 * `heading`: every clause under the cross-heading of a changed clause (the SECAS layout);
 * `clause`: only the changed clauses, under their cross-heading; `none`: only the changed clauses, no headings.
 */
export type AnnexContext = (typeof ANNEX_CONTEXTS)[number]

/** What an annex says about its modification: the cover page, the tracked-change author, the footer. */
export interface AnnexMeta {
  /** `MP087`. */
  id: string
  /** `Correction to SEC Section G – User Responsibilities`. */
  title: string
  /** The SEC version the legal text is drafted against, `6.17`. */
  base: string
  /** The legal text's own version, `0.1`. */
  legalTextVersion: string
  /** Panel Information Policy classification, `White`; absent when the metadata gives none. */
  classification?: string
  /** Who marked the tracked changes and when (`YYYY-MM-DD`). */
  author: {name: string; date: string}
  /** `direction` for a direction, whose annex and instructions are worded as one; absent: a modification or designation. */
  kind?: 'direction'
}

/** One amending instruction line of the annex: "Amend Section G3.20 as follows:". */
export interface AnnexInstruction {
  kind: 'amend' | 'insert' | 'delete'
  /** The clause it is about, `G3.20`. */
  clause: string
  /** The line as printed. */
  text: string
}

/** Clauses shown together under one cross-heading (or under none). */
export interface AnnexGroup {
  /** The cross-heading, redlined; null when the clauses stand under none or the context shows none. */
  heading: Run[] | null
  clauses: ClauseRedline[]
  /**
   * The line for a cross-heading inserted above clauses that stay or removed from above them
   * ("Insert the following new cross-heading before Section G3.20:", "Delete the cross-heading
   * above Section G3.20."), naming the group's first clause in the version where the heading stands
   * (the whole group's, where the context shows only its changed clauses); absent otherwise.
   */
  headingInstruction?: string
}

/** A part heading the modification changes: its instruction line and its heading line redlined. */
export interface AnnexPart {
  /** `G3`. */
  id: string
  status: 'changed' | 'inserted' | 'deleted'
  /** "Amend the heading of Part G3 as follows:", "Insert new Part G4 as follows:" or "Delete Part G4.". */
  instruction: string
  /** `G3 Title`, redlined. */
  heading: Run[]
}

/** One section of the annex: "Section G 'Security'", its instruction lines and its clauses. */
export interface AnnexSection {
  letter: string
  /** The kind of document (absent: a section). */
  kind?: 'section' | 'appendix' | 'schedule'
  /** "Insert new Appendix AM as set out below:" or "Delete Appendix AM." for a whole document, else absent. */
  documentInstruction?: string
  /** The document's own title redlined, when the record retitles it (absent: unchanged, or the document is inserted or deleted whole). */
  retitle?: Run[]
  /** An Appendix's document version redlined, when the record changes it (absent: unchanged). */
  documentVersion?: Run[]
  /**
   * The document's title as it stands before the change (the annex is drafted against that version,
   * so its heading names the document being amended; a retitle is redlined in `retitle`); a whole
   * document inserted: its new title.
   */
  title: string
  /** The parts retitled, inserted or deleted, in part order, each shown before the clauses. */
  parts: AnnexPart[]
  instructions: AnnexInstruction[]
  groups: AnnexGroup[]
  /** The in-force status changes, each an instruction line ("Section X2.4(b) shall cease to have effect on 31 March 2027."), in document order. */
  statuses?: Array<{id: string; text: string}>
  /** Each part that is not simply in force and whose status the record leaves as it is (an annex notes it with the part's first clause shown). */
  partStatuses?: Array<{id: string; inForce: InForce}>
}

/** The neutral annex that every annex renderer takes: metadata and the filtered redline. */
export interface Annex {
  meta: AnnexMeta
  context: AnnexContext
  sections: AnnexSection[]
  /** The IDs of the changed clauses (amended, inserted or deleted), in document order. */
  changed: string[]
  /** The whole redline the annex was built from (amending instructions need every neighbour). */
  redline: RedlineDocument
}
