import stringWidth from 'string-width'
import type {VFileMessage} from 'vfile-message'
import type {CheckReport} from '../check-versions.js'

export interface StylishOptions {
  color?: boolean
  /** Show each message's docs URL and note (the word-level redline). */
  verbose?: boolean
}

/**
 * The report for people, in the layout of `vfile-reporter` 8 (its bytes exactly): one block per
 * file (`sec-text/6.17/section-g.md`), each message a row of place, severity, reason, rule ID and
 * source in aligned columns, its cause (and, verbose, its URL and note) below it, then the totals.
 * Empty when there is nothing to report.
 *
 * Written here rather than called because a full-size report has tens of thousands of cells: each
 * cell's width is measured once, a printable ASCII cell by its length (`vfile-reporter` measures
 * every cell twice with `string-width`, a tenth of `check --all`).
 */
export function stylish(report: CheckReport, options: StylishOptions = {}): string {
  const files = new Map<string, VFileMessage[]>()
  for (const message of report.messages) {
    const path = message.file ?? ''
    const list = files.get(path)
    if (list) list.push(message)
    else files.set(path, [message])
  }
  if (files.size === 0) return ''
  const style = styleOf(options.color ?? false)
  const rows: Row[] = []
  let lastWasMessage = false
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const path of [...files.keys()].sort((a, b) => a.localeCompare(b))) {
    const messages = [...(files.get(path) ?? [])].sort(compareMessage)
    const messageRows: Row[] = []
    for (const message of messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
      else infos++
      messageRows.push(...messageLines(style, message, options.verbose ?? false))
    }
    if (lastWasMessage) rows.push('')
    const fatal = messages.some((message) => message.fatal)
    rows.push(`${style.underline}${fatal ? style.red : style.yellow}${path || '<stdin>'}${style.defaultColor}${style.noUnderline}`)
    rows.push(...messageRows)
    lastWasMessage = messageRows.length > 0
  }
  if (errors > 0 || warnings > 0) rows.push('', byline(style, errors, warnings, errors + warnings + infos))
  return serializeRows(rows)
}

/** A line of the report: a row of cells to align, or a line as it is. */
type Row = string[] | string

interface Style {
  bold: string
  underline: string
  normalIntensity: string
  noUnderline: string
  red: string
  cyan: string
  yellow: string
  defaultColor: string
}

function styleOf(color: boolean): Style {
  const code = (value: string): string => (color ? `\u001B[${value}m` : '')
  return {bold: code('1'), underline: code('4'), normalIntensity: code('22'), noUnderline: code('24'), red: code('31'), cyan: code('36'), yellow: code('33'), defaultColor: code('39')}
}

const EOL = /\r?\n|\r/

/** vfile-sort's order of the messages of a file: line, column, errors first, source, rule, reason. */
function compareMessage(a: VFileMessage, b: VFileMessage): number {
  const text = (x: string | undefined, y: string | undefined): number => String(x || '').localeCompare(String(y || ''))
  return (a.line || 0) - (b.line || 0) || (a.column || 0) - (b.column || 0) || fatalScore(a.fatal) - fatalScore(b.fatal) || text(a.source, b.source) || text(a.ruleId, b.ruleId) || text(a.reason, b.reason)
}

function fatalScore(fatal: boolean | null | undefined): number {
  return fatal ? 0 : fatal === false ? 1 : 2
}

function label(fatal: boolean | null | undefined): string {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info'
}

/** A message's row, and the lines below it: the rest of a reason of several lines, its cause, and (verbose) its URL and note. */
function messageLines(style: Style, message: VFileMessage, verbose: boolean): Row[] {
  const kind = label(message.fatal)
  const reason = message.stack || message.message
  // Cut after the first line break's first character, as vfile-reporter cuts (a CRLF leaves its LF to the rest).
  const end = EOL.exec(reason)?.index
  const first = end === undefined ? reason : reason.slice(0, end)
  const rest = end === undefined ? [] : reason.slice(end + 1).split(EOL)
  const lines: Row[] = [
    [place(message.place), `${kind === 'error' ? style.red : style.yellow}${kind}${style.defaultColor}`, formatReason(style, first), message.ruleId || '', message.source || ''],
    ...rest
  ]
  if (message.cause) lines.push(...causeLines(style, message.cause, verbose))
  if (verbose && message.url) lines.push(`  ${style.bold}[url]${style.normalIntensity}:`, `    ${message.url}`)
  if (verbose && message.note) lines.push(`  ${style.bold}[note]${style.normalIntensity}:`, ...message.note.split(EOL).map((line) => `    ${line}`))
  return lines
}

