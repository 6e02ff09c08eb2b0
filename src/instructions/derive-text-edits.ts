import {isDeepStrictEqual} from 'node:util'
import {isWordToken, tokenize} from '../redline/tokenize.js'
import type {Run} from '../redline/run.js'
import {applyTextEdit, occurrences} from './edit-text.js'
import {formatEdit} from './format-instructions.js'
import type {TextEdit} from './instruction-types.js'
import {readEdit} from './parse-instructions.js'

/**
 * The text edits that turn one field's old text into its new text, in the drafting style: each
 * quotes whole words (`for "manufacturer or developer" substitute "manufacturer, developer or
 * service provider"`), changes a word or less apart are one edit, and words that stand more than
 * once are named by their place ("the second"). Every edit is proven by applying it and by
 * reading its written form back. Undefined when no edit of the field reads back (words that
 * contain the instruction's own phrasing); the caller then substitutes the whole clause.
 */
export function deriveTextEdits(runs: readonly Run[]): TextEdit[] | undefined {
  const edits: TextEdit[] = []
  let current = runs.filter((run) => run.type !== 'insert').map((run) => run.text).join('')
  for (const hunk of mergeClose(hunksOf(runs))) {
    const expected = current.slice(0, hunk.at) + hunk.inserted + current.slice(hunk.at + hunk.deleted.length)
    const edit = editFor(current, hunk.at, hunk.deleted, hunk.inserted, expected)
    if (!edit) return undefined
    edits.push(edit)
    current = expected
  }
  return edits
}

/** One change: the deleted and inserted text at an offset of the new text before it (the old text after it). */
interface Hunk {
  at: number
  deleted: string
  inserted: string
  /** The unchanged text that follows, up to the next change. */
  gap: string
}

function hunksOf(runs: readonly Run[]): Hunk[] {
  const hunks: Hunk[] = []
  let at = 0
  for (const run of runs) {
    const last = hunks.at(-1)
    if (run.type === 'equal') {
      if (last) last.gap += run.text
      at += run.text.length
      continue
    }
    const open = last && last.gap === '' && last.at + last.inserted.length === at ? last : undefined
    const hunk = open ?? {at, deleted: '', inserted: '', gap: ''}
    if (!open) hunks.push(hunk)
    if (run.type === 'delete') hunk.deleted += run.text
    else {
      hunk.inserted += run.text
      at += run.text.length
    }
  }
  return hunks
}

/** Changes one word or less apart read as one change. */
function mergeClose(hunks: Hunk[]): Hunk[] {
  const out: Hunk[] = []
  for (const hunk of hunks) {
    const last = out.at(-1)
    if (last && tokenize(last.gap).filter(isWordToken).length <= 1) {
      last.deleted += last.gap + hunk.deleted
      last.inserted += last.gap + hunk.inserted
      last.gap = hunk.gap
    } else out.push({...hunk})
  }
  return out.map(trimCommon)
}

/** Leaves out what a merged change deletes and inserts alike at its edges (the space between two changed words). */
function trimCommon(hunk: Hunk): Hunk {
  let {at, deleted, inserted} = hunk
  let suffix = ''
  while (deleted !== '' && inserted !== '' && deleted.at(-1) === inserted.at(-1) && !SURROGATE.test(deleted.at(-1) as string)) {
    suffix = (deleted.at(-1) as string) + suffix
    deleted = deleted.slice(0, -1)
    inserted = inserted.slice(0, -1)
  }
  while (deleted !== '' && inserted !== '' && deleted[0] === inserted[0] && !SURROGATE.test(deleted[0] as string)) {
    deleted = deleted.slice(1)
    inserted = inserted.slice(1)
    at++
  }
  return {at, deleted, inserted, gap: suffix + hunk.gap}
}

function editFor(current: string, at: number, deleted: string, inserted: string, expected: string): TextEdit | undefined {
  const proven = (edit: TextEdit): boolean => {
    const result = applyTextEdit(current, edit)
    return result.ok && result.text === expected && readsBack(edit)
  }
  const bounds = tokenBounds(current)
  const found = simpleEdits(current, at, deleted, inserted, bounds).find(proven)
  if (found) return wholeTerm(current, found, proven)
  const whole = wholeWords(current, at, deleted, inserted, bounds)
  if (whole) {
    const edit = substitution(current, whole.left, whole.words, whole.by)
    if (proven(edit)) return edit
  }
  // Substitute the changed words with as much context on either side as makes them stand once.
  const lefts = [at, ...bounds.filter((b) => b < at).reverse()]
  const rights = [at + deleted.length, ...bounds.filter((b) => b > at + deleted.length)]
  for (let grow = 0; grow < Math.max(lefts.length, rights.length); grow++) {
    const left = lefts[Math.min(grow, lefts.length - 1)] as number
    const right = rights[Math.min(grow, rights.length - 1)] as number
    const words = current.slice(left, right)
    if (words === '') continue
    const by = current.slice(left, at) + inserted + current.slice(at + deleted.length, right)
    const edit: TextEdit = by === '' ? {kind: 'omit', words} : {kind: 'substitute', words, by}
    if (proven(edit)) return edit
  }
  const last: TextEdit = current === '' ? {kind: 'insert', words: inserted} : expected === '' ? {kind: 'omit', words: current} : {kind: 'substitute', words: current, by: expected}
  return proven(last) ? last : undefined
}

