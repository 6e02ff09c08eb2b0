/** A progress line on a terminal: redrawn in place, cleared when the work is done. */
export interface ProgressLine {
  /** Draws `text` in place of the last progress text (at most every 100 ms; the first at once). */
  show: (text: string) => void
  /** Clears the line, so that what is printed next starts on a clean line. */
  clear: () => void
}

const INTERVAL_MS = 100

/**
 * A progress line on `stream`, drawn only where a person watches it: the stream is a terminal,
 * not a dumb one, and no CI is set (CI logs and piped output never see it). Elsewhere it does nothing.
 */
export function createProgressLine(stream: {isTTY?: boolean; columns?: number; write: (text: string) => unknown}, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): ProgressLine {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false'
  if (!stream.isTTY || ci || env.TERM === 'dumb') return {show: () => undefined, clear: () => undefined}
  let drawn = false
  let last = Number.NEGATIVE_INFINITY
  return {
    show: (text) => {
      const at = now()
      if (at - last < INTERVAL_MS) return
      last = at
      const width = Math.max(10, (stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80) - 1)
      const fitted = text.length > width ? `${text.slice(0, width - 1)}…` : text
      stream.write(`\r\u001b[K${fitted}`)
      drawn = true
    },
    clear: () => {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
      last = Number.NEGATIVE_INFINITY
    }
  }
}

/** What a reader reports, in words: `reading sec.docx: 12000 paragraphs (45%)`, `reading a.pdf: page 3 of 90`. */
export function describeReadProgress(progress: {file: string; unit: 'paragraphs' | 'pages'; done: number; total?: number; fraction: number}): string {
  const name = progress.file.split(/[\\/]/).pop() ?? progress.file
  if (progress.unit === 'pages') return `reading ${name}: page ${progress.done}${progress.total !== undefined ? ` of ${progress.total}` : ''}`
  return `reading ${name}: ${progress.done} paragraphs (${Math.floor(progress.fraction * 100)}%)`
}
