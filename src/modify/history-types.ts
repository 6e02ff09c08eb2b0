import type {ProvisionRedline, TableRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import type {InForce} from '../model/types.js'
import type {StatusChange} from './status-change.js'
import type {ModificationKind} from './modification-types.js'

/** A change record, as history names it. */
export interface RecordRef {
  id: string
  title: string
  kind: ModificationKind
}

/** A clause's cross-heading in two versions (null: it stands under none). */
export interface HeadingHistory {
  before: string | null
  after: string | null
  runs: Run[]
}


/** One status that changed in a version: whose, how, before and after (null: in force). */
export interface StatusHistory {
  id: string
  /** `own`: the provision's; `above`: a provision's it is part of (it inherits the status); `below`: one of its sub-paragraphs'. */
  of: 'own' | 'above' | 'below'
  change: StatusChange
  before: InForce | null
  after: InForce | null
}

/** One version in which a provision changed. */
export interface HistoryEntry {
  version: string
  /** The version it was built from; null for a first version. */
  base: string | null
  /** `renamed`: a definition's term changed in its place. `retitled`: only the cross-heading or the part heading the clause stands under changed, not its text. */
  change: 'first' | 'amended' | 'inserted' | 'deleted' | 'renamed' | 'retitled' | 'status changed'
  /** For a definition whose term changed in its place (`renamed`; its words may have changed too): its ID in the version it was built from. */
  renamedFrom?: string
  /** The change records of the version that touch the provision or its cross-heading; empty when nothing explains it. */
  records: RecordRef[]
  /** For a clause whose cross-heading changed: the heading before and after. */
  heading?: HeadingHistory
  /** Where the provision's own in-force status changed: before and after (null: in force). */
  status?: {before: InForce | null; after: InForce | null}
  /**
   * Every status bearing on the provision that changed in this version — its own, a provision's
   * above it (which it inherits), a sub-paragraph's — or, for a first version, every status it
   * was stored with (before null). Absent when none changed.
   */
  statuses?: StatusHistory[]
  /** For a clause whose part was retitled (or a part's own history, retitled): the part's title before and after (null: none). */
  part?: HeadingHistory
  /** For a document's own history (`history G`, `history AB`), retitled: its title before and after. */
  title?: HeadingHistory
  /** For an Appendix's or Schedule's own history (`history AB`): its document version before and after (null: none), where it changed. */
  documentVersion?: HeadingHistory
  /** For a part's (or a document's) own history: the clauses in it inserted, amended or deleted in this version. */
  clauses?: Array<{id: string; change: 'inserted' | 'amended' | 'deleted'}>
  /** The provision as plain text, before and after (empty where absent). */
  before: string
  after: string
  /** Word-level view of the change, over the plain text as a whole. */
  runs: Run[]
  /** The change provision by provision (label, lead-in, sub-paragraphs, closing words), as diff and annex show it; absent for a first version. */
  redline?: ProvisionRedline
  /** The tables of the provision (and of its sub-paragraphs) that changed: the rows added, changed and deleted, and the columns where their number changed. */
  tables?: TableHistory[]
  /** For the history of a table alone: the table redlined row by row (absent for a first version). */
  tableRedline?: TableRedline
}

/** How one table changed in a version. */
export interface TableHistory {
  /** `F2.11/table` (in the new version; the old one for a deleted table). */
  id: string
  /** `inserted` or `deleted`: the whole table; `amended`: rows or columns. */
  change: 'inserted' | 'deleted' | 'amended'
  /** Rows on one side only or with changed cells, by their ID in the new version (in the old one for a deleted row); the header row is the table's ID. */
  rows: Array<{id: string; change: 'row-added' | 'row-changed' | 'row-deleted'}>
  /** The number of columns before and after, where it changed. */
  columns?: {before: number; after: number}
}
