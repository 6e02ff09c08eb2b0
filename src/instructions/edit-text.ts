import type {TextEdit} from './instruction-types.js'

/** What went wrong applying an edit: the reason, worded "Unexpected X, expected Y". */
export type EditResult = {ok: true; text: string} | {ok: false; reason: string}

const OPENING = /[([“‘"']$/
const WORDISH_START = /^[\p{L}\p{N}([“‘"'£]/u
const WORDISH_END = /[\p{L}\p{N})\]”’"'+.,;:]$/u

/**
 * Applies one text edit the way a drafter reads it: "after X insert Y" puts Y after X with a word
 * space where words meet; "omit X" takes X out with one of the spaces around it; "for X substitute
 * Y" replaces the words exactly. Anchors must occur exactly once in the text.
 */
export function applyTextEdit(text: string, edit: TextEdit): EditResult {
  if (edit.kind === 'insert') {
    if (edit.after === undefined && edit.before === undefined) {
      return text === '' ? {ok: true, text: edit.words} : {ok: false, reason: `Unexpected insertion without "after" or "before" into text that is not empty, expected an anchor`}
    }
    const anchor = (edit.after ?? edit.before) as string
    const found = locate(text, anchor, edit.occurrence)
    if (!found.ok) return found
    const at = edit.after !== undefined ? found.index + anchor.length : found.index
    return {ok: true, text: joinAt(text, at, edit.words)}
  }
  const found = locate(text, edit.words, edit.occurrence)
  if (!found.ok) return found
  const left = text.slice(0, found.index)
  const right = text.slice(found.index + edit.words.length)
  if (edit.kind === 'substitute') return {ok: true, text: left + edit.by + right}
  const dropSpace = /\s$/.test(left) && (right === '' || /^[\s,.;:)\]]/.test(right))
  return {ok: true, text: (dropSpace ? left.slice(0, -1) : left) + right}
}

/** Inserts words at an offset, adding a word space on a side where words would otherwise touch. */
function joinAt(text: string, at: number, words: string): string {
  const left = text.slice(0, at)
  const right = text.slice(at)
  const spaceBefore = left !== '' && !/\s$/.test(left) && !OPENING.test(left) && WORDISH_START.test(words)
  const spaceAfter = right !== '' && !/^\s/.test(right) && /^[\p{L}\p{N}(£]/u.test(right) && WORDISH_END.test(words)
  return `${left}${spaceBefore ? ' ' : ''}${words}${spaceAfter ? ' ' : ''}${right}`
}

/** Where words stand: the only place, or the `occurrence`-th (1-based) of several. */
function locate(text: string, words: string, occurrence: number | undefined): {ok: true; index: number} | {ok: false; reason: string} {
  if (words === '') return {ok: false, reason: 'Unexpected empty words, expected words that occur in the provision'}
  const places = occurrences(text, words)
  if (places.length === 0) return {ok: false, reason: `Unexpected "${words}": not in the provision, expected words that occur in it once`}
  if (occurrence === undefined) {
    if (places.length > 1) return {ok: false, reason: `Unexpected "${words}": occurs more than once in the provision, expected words that occur once`}
    return {ok: true, index: places[0] as number}
  }
  const index = places[occurrence - 1]
  if (index === undefined || places.length === 1) return {ok: false, reason: `Unexpected occurrence ${occurrence} of "${words}": it occurs ${places.length} time${places.length === 1 ? '' : 's'} in the provision, expected an occurrence of words that repeat`}
  return {ok: true, index}
}

/** Every offset where the words start, overlapping runs included, in order. */
export function occurrences(text: string, words: string): number[] {
  const places: number[] = []
  if (words === '') return places
  for (let index = text.indexOf(words); index >= 0; index = text.indexOf(words, index + 1)) places.push(index)
  return places
}
