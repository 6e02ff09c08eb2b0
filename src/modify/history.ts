import type {Corpus} from '../corpus/corpus.js'
import {didYouMean, UsageError} from '../diagnostics/errors.js'
import {splitProvisionId} from '../model/ids.js'
import {findProvision, provisionIds} from '../model/walk.js'
import {redlineText} from '../redline/redline-text.js'
import type {Run} from '../redline/run.js'
import {provisionToText} from '../render/provision-text.js'
import {loadModification} from './load-modification.js'
import type {ModificationKind} from './modification-types.js'

/** A change record, as history names it. */
export interface RecordRef {
  id: string
  title: string
  kind: ModificationKind
}

/** One version in which a provision changed. */
export interface HistoryEntry {
  version: string
  /** The version it was built from; null for a first version. */
  base: string | null
  change: 'first' | 'amended' | 'inserted' | 'deleted'
  /** The change records of the version that touch the provision; empty when nothing explains it. */
  records: RecordRef[]
  /** The provision as plain text, before and after (empty where absent). */
  before: string
  after: string
  /** Word-level view of the change. */
  runs: Run[]
}

/**
 * Every version in which a provision (or any of its sub-paragraphs) changed, oldest first, with
 * the change record responsible and a word-level view of the change.
 */
export function provisionHistory(corpus: Corpus, id: string): HistoryEntry[] {
  if (!splitProvisionId(id)) throw new UsageError(`Unexpected provision ID '${id}', expected a clause or sub-paragraph ID such as G3.20 or 'G3.20(b)'`)
  const entries: HistoryEntry[] = []
  const known = new Set<string>()
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    for (const provision of provisionIds(version)) known.add(provision)
    const now = findProvision(version, id)?.provision
    const baseId = version.manifest.base
    if (baseId === null || !corpus.has(baseId)) {
      if (now) entries.push({version: versionId, base: baseId, change: 'first', records: [], before: '', after: provisionToText(now), runs: redlineText('', provisionToText(now))})
      continue
    }
    const then = findProvision(corpus.version(baseId), id)?.provision
    const before = then ? provisionToText(then) : ''
    const after = now ? provisionToText(now) : ''
    if (before === after) continue
    entries.push({
      version: versionId,
      base: baseId,
      change: !then ? 'inserted' : !now ? 'deleted' : 'amended',
      records: responsible(corpus, version.manifest.changes, id),
      before,
      after,
      runs: redlineText(before, after)
    })
  }
  if (!known.has(id)) throw new UsageError(`Unknown provision '${id}' in every stored version, expected a clause or sub-paragraph${didYouMean(id, [...known])}`)
  return entries
}

/** The records among `changes` whose legal text touches the provision, its clause or its sub-paragraphs. */
function responsible(corpus: Corpus, changes: string[], id: string): RecordRef[] {
  const clause = splitProvisionId(id)?.clause ?? id
  const related = (other: string): boolean => other === id || other.startsWith(`${id}(`) || id.startsWith(`${other}(`)
  return changes.flatMap((change) => {
    const modification = loadModification(corpus, change)
    const touches = modification.sections.some((section) =>
      section.clauses.some((c) =>
        c.id === clause && c.kind !== 'unchanged' &&
        (c.kind !== 'amended' ||
          c.insertedProvisions.some(related) || c.deletedProvisions.some(related) ||
          c.fields.some((field) => related(field.provisionId) && field.runs.some((run) => run.type !== 'equal')))
      )
    )
    return touches ? [{id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}] : []
  })
}
