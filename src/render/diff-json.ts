import type {Run} from '../redline/run.js'
import type {ProvisionRedline, TableRedline} from '../redline/document.js'
import type {ChangeRecords, DiffSummary, CrossHeadingChange, ProvisionChange, StatusDiff, VersionDiff} from '../diff/types.js'

/** The JSON of `redline diff --format json`: schema `sec-redline/diff@2`, documented in docs/diff-json-schema.md. */
export interface DiffJson {
  schema: 'sec-redline/diff@2'
  old: {version: string | null; label: string}
  new: {version: string | null; label: string}
  scope: {section: string | null; clause: string | null}
  changeRecords: ChangeRecords
  summary: DiffSummary
  changes: ChangeJson[]
  headings: CrossHeadingChange[]
  /** Provisions whose in-force status changed. */
  statuses: StatusDiff[]
  /** With `--context`: every changed clause in full, unchanged provisions included. */
  context?: Array<{section: string; clause: ProvisionRedlineJson}>
}

export interface ChangeJson {
  kind: ProvisionChange['kind']
  id: string
  oldId: string | null
  newId: string | null
  section: string
  part: string | null
  clause: string
  heading: string | null
  similarity: number | null
  movedTo: string | null
  old: ProvisionChange['oldPlace']
  new: ProvisionChange['newPlace']
  redline: ProvisionRedlineJson
}

export interface ProvisionRedlineJson {
  id: string
  kind: ProvisionRedline['kind']
  status: ProvisionRedline['status']
  label: ProvisionRedline['label']
  /** Present (true) on a definition: `label` is its term. */
  definition?: true
  text: ProvisionRedline['text']
  items: ProvisionRedlineJson[]
  tail: ProvisionRedline['tail']
  /** Present on a sub-paragraph with text between two lists before it: that text, redlined. In `text`, `tail` and `textBefore` a `\n` in a run is a paragraph break. */
  textBefore?: Run[]
  movedFrom: {id: string; similarity: number} | null
  /** The provision's table, redlined (present only where either version has one; for a row change, cut down to that row). */
  table?: TableRedline
}

function provisionJson(redline: ProvisionRedline): ProvisionRedlineJson {
  return {
    id: redline.id,
    kind: redline.kind,
    status: redline.status,
    label: redline.label,
    ...(redline.definition ? {definition: true as const} : {}),
    text: redline.text,
    items: redline.items.map(provisionJson),
    tail: redline.tail,
    ...(redline.textBefore ? {textBefore: redline.textBefore} : {}),
    movedFrom: redline.movedFrom ?? null,
    ...(redline.table ? {table: redline.table} : {})
  }
}

/** The diff as a plain object with a fixed key order. */
export function diffToJson(diff: VersionDiff, options: {context?: boolean} = {}): DiffJson {
  const json: DiffJson = {
    schema: 'sec-redline/diff@2',
    old: {version: diff.old.version, label: diff.old.label},
    new: {version: diff.new.version, label: diff.new.label},
    scope: diff.scope,
    changeRecords: diff.changeRecords,
    summary: diff.summary,
    changes: diff.changes.map((change) => ({
      kind: change.kind,
      id: change.id,
      oldId: change.oldId,
      newId: change.newId,
      section: change.section,
      part: change.part,
      clause: change.clause,
      heading: change.heading,
      similarity: change.similarity,
      movedTo: change.movedTo ?? null,
      old: change.oldPlace,
      new: change.newPlace,
      redline: provisionJson(change.redline)
    })),
    headings: diff.headings,
    statuses: diff.statuses
  }
  if (options.context) {
    json.context = diff.document.sections.flatMap((section) => section.clauses.map((clause) => ({section: section.letter, clause: provisionJson(clause)})))
  }
  return json
}

/** `redline diff --format json`: the diff as JSON text, two-space indented, ending with a newline. */
export function renderDiffJson(diff: VersionDiff, options: {context?: boolean} = {}): string {
  return `${JSON.stringify(diffToJson(diff, options), null, 2)}\n`
}
