import type {Place} from '../model/types.js'
import type {MarkupSegment, SourceOrigin} from './parse-critic-markup.js'
import {placeAt} from './parse-critic-markup.js'

/** A reading of CriticMarkup source: every mark accepted, or every mark rejected. */
export interface View {
  /** The plain markdown of this reading: no marks, blank-line runs folded, no blank lines at either end. */
  text: string
  /** For each character of `text`, its offset in the source (so places map back to the source file). */
  offsets: number[]
}

/** Both readings of a piece of CriticMarkup source. */
export interface Views {
  accept: View
  reject: View
}

/**
 * Resolves marks into the two readings. A mark that fills its lines (only indentation before its
 * opener, only the line end after its closer) is a block mark: where its content is dropped, the
 * lines go too, so a whole sub-paragraph or clause can be inserted or deleted.
 */
export function resolveViews(source: string, segments: readonly MarkupSegment[]): Views {
  return {accept: resolve(source, segments, 'accept'), reject: resolve(source, segments, 'reject')}
}

function resolve(source: string, segments: readonly MarkupSegment[], reading: 'accept' | 'reject'): View {
  const keep: Array<[number, number]> = []
  const drop: Array<[number, number]> = []
  for (const segment of segments) {
    if (segment.type === 'equal') {
      keep.push([segment.start, segment.start + segment.text.length])
      continue
    }
    const contentStart = segment.start + 3
    if (segment.type === 'substitute') {
      const arrow = contentStart + segment.old.length
      keep.push(reading === 'accept' ? [arrow + 2, segment.end - 3] : [contentStart, arrow])
      continue
    }
    const kept = (segment.type === 'insert') === (reading === 'accept')
    if (kept) keep.push([contentStart, segment.end - 3])
    else {
      const block = blockRange(source, segment.start, segment.end)
      if (block) drop.push(block)
    }
  }
  let text = ''
  const offsets: number[] = []
  let dropped: Uint8Array | undefined
  for (const [start, end] of keep) {
    if (drop.length === 0) {
      // Nothing dropped (the common case): the range whole.
      text += source.slice(start, end)
      for (let offset = start; offset < end; offset++) offsets.push(offset)
      continue
    }
    dropped ??= droppedOffsets(source.length, drop)
    for (let offset = start; offset < end; offset++) {
      if (dropped[offset] === 1) continue
      text += source[offset]
      offsets.push(offset)
    }
  }
  return normalize({text, offsets})
}

/** A mask of the source: 1 at each offset inside one of the dropped ranges. */
function droppedOffsets(length: number, drop: ReadonlyArray<[number, number]>): Uint8Array {
  const mask = new Uint8Array(length)
  for (const [start, end] of drop) mask.fill(1, Math.max(0, start), Math.min(length, end))
  return mask
}

/** The whole lines a mark fills, with one line end, or undefined when the mark shares its lines with text. */
function blockRange(source: string, start: number, end: number): [number, number] | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  if (source.slice(lineStart, start).trim() !== '') return undefined
  if (end < source.length && source[end] !== '\n') return undefined
  if (end < source.length) return [lineStart, end + 1]
  return [lineStart > 0 ? lineStart - 1 : 0, end]
}

/** Folds runs of blank lines into one and drops blank lines at either end. */
function normalize(view: View): View {
  const lines: Array<{text: string; offsets: number[]}> = []
  let lineStart = 0
  for (;;) {
    const lineEnd = view.text.indexOf('\n', lineStart)
    const stop = lineEnd < 0 ? view.text.length : lineEnd
    lines.push({text: view.text.slice(lineStart, stop), offsets: view.offsets.slice(lineStart, stop)})
    if (lineEnd < 0) break
    lineStart = lineEnd + 1
  }
  const kept: typeof lines = []
  for (const line of lines) {
    const blank = line.text.trim() === ''
    if (blank && (kept.length === 0 || kept[kept.length - 1]?.text === '')) continue
    kept.push(blank ? {text: '', offsets: []} : line)
  }
  while (kept.length > 0 && kept[kept.length - 1]?.text === '') kept.pop()
  const text = kept.map((line) => line.text).join('\n')
  const offsets: number[] = []
  kept.forEach((line, index) => {
    offsets.push(...line.offsets)
    if (index < kept.length - 1) offsets.push(line.offsets[line.offsets.length - 1] ?? offsets[offsets.length - 1] ?? 0)
  })
  return {text, offsets}
}

/** The source place of a view's 1-based line and column. */
export function viewPlace(view: View, source: string, origin: SourceOrigin, line: number, column: number): Place {
  // The offset of the line's start: past one line end per line before it (past the whole text and one more when it has fewer lines).
  let offset = 0
  for (let index = 0; index < line - 1; index++) {
    const lineEnd = view.text.indexOf('\n', offset)
    if (lineEnd < 0) {
      offset = view.text.length + 1
      break
    }
    offset = lineEnd + 1
  }
  offset += column - 1
  const sourceOffset = view.offsets[Math.min(offset, view.offsets.length - 1)] ?? 0
  return placeAt(source, sourceOffset, origin)
}
