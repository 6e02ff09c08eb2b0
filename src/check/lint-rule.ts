import type {Version} from '../model/types.js'
import {causeMessage, CheckMessage, placeOf, isProvision, SOURCE} from './check-message.js'
import type {ConfigNode} from './config/config-node.js'
import type {Finding, RuleContext, RuleEnvironment, RuleExample, Severity} from './types.js'

/** Where each rule's documentation lives: the rule's section of the README. */
export const RULE_DOCS = 'https://github.com/sec-redline/sec-redline/blob/main/README.md#rule-'

/** Reads a rule's options from its configuration; every getter names the key when the value is wrong. */
export interface OptionsReader {
  /** The value of an option key, or undefined when it is not configured. */
  get(key: string): ConfigNode | undefined
}

/** What a rule module defines: its check function, its options, its documentation and examples. */
export interface RuleSpec<Options> {
  /** `parallel-wording`: named by what it keeps consistent. */
  id: string
  /** One line: what the rule checks. */
  summary: string
  defaultSeverity: Severity
  /** The option keys the rule accepts (besides `severity`). */
  optionKeys: readonly string[]
  /** Reads and validates the options; bad options are fatal configuration errors. */
  readOptions: (reader: OptionsReader) => Options
  /** Checks one version and reports findings; never thinks about severity or output format. */
  check: (context: RuleContext<Options>) => void
  /** The groups of provisions the options declare parallel (`parallel-wording`), for the other rules to leave alone. */
  parallelGroups?: (options: Options) => string[][]
  examples: RuleExample[]
}

/** A rule set up with a severity and its options, ready to check versions. */
export interface ConfiguredRule {
  rule: Rule
  severity: Exclude<Severity, 'off'>
  /** The groups of provisions this rule's configuration declares parallel; empty for most rules. */
  parallelGroups: string[][]
  run: (version: Version, environment?: RuleEnvironment) => CheckMessage[]
}

/** A rule, wrapped: the wrapper owns severity, stamps messages and validates options. */
export interface Rule {
  id: string
  summary: string
  url: string
  defaultSeverity: Severity
  optionKeys: readonly string[]
  examples: RuleExample[]
  /** Sets the rule up; `options` is the rule's mapping in the configuration (its `severity` key is ignored here). */
  configure: (severity: Exclude<Severity, 'off'>, options: ConfigNode | undefined) => ConfiguredRule
}

/**
 * Wraps a rule's check function the way remark-lint's `lintRule` does: the wrapper owns the
 * severity (`fatal: true` for errors, `false` for warnings), stamps every message with `ruleId`,
 * `source`, `url`, the place of the provision in `sec-text/` and a `cause` pointing at the related
 * place, and reads the options once, before any version is checked.
 */
export function lintRule<Options>(spec: RuleSpec<Options>): Rule {
  const url = `${RULE_DOCS}${spec.id}`
  const rule: Rule = {
    id: spec.id,
    summary: spec.summary,
    url,
    defaultSeverity: spec.defaultSeverity,
    optionKeys: spec.optionKeys,
    examples: spec.examples,
    configure(severity, node) {
      const values = new Map(node ? node.entries('a severity or a mapping of options', ['severity', ...spec.optionKeys]) : [])
      const options = spec.readOptions({get: (key) => values.get(key)})
      return {
        rule,
        severity,
        parallelGroups: spec.parallelGroups?.(options) ?? [],
        run(version, environment = {}) {
          const messages: CheckMessage[] = []
          const context: RuleContext<Options> = {
            ...environment,
            version,
            options,
            report: (finding) => void messages.push(toMessage(finding, version.id, severity))
          }
          spec.check(context)
          return messages
        }
      }
    }
  }

  function toMessage(finding: Finding, versionId: string, severity: Exclude<Severity, 'off'>): CheckMessage {
    const place = finding.place ?? placeOf(finding.at)
    // A finding is not a program error: its stack trace would say nothing and costs more than the check.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: CheckMessage
    try {
      message = new CheckMessage(finding.reason, {
        place: place ? (place.end ? {start: place.start, end: place.end} : place.start) : undefined,
        ruleId: spec.id,
        source: SOURCE,
        cause: finding.cause ? causeMessage(finding.cause.reason, finding.cause.at) : undefined
      })
    } finally {
      Error.stackTraceLimit = limit
    }
    message.file = place?.file ?? ''
    message.url = url
    message.fatal = (finding.severity ?? severity) === 'error'
    message.version = versionId
    message.fixes = finding.fixes ?? []
    if (isProvision(finding.at)) message.provisionId = finding.at.id
    if (finding.actual !== undefined) message.actual = finding.actual
    if (finding.expected !== undefined) message.expected = finding.expected
    if (finding.note !== undefined) message.note = finding.note
    return message
  }

  return rule
}
