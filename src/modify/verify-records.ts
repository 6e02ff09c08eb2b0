import type {Corpus} from '../corpus/corpus.js'
import {RedlineError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import {applyModifications} from './apply-modification.js'
import {listModificationIds, loadModification} from './load-modification.js'
import type {Modification} from './modification-types.js'
import {rebaseModification} from './rebase.js'
import {sharedProvisions, touchedProvisions} from './touched-provisions.js'

/** A record that does not apply to its own base. */
export interface RecordFinding {
  record: string
  place: Place
  message: string
}

/** A record not yet in a version, drafted against an older version than the latest. */
export interface StaleRecord {
  record: string
  base: string
  latest: string
  /** Whether `redline rebase <ID> --onto <latest>` would merge without a conflict; `empty`: the latest already holds every change it makes. */
  rebase: 'clean' | 'conflict' | 'empty'
  /** With a conflict: the clauses where it stops. */
  conflicts: string[]
}

/** Two records not yet in a version that touch the same provisions: a conflict forecast. */
export interface RecordOverlap {
  records: [string, string]
  provisions: string[]
}

export interface RecordsResult {
  /** Records not listed by any version's manifest, proven to apply to their base. */
  applied: string[]
  findings: RecordFinding[]
  stale: StaleRecord[]
  overlaps: RecordOverlap[]
}

/** Statuses of records that will not be released: their overlaps are not forecast. */
const CLOSED = new Set(['withdrawn', 'rejected'])

/** The IDs of every record some version's manifest lists: released records. */
export function releasedRecords(corpus: Corpus): Set<string> {
  return new Set(corpus.versionIds().flatMap((id) => corpus.manifest(id).changes))
}

/**
 * Proves the records under `modifications/` that no version lists yet (drafts and records waiting
 * for a release): each applies to its own base. Records drafted against an older version than the
 * latest are reported with whether they would rebase cleanly; records touching the same provisions
 * are reported as overlaps. The records a version lists are proven with that version.
 */
export function verifyRecords(corpus: Corpus): RecordsResult {
  const result: RecordsResult = {applied: [], findings: [], stale: [], overlaps: []}
  const released = releasedRecords(corpus)
  const latest = corpus.versionIds().at(-1)
  const open: Array<{modification: Modification; touched: string[]}> = []
  for (const id of listModificationIds(corpus)) {
    if (released.has(id)) continue
    let modification: Modification
    try {
      modification = loadModification(corpus, id)
      applyModifications(corpus.version(modification.meta.base), [modification])
    } catch (error) {
      if (!(error instanceof RedlineError)) throw error
      for (const message of error.messages) {
        const place: Place = message.file ? {file: message.file, start: {line: message.line ?? 1, column: message.column ?? 1}} : {file: `modifications/${id}/modification.md`, start: {line: 1, column: 1}}
        result.findings.push({record: id, place, message: `${id} does not apply to its base: ${message.reason}`})
      }
      continue
    }
    result.applied.push(id)
    if (CLOSED.has(modification.meta.status)) continue
    open.push({modification, touched: touchedProvisions(modification)})
    if (latest !== undefined && modification.meta.base !== latest) {
      let rebased: ReturnType<typeof rebaseModification> | undefined
      try {
        rebased = rebaseModification(modification, corpus.version(latest), corpus.version(modification.meta.base))
      } catch (error) {
        // Nothing left to draft: the latest version already says what the record says.
        if (!(error instanceof RedlineError)) throw error
      }
      result.stale.push({
        record: id,
        base: modification.meta.base,
        latest,
        rebase: !rebased ? 'empty' : rebased.ok ? 'clean' : 'conflict',
        conflicts: !rebased || rebased.ok ? [] : [...new Set(rebased.conflicts.map((c) => c.provision || c.clause))]
      })
    }
  }
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      const a = open[i]
      const b = open[j]
      if (!a || !b) continue
      const provisions = sharedProvisions(a.touched, b.touched)
      if (provisions.length > 0) result.overlaps.push({records: [a.modification.meta.id, b.modification.meta.id], provisions})
    }
  }
  return result
}
