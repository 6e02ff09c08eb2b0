import {reportCounts, type FidelityReport, type ParagraphFate} from './fidelity-report.js'
import {describePlace} from './source-paragraph.js'

/** The fidelity reports as text: per source the counts, then every paragraph's fate and every piece of furniture removed. */
export function renderReportText(reports: readonly FidelityReport[]): string {
  const lines: string[] = []
  for (const report of reports) {
    lines.push(`import report: ${report.file}`, `  ${summaryLine(report)}`)
    for (const entry of report.entries) {
      if (entry.fate === 'empty') continue
      const target = entry.target !== undefined ? ` → ${entry.target}` : ''
      lines.push(`  ${entry.fate.padEnd(11)} ${describePlace(entry.place)}${target}: ${quote(entry.text)}`)
      if (entry.reason !== undefined) lines.push(`              ${entry.reason}`)
    }
    for (const piece of report.furniture) lines.push(`  furniture   ${describePlace(piece.place)}${piece.midLine ? ' (inside a line)' : ''}: ${quote(piece.text)}${piece.what !== undefined ? ` (${piece.what})` : ''}`)
    for (const word of report.dehyphenated) lines.push(`  ${word.read === word.printed ? 'hyphen kept' : 'dehyphen'.padEnd(11)} ${describePlace(word.place)}: ${quote(word.printed)} read ${quote(word.read)}${word.read === word.printed ? ' (printed so elsewhere, unbroken)' : ''}`)
    for (const comment of report.comments) lines.push(`  comment     ignored, by ${comment.author}: ${quote(comment.text)}`)
  }
  return `${lines.join('\n')}\n`
}

/** `kept 24, cover 7, instruction 1, furniture 3 (1 inside a line), unplaced 0`. */
export function summaryLine(report: FidelityReport): string {
  const counts = reportCounts(report)
  const order: ParagraphFate[] = ['kept', 'cover', 'instruction', 'furniture', 'empty', 'unplaced', 'ambiguous']
  const midLine = report.furniture.filter((piece) => piece.midLine).length
  const parts = order.filter((fate) => counts[fate] > 0 || fate === 'kept' || fate === 'unplaced').map((fate) => `${fate} ${counts[fate]}${fate === 'furniture' && midLine > 0 ? ` (${midLine} inside a line)` : ''}`)
  const joined = report.dehyphenated.filter((word) => word.read !== word.printed).length
  const kept = report.dehyphenated.length - joined
  if (joined > 0) parts.push(`dehyphenated ${joined}`)
  if (kept > 0) parts.push(`hyphens kept at a line end ${kept}`)
  if (report.comments.length > 0) parts.push(`comments ignored ${report.comments.length}`)
  if (report.trackedChanges > 0) parts.push(`tracked changes read accepted ${report.trackedChanges}`)
  return parts.join(', ')
}

/** The reports as JSON (schema `sec-redline/import-report@1`). */
export function renderReportJson(reports: readonly FidelityReport[]): string {
  return `${JSON.stringify({schema: 'sec-redline/import-report@1', sources: reports.map((report) => ({file: report.file, counts: reportCounts(report), dehyphenated: report.dehyphenated.filter((word) => word.read !== word.printed).length, dehyphenations: report.dehyphenated, trackedChanges: report.trackedChanges, paragraphs: report.entries, furniture: report.furniture, comments: report.comments}))}, null, 2)}\n`
}

function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text
  return `"${short}"`
}
