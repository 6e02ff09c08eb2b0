import type {Corpus} from '../corpus/corpus.js'
import type {Version} from '../model/types.js'
import {touchesText, type RecordRef} from '../modify/history.js'
import {loadModification} from '../modify/load-modification.js'
import type {Modification} from '../modify/modification-types.js'

/**
 * Where a version came from: its base (from the manifest's `base` chain) and the change records
 * that built it. Rules that compare a version with its base (`consequential-changes`) read this;
 * a version checked on its own has none.
 */
export interface Lineage {
  /** The version this one was built from; undefined for a first version or a base the corpus does not hold. */
  base(version: Version): Version | undefined
  /**
   * The change records that built `version` from its base and changed the provision (its text, its
   * clause or its sub-paragraphs), in the manifest's order — the records `redline history` names.
   */
  recordsChanging(version: Version, provisionId: string): RecordRef[]
}

/** The lineage of the stored versions: bases from the manifests, records from `modifications/`. */
export function corpusLineage(corpus: Corpus): Lineage {
  const loaded = new Map<string, Modification>()
  const load = (id: string): Modification | undefined => {
    if (!loaded.has(id)) {
      try {
        loaded.set(id, loadModification(corpus, id))
      } catch {
        // A listed record that does not load is `redline verify`'s finding; here it names nothing.
        return undefined
      }
    }
    return loaded.get(id)
  }
  return {
    base(version) {
      const id = version.manifest.base
      return id !== null && corpus.has(id) ? corpus.version(id) : undefined
    },
    recordsChanging(version, provisionId) {
      const records = version.manifest.changes.flatMap((id) => {
        const record = load(id)
        return record ? [record] : []
      })
      return changingRecords(records, provisionId)
    }
  }
}

/**
 * The lineage of a version built in memory from a base and change records (a draft before it is
 * released: what `check --mod` checks); every other version's lineage is `stored`'s.
 */
export function builtLineage(built: Version, base: Version, records: readonly Modification[], stored: Lineage): Lineage {
  return {
    base: (version) => (version === built ? base : stored.base(version)),
    recordsChanging: (version, provisionId) => (version === built ? changingRecords(records, provisionId) : stored.recordsChanging(version, provisionId))
  }
}

function changingRecords(records: readonly Modification[], provisionId: string): RecordRef[] {
  return records
    .filter((record) => touchesText(record, provisionId))
    .map((record) => ({id: record.meta.id, title: record.meta.title, kind: record.meta.kind}))
}
