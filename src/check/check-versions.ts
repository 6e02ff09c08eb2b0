import type {Corpus} from '../corpus/corpus.js'
import {compareVersions} from '../model/ids.js'
import type {Version} from '../model/types.js'
import type {Modification} from '../modify/modification-types.js'
import type {CheckMessage} from './check-message.js'
import type {CheckConfig} from './config/load-config.js'
import {builtLineage, corpusLineage, type Lineage} from './lineage.js'
import type {RuleEnvironment, Severity} from './types.js'

/** A rule as it ran: what reporters need to describe it (SARIF rules, JUnit test cases). */
export interface RuleRun {
  id: string
  summary: string
  url: string
  severity: Exclude<Severity, 'off'>
}

/** The neutral result of `redline check`: every reporter renders this and nothing else. */
export interface CheckReport {
  /** The versions checked, oldest first. */
  versions: string[]
  /** The rules that ran. */
  rules: RuleRun[]
  /** The configuration file read, or null. */
  config: string | null
  /** The findings, ordered by version, file, line, column, rule and reason. */
  messages: CheckMessage[]
}

/** Runs every configured rule over the versions. Rules only read the model; nothing is written. */
export function checkVersions(corpus: Corpus, versionIds: readonly string[], config: CheckConfig): CheckReport {
  const versions = [...versionIds].sort(compareVersions)
  const lineage = corpusLineage(corpus)
  const messages: CheckMessage[] = []
  for (const id of versions) messages.push(...runRules(corpus.version(id), config, lineage))
  return report(versions, config, messages)
}

/** Checks a version built from `base` by `records` (in memory) against that base; every older version's lineage is `stored`. */
export function checkBuiltVersion(built: Version, base: Version, records: readonly Modification[], config: CheckConfig, stored: Lineage): CheckReport {
  return report([built.id], config, runRules(built, config, builtLineage(built, base, records, stored)))
}

function runRules(version: Version, config: CheckConfig, lineage: Lineage): CheckMessage[] {
  const environment: RuleEnvironment = {lineage, parallelGroups: config.rules.flatMap((configured) => configured.parallelGroups)}
  return config.rules.flatMap((configured) => configured.run(version, environment))
}

function report(versions: string[], config: CheckConfig, messages: CheckMessage[]): CheckReport {
  return {
    versions,
    rules: config.rules.map(({rule, severity}) => ({id: rule.id, summary: rule.summary, url: rule.url, severity})),
    config: config.file,
    messages: sortMessages(messages)
  }
}

/** A stable order, so the same corpus always gives the same report bytes. */
export function sortMessages(messages: readonly CheckMessage[]): CheckMessage[] {
  const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return [...messages].sort(
    (a, b) =>
      (a.version === b.version ? 0 : compareVersions(a.version, b.version)) ||
      text(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      text(a.ruleId ?? '', b.ruleId ?? '') ||
      text(a.reason, b.reason)
  )
}

/** Counts of errors and warnings. */
export function countMessages(report: CheckReport): {errors: number; warnings: number} {
  const errors = report.messages.filter((m) => m.fatal === true).length
  return {errors, warnings: report.messages.length - errors}
}
