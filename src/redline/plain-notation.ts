import type {Run} from './run.js'

/**
 * The one plain-text notation for inserted and deleted words, wherever a redline is written
 * without colour or markup (annex, diff, history, check messages): `[+inserted+]` and
 * `[-deleted-]`.
 */
export function markRun(type: Run['type'], text: string): string {
  if (type === 'insert') return `[+${text}+]`
  if (type === 'delete') return `[-${text}-]`
  return text
}

/** Runs in the plain-text notation, their text passed through `show` first (e.g. to make control characters visible). */
export function plainRedline(runs: readonly Run[], show: (text: string) => string = (text) => text): string {
  return runs.map((run) => markRun(run.type, show(run.text))).join('')
}
