import type {Corpus} from '../corpus/corpus.js'
import {RedlineError} from '../diagnostics/errors.js'
import {compareVersions} from '../model/ids.js'
import {listModificationIds, loadModification} from './load-modification.js'
import type {Modification} from './modification-types.js'
import {sharedProvisions, touchedProvisions} from './touched-provisions.js'
import {releasedRecords} from './verify-records.js'

/** One line of the register of modifications. */
export interface RegisterEntry {
  id: string
  title: string
  kind: string
  status: string
  base: string
  target: string | null
  /** The version whose manifest lists the record, or null while it is unreleased. */
  releasedIn: string | null
  /** `current` (drafted against the latest version), `stale` (an older one), `released`, or `unreadable` (it does not load: see verify). */
  staleness: 'current' | 'stale' | 'released' | 'unreadable'
  /** The provisions it touches. */
  provisions: string[]
}

/** Unreleased records touching the same provisions. */
export interface RegisterOverlap {
  records: [string, string]
  provisions: string[]
}

/** The register: every record under `modifications/`, in ID order, and the overlaps among the unreleased ones. */
export function modificationRegister(corpus: Corpus): {latest: string | null; entries: RegisterEntry[]; overlaps: RegisterOverlap[]} {
  const latest = corpus.versionIds().at(-1) ?? null
  const released = releasedRecords(corpus)
  const releasedIn = new Map<string, string>()
  for (const version of [...corpus.versionIds()].sort(compareVersions)) for (const id of corpus.manifest(version).changes) if (!releasedIn.has(id)) releasedIn.set(id, version)
  const entries: RegisterEntry[] = []
  const open: Array<{id: string; provisions: string[]}> = []
  for (const id of listModificationIds(corpus)) {
    let modification: Modification
    try {
      modification = loadModification(corpus, id)
    } catch (error) {
      if (!(error instanceof RedlineError)) throw error
      entries.push({id, title: '', kind: '', status: '', base: '', target: null, releasedIn: releasedIn.get(id) ?? null, staleness: 'unreadable', provisions: []})
      continue
    }
    const {meta} = modification
    const provisions = touchedProvisions(modification)
    const isReleased = released.has(id)
    entries.push({
      id,
      title: meta.title,
      kind: meta.kind,
      status: meta.status,
      base: meta.base,
      target: meta.target ?? null,
      releasedIn: releasedIn.get(id) ?? null,
      staleness: isReleased ? 'released' : meta.base === latest ? 'current' : 'stale',
      provisions
    })
    if (!isReleased && meta.status !== 'withdrawn' && meta.status !== 'rejected') open.push({id, provisions})
  }
  const overlaps: RegisterOverlap[] = []
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      const a = open[i]
      const b = open[j]
      if (!a || !b) continue
      const shared = sharedProvisions(a.provisions, b.provisions)
      if (shared.length > 0) overlaps.push({records: [a.id, b.id], provisions: shared})
    }
  }
  return {latest, entries, overlaps}
}
