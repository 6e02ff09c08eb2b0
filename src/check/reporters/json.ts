import type {CheckMessage} from '../check-message.js'
import {countMessages, type CheckReport} from '../check-versions.js'

/** A message as plain data. */
export interface JsonMessage {
  version: string
  file: string
  line: number | null
  column: number | null
  severity: 'error' | 'warning'
  ruleId: string
  reason: string
  url: string | null
  provision: string | null
  actual: string | null
  expected: string[] | null
  note: string | null
  cause: {reason: string; file: string; line: number | null; column: number | null} | null
  fixes: CheckMessage['fixes']
}

/** The report as JSON (`sec-redline/check@1`): versions, rules, counts and every message with its cause and fixes. */
export function json(report: CheckReport): string {
  return `${JSON.stringify(
    {
      schema: 'sec-redline/check@1',
      versions: report.versions,
      config: report.config,
      rules: report.rules,
      summary: countMessages(report),
      messages: report.messages.map(toJson)
    },
    null,
    2
  )}\n`
}

export function toJson(message: CheckMessage): JsonMessage {
  const cause = message.cause as CheckMessage | undefined
  return {
    version: message.version,
    file: message.file ?? '',
    line: message.line ?? null,
    column: message.column ?? null,
    severity: message.fatal ? 'error' : 'warning',
    ruleId: message.ruleId ?? '',
    reason: message.reason,
    url: message.url ?? null,
    provision: message.provisionId ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    note: message.note ?? null,
    cause: cause ? {reason: cause.reason, file: cause.file ?? '', line: cause.line ?? null, column: cause.column ?? null} : null,
    fixes: message.fixes
  }
}
