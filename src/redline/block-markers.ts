import {acceptRuns, rejectRuns, type Run} from './run.js'

/**
 * Where a text that starts a line would open a markdown block: the index of its list marker (`1.`
 * or `1)`, after the digits), or of a leading `-`, `+`, `*`, `>`, `#` or `=`. A backslash there
 * keeps the line a paragraph.
 */
export function blockMarkerIndex(text: string): number | null {
  if (/^[-+*>#=]/.test(text)) return 0
  const digits = /^\d+(?=[.)])/.exec(text)
  return digits ? digits[0].length : null
}

/**
 * For redlined runs that start a line: per run, the indexes in its text that must be escaped so
 * that neither reading (every change accepted, every change rejected) opens a block. A marker can
 * span runs (`1` kept, `. the` inserted), so it is found in each whole reading, then placed.
 */
export function blockMarkersByRun(runs: readonly Run[]): number[][] {
  const markers = {accept: blockMarkerIndex(acceptRuns(runs)), reject: blockMarkerIndex(rejectRuns(runs))}
  const offsets = {accept: 0, reject: 0}
  return runs.map((run) => {
    const indexes: number[] = []
    for (const reading of ['accept', 'reject'] as const) {
      if (run.type === (reading === 'accept' ? 'delete' : 'insert')) continue
      const marker = markers[reading]
      if (marker !== null && marker >= offsets[reading] && marker < offsets[reading] + run.text.length) indexes.push(marker - offsets[reading])
      offsets[reading] += run.text.length
    }
    return indexes
  })
}

/**
 * Escapes `text` with `escape`, and puts a backslash before each character at `blockMarkers`
 * (every marker character is ASCII punctuation, which a backslash always escapes).
 */
export function escapeWithMarkers(text: string, blockMarkers: readonly number[], escape: (text: string) => string): string {
  let out = ''
  let from = 0
  for (const at of [...blockMarkers].sort((a, b) => a - b)) {
    if (at < from || at >= text.length) continue
    out += `${escape(text.slice(from, at))}\\${text[at] ?? ''}`
    from = at + 1
  }
  return out + escape(text.slice(from))
}