/** The lines of a message's cause: a message of its own (a row), or an error's stack. */
function causeLines(style: Style, cause: unknown, verbose: boolean): Row[] {
  const lines: Row[] = [`  ${style.bold}[cause]${style.normalIntensity}:`]
  const object = cause !== null && typeof cause === 'object' ? (cause as {stack?: unknown; message?: unknown; cause?: unknown}) : undefined
  const stack = object && (('stack' in object ? String(object.stack) : undefined) || ('message' in object ? String(object.message) : undefined))
  if (object === undefined || typeof stack !== 'string') return [...lines, `    ${String(cause)}`]
  const own: Row[] = 'file' in object && 'fatal' in object ? messageLines(style, object as VFileMessage, verbose) : stack.split(EOL)
  if (!('file' in object && 'fatal' in object) && object.cause) own.push(...causeLines(style, object.cause, verbose))
  const head = own[0]
  if (typeof head === 'string') own[0] = `    ${head}`
  else if (head) head[0] = `    ${head[0] ?? ''}`
  return [...lines, ...own]
}

/** `12:3`, `12:3-12:9`, or nothing, as unist-util-stringify-position writes a place. */
function place(value: VFileMessage['place']): string {
  if (!value || typeof value !== 'object') return ''
  type Point = {line?: number; column?: number} | undefined
  const point = (p: Point): string => `${p?.line || 1}:${p?.column || 1}`
  if ('start' in value || 'end' in value) {
    const {start, end} = value as {start?: Point; end?: Point}
    return `${point(start)}-${point(end)}`
  }
  if ('line' in value || 'column' in value) return point(value)
  return ''
}

/** The reason in bold, its `code` spans in cyan. */
function formatReason(style: Style, reason: string): string {
  const splits: Array<{index: number; size: number}> = []
  let index = reason.indexOf('`')
  while (index !== -1) {
    const split = {index, size: 1}
    splits.push(split)
    while (reason.codePointAt(index + 1) === 96) {
      split.size++
      index++
    }
    index = reason.indexOf('`', index + 1)
  }
  let result = ''
  let textStart = 0
  for (let open = 0; open < splits.length; open++) {
    const start = splits[open] as {index: number; size: number}
    const closeIndex = splits.findIndex((split, at) => at > open && split.size === start.size)
    const close = splits[closeIndex]
    if (!close) continue
    result += `${reason.slice(textStart, start.index)}${style.cyan}${reason.slice(start.index, close.index + close.size)}${style.defaultColor}`
    textStart = close.index + close.size
    open = closeIndex
  }
  return `${style.bold}${result}${reason.slice(textStart)}${style.normalIntensity}`
}

function byline(style: Style, errors: number, warnings: number, total: number): string {
  let result = errors > 0 ? `${style.red}✖${style.defaultColor} ${errors} error${errors === 1 ? '' : 's'}` : ''
  if (warnings > 0) result = `${result ? `${result}, ` : ''}${style.yellow}⚠${style.defaultColor} ${warnings} warning${warnings === 1 ? '' : 's'}`
  return total !== errors && total !== warnings ? `${total} messages (${result})` : result
}

/** The rows with their cells padded to each column's widest, trailing spaces trimmed. */
function serializeRows(rows: readonly Row[]): string {
  const widths = new Map<string, number>()
  const widthOf = (cell: string): number => {
    if (isPrintableAscii(cell)) return cell.length
    let width = widths.get(cell)
    if (width === undefined) widths.set(cell, (width = stringWidth(cell)))
    return width
  }
  const sizes: number[] = []
  const measured = rows.map((row) => {
    if (typeof row === 'string') return undefined
    return row.map((cell, index) => {
      const width = widthOf(cell)
      if (width > (sizes[index] ?? 0)) sizes[index] = width
      return width
    })
  })
  return rows
    .map((row, index) => {
      if (typeof row === 'string') return row.trimEnd()
      const cellWidths = measured[index] ?? []
      return row.map((cell, at) => `${cell}${' '.repeat((sizes[at] ?? 0) + 1 - (cellWidths[at] ?? 0))}`).join('').trimEnd()
    })
    .join('\n')
}

/** Whether every character is printable ASCII (space to tilde): its width is its length. */
function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}
