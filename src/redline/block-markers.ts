import {blockMarkerIndex} from '../escape/markdown.js'
import {acceptRuns, rejectRuns, type Run} from './run.js'

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
