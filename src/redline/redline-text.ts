import {diffArrays} from 'diff/lib/diff/array.js'
import {compactRuns, type Run} from './run.js'
import {commonEnds, isWordToken, tokenize} from './tokenize.js'

export interface RedlineTextOptions {
  /**
   * Edit budget in tokens. A pair of texts needing more edits than this is marked as one deletion
   * of the old text and one insertion of the new, so the diff never runs away on texts that share
   * nothing. Deterministic (no wall-clock timeout), so the same input always gives the same redline.
   * Default: 40% of the tokens in the changed middle, at least 8 and at most 4,000.
   */
  maxEditLength?: number
}

/**
 * A word-level redline of two texts, the way a careful drafter marks changes: changes separated
 * only by a short common run (a space, a comma, a "the") are folded into one deletion followed by
 * one insertion; within a change the deletion comes first. `acceptRuns` gives `after` and
 * `rejectRuns` gives `before`, always.
 */
export function redlineText(before: string, after: string, options: RedlineTextOptions = {}): Run[] {
  if (before === after) return before === '' ? [] : [{type: 'equal', text: before}]
  const a = tokenize(before)
  const b = tokenize(after)
  const {start, endA, endB} = commonEnds(a, b)
  const middleA = a.slice(start, endA)
  const middleB = b.slice(start, endB)
  const budget = options.maxEditLength ?? Math.min(4000, Math.max(8, Math.ceil((middleA.length + middleB.length) * 0.4)))
  const changes =
    middleA.length === 0 || middleB.length === 0
      ? undefined
      : diffArrays(middleA, middleB, {maxEditLength: budget})
  const segments: Segment[] = [{kind: 'equal', text: a.slice(0, start).join('')}]
  if (changes) {
    for (const change of changes) {
      const text = change.value.join('')
      if (change.added) pushChange(segments, '', text)
      else if (change.removed) pushChange(segments, text, '')
      else segments.push({kind: 'equal', text})
    }
  } else {
    pushChange(segments, middleA.join(''), middleB.join(''))
  }
  segments.push({kind: 'equal', text: a.slice(endA).join('')})
  return toRuns(fold(segments))
}

type Segment = {kind: 'equal'; text: string} | {kind: 'change'; deleted: string; inserted: string}

function pushChange(segments: Segment[], deleted: string, inserted: string): void {
  const last = segments[segments.length - 1]
  if (last?.kind === 'change') {
    last.deleted += deleted
    last.inserted += inserted
  } else segments.push({kind: 'change', deleted, inserted})
}

/** Folds short common runs that stand between two changes into the changes around them. */
function fold(segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const segment of segments.filter((s) => s.kind === 'change' || s.text !== '')) {
    const previous = out[out.length - 1]
    if (segment.kind === 'change' && previous?.kind === 'equal' && out.length >= 2) {
      const before = out[out.length - 2]
      if (before?.kind === 'change' && isShortBridge(previous.text, before, segment)) {
        out.pop()
        before.deleted += previous.text + segment.deleted
        before.inserted += previous.text + segment.inserted
        continue
      }
    }
    if (segment.kind === 'change' && previous?.kind === 'change') {
      previous.deleted += segment.deleted
      previous.inserted += segment.inserted
      continue
    }
    out.push(segment.kind === 'equal' ? {...segment} : {...segment})
  }
  return out
}

/** A common run short enough, next to the changes on each side, to read better inside them. */
function isShortBridge(text: string, left: Extract<Segment, {kind: 'change'}>, right: Extract<Segment, {kind: 'change'}>): boolean {
  const words = tokenize(text).filter(isWordToken)
  if (words.length === 0) return true
  const shortest = Math.min(Math.max(left.deleted.length, left.inserted.length), Math.max(right.deleted.length, right.inserted.length))
  return words.length === 1 ? text.trim().length <= 4 || text.length * 2 <= shortest : words.length <= 2 && text.length * 3 <= shortest
}

function toRuns(segments: Segment[]): Run[] {
  const runs: Run[] = []
  for (const segment of segments) {
    if (segment.kind === 'equal') runs.push({type: 'equal', text: segment.text})
    else {
      runs.push({type: 'delete', text: segment.deleted})
      runs.push({type: 'insert', text: segment.inserted})
    }
  }
  return compactRuns(runs)
}
