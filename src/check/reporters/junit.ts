import type {CheckMessage} from '../check-message.js'
import type {CheckReport} from '../check-versions.js'
import {escapeXml} from '../../escape/xml.js'

export interface JunitOptions {
  /** Count warnings as failures too (`--frail`). */
  frail?: boolean
}

/**
 * The report as JUnit XML: one test suite per version, one test case per rule in it. A test
 * case fails when its rule reported an error (or, with `frail`, a warning) in that version; every
 * message is listed in the failure, and warnings of a passing case in its `system-out`.
 */
export function junit(report: CheckReport, options: JunitOptions = {}): string {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  for (const version of report.versions) {
    const cases: string[] = []
    let suiteFailures = 0
    for (const rule of report.rules) {
      const messages = report.messages.filter((m) => m.version === version && m.ruleId === rule.id)
      const failing = messages.some((m) => m.fatal === true || options.frail === true)
      const name = `name="${escapeXml(rule.id)}" classname="${escapeXml(`redline check.${version}`)}"`
      if (messages.length === 0) cases.push(`    <testcase ${name}/>`)
      else if (failing) {
        suiteFailures++
        const body = messages.map(describe).join('\n')
        cases.push(
          `    <testcase ${name}>\n      <failure message="${escapeXml(`${messages.length} finding${messages.length === 1 ? '' : 's'} of ${rule.id} in ${version}`)}" type="${escapeXml(rule.id)}">${escapeXml(body)}</failure>\n    </testcase>`
        )
      } else cases.push(`    <testcase ${name}>\n      <system-out>${escapeXml(messages.map(describe).join('\n'))}</system-out>\n    </testcase>`)
    }
    tests += report.rules.length
    failures += suiteFailures
    suites.push(
      `  <testsuite name="${escapeXml(`redline check ${version}`)}" tests="${report.rules.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`
    )
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="redline check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`
}

function describe(message: CheckMessage): string {
  const cause = message.cause as CheckMessage | undefined
  const where = `${message.file ?? ''}:${message.line ?? 1}:${message.column ?? 1}`
  const related = cause ? ` (see ${cause.file ?? ''}:${cause.line ?? 1}:${cause.column ?? 1}: ${cause.reason})` : ''
  return `${where}: ${message.fatal ? 'error' : 'warning'}: ${message.reason} [${message.ruleId ?? ''}]${related}`
}

export {escapeXml}