/** "after … insert …", "before … insert …" and "omit …" on whole words, where the change is a pure insertion or omission. */
function simpleEdits(current: string, at: number, deleted: string, inserted: string, bounds: number[]): TextEdit[] {
  const candidates: TextEdit[] = []
  if (current === '') candidates.push({kind: 'insert', words: inserted})
  if (deleted === '' && inserted.trim() !== '') {
    const words = inserted.trim()
    const end = trimEnd(current, at)
    const afters = bounds.filter((b) => b < end).reverse().map((start) => current.slice(start, end)).filter(isWhole)
    const start = trimStart(current, at)
    const befores = bounds.filter((b) => b > start).map((stop) => current.slice(start, stop)).filter(isWhole)
    const once = (anchor: string): boolean => occurrences(current, anchor).length === 1
    const short = (anchor: string): boolean => tokenize(anchor).filter(isWordToken).length <= 4
    // A unique anchor of a few words, else the nearest word named by its place, else a longer unique anchor.
    for (const after of afters.filter(short)) if (once(after)) candidates.push({kind: 'insert', after, words})
    for (const before of befores.filter(short)) if (once(before)) candidates.push({kind: 'insert', before, words})
    const nearest = afters[0]
    if (nearest !== undefined) candidates.push(withPlace({kind: 'insert', after: nearest, words}, current, end - nearest.length, nearest))
    const next = befores[0]
    if (next !== undefined) candidates.push(withPlace({kind: 'insert', before: next, words}, current, start, next))
    for (const after of afters.filter((anchor) => !short(anchor))) if (once(after)) candidates.push({kind: 'insert', after, words})
  }
  if (inserted === '' && deleted.trim() !== '' && isWhole(deleted.trim())) {
    const words = deleted.trim()
    candidates.push(withPlace({kind: 'omit', words}, current, at + deleted.indexOf(words), words))
  }
  return candidates
}

/** The changed words grown to whole words on both sides: `manufacturer or developer` rather than ` or developer (`. */
function wholeWords(current: string, at: number, deleted: string, inserted: string, bounds: number[]): {left: number; words: string; by: string} | undefined {
  let left = at
  let right = at + deleted.length
  for (;;) {
    const words = current.slice(left, right)
    const by = current.slice(left, at) + inserted + current.slice(at + deleted.length, right)
    const badLeft = !startsWell(words) || !startsWell(by) || midWord(current, left)
    const badRight = !endsWell(words) || !endsWell(by) || midWord(current, right)
    if (!badLeft && !badRight) return {left, words, by}
    const previous = bounds.filter((b) => b < left).at(-1)
    const next = bounds.find((b) => b > right)
    if (badLeft && previous !== undefined) left = previous
    else if (badRight && next !== undefined) right = next
    else if (previous !== undefined) left = previous
    else if (next !== undefined) right = next
    else return undefined
  }
}

/** `for "x" substitute "y"` (or `omit "x"`) at an offset, naming the occurrence where the words repeat. */
function substitution(current: string, left: number, words: string, by: string): TextEdit {
  return withPlace(by === '' ? {kind: 'omit', words} : {kind: 'substitute', words, by}, current, left, words)
}

/** The edit with "the first", "the second" … where its words stand more than once. */
function withPlace<T extends TextEdit>(edit: T, current: string, offset: number, words: string): T {
  const places = occurrences(current, words)
  return places.length > 1 ? {...edit, occurrence: places.indexOf(offset) + 1} : edit
}

const SURROGATE = /[\uD800-\uDFFF]/
const WORD = /[\p{L}\p{N}]/u

function startsWell(text: string): boolean {
  return text !== '' && WORD.test(text) && !/^[\s)\]}”’,;:.]/u.test(text)
}

function endsWell(text: string): boolean {
  return text !== '' && WORD.test(text) && !/[\s([{“‘]$/u.test(text)
}

function midWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && WORD.test(text.charAt(offset - 1)) && WORD.test(text.charAt(offset))
}

function isWhole(text: string): boolean {
  return startsWell(text) && endsWell(text)
}

/** Whether the edit's written form reads back as the same edit. */
function readsBack(edit: TextEdit): boolean {
  try {
    return isDeepStrictEqual(readEdit(formatEdit(edit)), edit)
  } catch {
    return false
  }
}

/**
 * Grows an "after" anchor that starts inside a capitalised phrase (a defined term such as "Gas
 * Proxy Function") to the start of that phrase, so the anchor reads as the term it names.
 */
function wholeTerm(current: string, edit: TextEdit, works: (edit: TextEdit) => boolean): TextEdit {
  if (edit.kind !== 'insert' || edit.after === undefined || edit.occurrence !== undefined) return edit
  let anchor = edit.after
  for (;;) {
    const start = current.indexOf(anchor)
    const previous = /([\p{Lu}][\p{L}\p{N}+'’-]*) $/u.exec(current.slice(0, start))
    if (!previous || !/^\p{Lu}/u.test(anchor)) break
    const longer: TextEdit = {...edit, after: `${previous[1]} ${anchor}`}
    if (occurrences(current, longer.after as string).length !== 1 || !works(longer)) break
    anchor = longer.after as string
  }
  return {...edit, after: anchor}
}

/** The offsets where tokens start, and the end of the text. */
function tokenBounds(text: string): number[] {
  const bounds: number[] = []
  let offset = 0
  for (const token of tokenize(text)) {
    bounds.push(offset)
    offset += token.length
  }
  bounds.push(offset)
  return bounds
}

function trimEnd(text: string, at: number): number {
  let end = at
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--
  return end
}

function trimStart(text: string, at: number): number {
  let start = at
  while (start < text.length && /\s/.test(text[start] ?? '')) start++
  return start
}
