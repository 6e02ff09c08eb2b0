import type {Run} from '../redline/run.js'
import {acceptRuns, compactRuns, rejectRuns} from '../redline/run.js'
import type {MarkupSegment} from './parse-critic-markup.js'
import {segmentsToRuns} from './parse-critic-markup.js'
import {LABEL_SOURCE} from '../model/ids.js'

/** Where a field's text starts on its source line. */
export type FieldLine = 'clause' | 'item' | 'tail'

const PREFIX: Record<FieldLine, RegExp> = {
  clause: /^\*\*[^*\\]+\*\* ?/,
  item: new RegExp(`^[ \\t]*- \\(${LABEL_SOURCE}\\) ?`),
  tail: /^[ \t]*/
}

/** Resolves backslash escapes, the only markdown the tool's own drafting puts into text. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/**
 * The runs of a field exactly as the drafter marked it: the source line whose two readings are
 * the field's before and after texts, its marks kept where the drafter put them. Undefined when
 * no single line carries the field in that simple form (then the caller computes a redline).
 */
export function drafterRuns(source: string, segments: readonly MarkupSegment[], line: FieldLine, before: string, after: string): Run[] | undefined {
  for (const runs of sourceLineRuns(source, segments)) {
    if (!runs || runs[0]?.type !== 'equal') continue
    const prefix = PREFIX[line].exec(runs[0].text)?.[0] ?? ''
    if (line !== 'tail' && prefix === '') continue
    const body = compactRuns([{...runs[0], text: runs[0].text.slice(prefix.length)}, ...runs.slice(1)]).map((run) => ({...run, text: unescape(run.text)}))
    if (acceptRuns(body) === after && rejectRuns(body) === before) return body
  }
  return undefined
}

/** The runs of each source line (see {@link lineRuns}), worked out once per source: a clause asks for each of its changed fields. */
const linesCache = new WeakMap<readonly MarkupSegment[], {source: string; lines: Array<Run[] | undefined>}>()

function sourceLineRuns(source: string, segments: readonly MarkupSegment[]): Array<Run[] | undefined> {
  const cached = linesCache.get(segments)
  if (cached && cached.source === source) return cached.lines
  const lines: Array<Run[] | undefined> = []
  let start = 0
  for (const text of source.split('\n')) {
    const end = start + text.length
    lines.push(lineRuns(segments, start, end))
    start = end + 1
  }
  linesCache.set(segments, {source, lines})
  return lines
}

/** The runs of one source line, or undefined when a mark crosses the line's ends. */
function lineRuns(segments: readonly MarkupSegment[], start: number, end: number): Run[] | undefined {
  const inside: MarkupSegment[] = []
  for (const segment of segments) {
    const segmentEnd = segment.type === 'equal' ? segment.start + segment.text.length : segment.end
    if (segmentEnd <= start || segment.start >= end) continue
    if (segment.type === 'equal') {
      const from = Math.max(start, segment.start)
      const to = Math.min(end, segmentEnd)
      inside.push({type: 'equal', text: segment.text.slice(from - segment.start, to - segment.start), start: from})
    } else if (segment.start < start || segment.end > end) return undefined
    else inside.push(segment)
  }
  return segmentsToRuns(inside)
}
