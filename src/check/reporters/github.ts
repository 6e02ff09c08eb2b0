import type {CheckReport} from '../check-versions.js'
import {stylish} from './stylish.js'

/** Escapes a workflow command's message as the Actions toolkit does: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value as the Actions toolkit does: also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * The report as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`),
 * one per message, followed by the stylish report: GitHub shows at most 10 annotations of each
 * kind per step, and the log must still hold every finding.
 */
export function github(report: CheckReport): string {
  const lines = report.messages.map((message) => {
    const properties = [
      ['file', message.file ?? ''],
      ['line', String(message.line ?? 1)],
      ['col', String(message.column ?? 1)],
      ['title', `${message.ruleId ?? ''} (${message.version})`]
    ]
      .map(([key, value]) => `${key}=${escapeProperty(value ?? '')}`)
      .join(',')
    return `::${message.fatal ? 'error' : 'warning'} ${properties}::${escapeData(message.reason)}`
  })
  const human = stylish(report)
  return [...lines, ...(human === '' ? [] : [human])].join('\n') + (lines.length > 0 || human !== '' ? '\n' : '')
}
