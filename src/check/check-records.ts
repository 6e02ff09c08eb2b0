import type {Version} from '../model/types.js'
import {applyModifications} from '../modify/apply-modification.js'
import type {Modification} from '../modify/modification-types.js'
import {sortMessages, type CheckReport} from './check-versions.js'
import type {CheckConfig} from './config/load-config.js'

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
 * This is the library function under the command: `(base, records, config) → report`. A rule that
 * compares a version with its base finds the base here too: the computed version's manifest names
 * it (`base`) and lists the records (`changes`).
 */
export function checkRecords(base: Version, records: readonly Modification[], config: CheckConfig): RecordsCheck {
  const ids = records.map((record) => record.meta.id)
  const id = [base.id, ...ids].join('+')
  const version = applyModifications(base, records, {as: id, manifest: {...base.manifest, version: id, base: base.id, changes: ids}})
  const messages = config.rules.flatMap((configured) => configured.run(version))
  return {
    version,
    base,
    records: [...records],
    report: {
      versions: [id],
      rules: config.rules.map(({rule, severity}) => ({id: rule.id, summary: rule.summary, url: rule.url, severity})),
      config: config.file,
      messages: sortMessages(messages)
    }
  }
}
