import type {Clause, InForce, Place, Section, Table} from '../model/types.js'
import type {DefinitionInstruction} from './definition-instructions.js'

/** The text field an instruction amends: a provision's lead-in text, or its closing words (tail). */
export interface FieldTarget {
  /** `G3.20(b)`. */
  provision: string
  field: 'text' | 'tail'
}

/**
 * A change to the words of one field, anchored on whole words. `occurrence` (1-based: "the
 * second") says which of several equal runs of the anchor or the replaced words is meant; absent
 * where the words stand once.
 */
export type TextEdit =
  | {kind: 'insert'; after?: string; before?: string; words: string; occurrence?: number}
  | {kind: 'omit'; words: string; occurrence?: number}
  | {kind: 'substitute'; words: string; by: string; occurrence?: number}

/**
 * One legislative amending instruction. Text edits anchor on words unique in their field; whole
 * clauses are inserted, deleted or substituted where the structure of a clause changes.
 */
/** `section` in an instruction names its document: a Section by letter (`G`), an Appendix or Schedule by name (`Appendix AB`, `Schedule 11`). */
export type AmendingInstruction = (
  | ({kind: 'text'; target: FieldTarget} & {edit: TextEdit})
  /** A cross-heading retitled; `before` is the first clause under it (headings repeat, so the text alone may not say which), or null where unstated. */
  | {kind: 'heading'; section: string; from: string; to: string; before: string | null}
  /**
   * A clause inserted after another, or at the start of its document (`after` null). First in its part,
   * it goes under the part's first cross-heading unless `beforeHeading` names that heading: then it
   * stands before it, under none (`…, before the cross-heading "X":`).
   */
  | {kind: 'insert-clause'; clause: Clause; after: string | null; section: string; beforeHeading?: string}
  | {kind: 'delete-clause'; id: string}
  | {kind: 'substitute-clause'; clause: Clause}
  /** A part's heading changed; null: the part has no title on that side. */
  | {kind: 'part-heading'; section: string; part: string; from: string | null; to: string | null}
  /** A new part (its clauses follow as clause insertions), and a part deleted (after its clauses). */
  | {kind: 'insert-part'; section: string; part: string; title: string | null}
  | {kind: 'delete-part'; section: string; part: string}
  /** A new cross-heading, starting a group at the clause `before` (a new part's, or one over clauses that stay). */
  | {kind: 'insert-heading'; section: string; heading: string; before: string}
  /** A cross-heading removed from above the clause `before`, which stays: the group's clauses join the group before it in the part (or stand under no heading, first in their part). */
  | {kind: 'delete-heading'; section: string; heading: string; before: string}
  /** A definition inserted in alphabetical order, amended or deleted (see `definition-instructions.ts`). */
  | DefinitionInstruction
  /**
   * A whole Appendix or Schedule inserted, `document` its whole text (title, document version,
   * parts, cross-headings, clauses; statuses follow as their own instructions), or deleted whole;
   * `section` is its name (`Appendix AM`). One instruction each: "Insert new Appendix AM as set
   * out below:", "Delete Appendix AM.".
   */
  | {kind: 'insert-document'; section: string; document: Section}
  | {kind: 'delete-document'; section: string}
  /** A document's own title changed (a Section, Appendix or Schedule retitled): "For the title of Section G "Security" substitute "…"." */
  | {kind: 'document-title'; section: string; from: string; to: string}
  /** An Appendix's document version changed. */
  | {kind: 'document-version'; section: string; from: string | null; to: string | null}
  /** A provision's in-force status set (undefined: in force): "Section X2.4(b) shall cease to have effect on 31 March 2027." */
  | {kind: 'status'; id: string; inForce: InForce | undefined}
  /** A table row, named by its first cell: an entry (the cell in the column headed `column`) substituted, a row inserted after another (null: at the start), a row deleted. */
  | {kind: 'row-entry'; provision: string; row: string; column: string; to: string}
  /** Words changed in the one entry of a row that holds them: `In the table in Section F2.11, in the row for "Availability", for "99.9%" substitute "99.95%".` */
  | {kind: 'row-words'; provision: string; row: string; edit: TextEdit}
  | {kind: 'insert-row'; provision: string; after: string | null; cells: string[]}
  | {kind: 'delete-row'; provision: string; row: string}
  /** A provision's table substituted whole (a column added or removed, a header changed, rows that no first cell names uniquely). */
  | {kind: 'substitute-table'; provision: string; table: Table}
) & {place?: Place}
