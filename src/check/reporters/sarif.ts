import type {Location, Log, ReportingDescriptor, Result} from 'sarif'
import type {CheckMessage} from '../check-message.js'
import type {CheckReport} from '../check-versions.js'

export interface SarifOptions {
  /** The sec-redline version, for `tool.driver.version`. */
  toolVersion?: string
}

/**
 * The report as SARIF 2.1.0, for GitHub code scanning: one run, the rules that ran as
 * `tool.driver.rules` (with their docs URLs), one result per message at its place in `sec-text/`,
 * the cause as a related location, the checked version in the result's properties.
 */
export function sarif(report: CheckReport, options: SarifOptions = {}): string {
  const rules: ReportingDescriptor[] = report.rules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: {text: rule.summary},
    helpUri: rule.url,
    defaultConfiguration: {level: rule.severity === 'error' ? 'error' : 'warning'}
  }))
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]))
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sec-redline',
            ...(options.toolVersion ? {version: options.toolVersion} : {}),
            informationUri: 'https://github.com/sec-redline/sec-redline',
            rules
          }
        },
        originalUriBaseIds: {ROOT: {description: {text: 'The corpus root, holding sec-text/ and redline.config.yaml.'}}},
        results: report.messages.map((message) => toResult(message, ruleIndex))
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function toResult(message: CheckMessage, ruleIndex: Map<string, number>): Result {
  const result: Result = {
    ruleId: message.ruleId ?? '',
    level: message.fatal ? 'error' : 'warning',
    message: {text: message.reason},
    locations: [location(message)],
    properties: {version: message.version, ...(message.provisionId ? {provision: message.provisionId} : {})}
  }
  const index = ruleIndex.get(message.ruleId ?? '')
  if (index !== undefined) result.ruleIndex = index
  const cause = message.cause as CheckMessage | undefined
  if (cause) result.relatedLocations = [{id: 1, ...location(cause), message: {text: cause.reason}}]
  return result
}

function location(message: {file?: string | undefined; line?: number | undefined; column?: number | undefined}): Location {
  return {
    physicalLocation: {
      artifactLocation: {uri: encodeURI(message.file ?? ''), uriBaseId: 'ROOT'},
      region: {startLine: message.line ?? 1, startColumn: message.column ?? 1}
    }
  }
}
