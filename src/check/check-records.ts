import type {Corpus} from '../corpus/corpus.js'
import type {Version} from '../model/types.js'
import {applyModifications} from '../modify/apply-modification.js'
import type {Modification} from '../modify/modification-types.js'
import {checkBuiltVersion, type CheckReport} from './check-versions.js'
import type {CheckConfig} from './config/load-config.js'
import {corpusLineage, type Lineage} from './lineage.js'

/** What `redline check --mod` checked: the version the records would make, and its report. */
export interface RecordsCheck {
  /** The base with the records applied, in memory; its ID is `<base>+<ID>+…`. */
  version: Version
  base: Version
  records: Modification[]
  report: CheckReport
}

/**
 * Checks the text as change records leave their base, without writing anything: the records are
 * applied together as a release would apply them (a conflict is the release's ConflictError),
 * then every configured rule runs over the computed version. The provisions a record writes keep
 * their places in its `legal-text.md`, so messages about them point there; every other provision
 * keeps its place in the base's section file.
 *
 * This is the library function under the command: `(base, records, config, lineage) → report`.
 * The rules see the computed version's lineage (its base, the records that built it, and `stored`,
 * every stored version's), so `consequential-changes` names the twins the records did not touch.
 */
export function checkRecords(base: Version, records: readonly Modification[], config: CheckConfig, stored: Lineage): RecordsCheck {
  const ids = records.map((record) => record.meta.id)
  const id = [base.id, ...ids].join('+')
  const version = applyModifications(base, records, {as: id, manifest: {...base.manifest, version: id, base: base.id, changes: ids}})
  return {version, base, records: [...records], report: checkBuiltVersion(version, base, records, config, stored)}
}

/** One change record checked as it leaves its own base, with the corpus's lineage: `check --mod <ID>` for one record. */
export function checkModification(corpus: Corpus, modification: Modification, config: CheckConfig): CheckReport {
  return checkRecords(corpus.version(modification.meta.base), [modification], config, corpusLineage(corpus)).report
}
