import {plainRedline} from '../../redline/plain-notation.js'
import type {Run} from '../../redline/run.js'

/** Quotes text for a message: trimmed, in double quotes, long text shortened in the middle. */
export function quote(text: string, max = 120, mark = '"'): string {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  if (trimmed.length <= max) return `${mark}${trimmed}${mark}`
  const half = Math.floor((max - 3) / 2)
  return `${mark}${trimmed.slice(0, half)}…${trimmed.slice(trimmed.length - half)}${mark}`
}

/** How each change of a redline is put in words: a deletion followed by its insertion, a deletion alone, an insertion alone. */
export interface ChangeWords {
  replaced(deleted: string, inserted: string): string
  deleted(text: string): string
  inserted(text: string): string
}

/** The changes of a redline in words, joined by commas: a deletion followed by an insertion is one replacement. */
export function describeChanges(runs: readonly Run[], words: ChangeWords): string {
  const parts: string[] = []
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]
    if (!run || run.type === 'equal') continue
    const next = runs[index + 1]
    if (run.type === 'delete' && next?.type === 'insert') {
      parts.push(words.replaced(run.text, next.text))
      index++
    } else parts.push(run.type === 'delete' ? words.deleted(run.text) : words.inserted(run.text))
  }
  return parts.join(', ')
}

/**
 * Says in words what turns `before` into `after`, from a redline of the two: `missing "which
 * forms part of a SMETS2+ Device"`, `extra "the"`, `"shall" instead of "may"`.
 */
export function describeRuns(runs: readonly Run[]): string {
  return describeChanges(runs, {
    replaced: (deleted, inserted) => `${quote(deleted)} instead of ${quote(inserted)}`,
    deleted: (text) => `extra ${quote(text)}`,
    inserted: (text) => `missing ${quote(text)}`
  })
}

/** The redline in the plain-text notation: `[-deleted-]` and `[+inserted+]` around the changed words. */
export function inlineRedline(runs: readonly Run[]): string {
  return plainRedline(runs)
}

/** The range of `before` that the runs change, and what it becomes; undefined when nothing changes. */
export function changedRange(runs: readonly Run[]): {start: number; end: number; text: string} | undefined {
  const first = runs.findIndex((run) => run.type !== 'equal')
  if (first < 0) return undefined
  let last = runs.length - 1
  while (runs[last]?.type === 'equal') last--
  const beforeLength = (list: readonly Run[]): number => list.reduce((sum, run) => sum + (run.type === 'insert' ? 0 : run.text.length), 0)
  const changed = runs.slice(first, last + 1)
  const start = beforeLength(runs.slice(0, first))
  return {
    start,
    end: start + beforeLength(changed),
    text: changed.filter((run) => run.type !== 'delete').map((run) => run.text).join('')
  }
}
