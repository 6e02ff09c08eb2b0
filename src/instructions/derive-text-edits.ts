import {tokenize} from '../redline/tokenize.js'
import type {Run} from '../redline/run.js'
import {applyTextEdit} from './edit-text.js'
import type {TextEdit} from './instruction-types.js'

/**
 * The text edits that turn one field's old text into its new text, one per change of the redline,
 * each proven by applying it: anchors grow word by word until they occur once, and where no short
 * instruction reads right the words around the change are substituted as a whole.
 */
export function deriveTextEdits(runs: readonly Run[]): TextEdit[] {
  const edits: TextEdit[] = []
  let current = runs.filter((run) => run.type !== 'insert').map((run) => run.text).join('')
  let at = 0
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run
    if (run.type === 'equal') {
      at += run.text.length
      continue
    }
    let deleted = ''
    let inserted = ''
    while (index < runs.length && runs[index]?.type !== 'equal') {
      const change = runs[index] as Run
      if (change.type === 'delete') deleted += change.text
      else inserted += change.text
      index++
    }
    index--
    const expected = current.slice(0, at) + inserted + current.slice(at + deleted.length)
    edits.push(editFor(current, at, deleted, inserted, expected))
    current = expected
    at += inserted.length
  }
  return edits
}

function editFor(current: string, at: number, deleted: string, inserted: string, expected: string): TextEdit {
  const works = (edit: TextEdit): boolean => {
    const result = applyTextEdit(current, edit)
    return result.ok && result.text === expected
  }
  const bounds = tokenBounds(current)
  const candidates: TextEdit[] = []
  if (current === '') candidates.push({kind: 'insert', words: inserted})
  if (deleted === '' && inserted.trim() !== '') {
    const words = inserted.trim()
    const end = trimEnd(current, at)
    for (const start of bounds.filter((b) => b < end).reverse()) candidates.push({kind: 'insert', after: current.slice(start, end), words})
    const start = trimStart(current, at)
    for (const stop of bounds.filter((b) => b > start)) candidates.push({kind: 'insert', before: current.slice(start, stop), words})
  }
  if (inserted === '' && deleted.trim() !== '') candidates.push({kind: 'omit', words: deleted.trim()}, {kind: 'omit', words: deleted})
  const found = candidates.find((edit) => wellAnchored(current, edit) && works(edit))
  if (found) return wholeTerm(current, found, works)
  // Substitute the changed words with as little context on either side as makes them unique.
  const lefts = [at, ...bounds.filter((b) => b < at).reverse()]
  const rights = [at + deleted.length, ...bounds.filter((b) => b > at + deleted.length)]
  for (let grow = 0; grow < Math.max(lefts.length, rights.length); grow++) {
    const left = lefts[Math.min(grow, lefts.length - 1)] as number
    const right = rights[Math.min(grow, rights.length - 1)] as number
    const words = current.slice(left, right)
    if (words === '') continue
    const by = current.slice(left, at) + inserted + current.slice(at + deleted.length, right)
    const edit: TextEdit = by === '' ? {kind: 'omit', words} : {kind: 'substitute', words, by}
    if (works(edit)) return edit
  }
  return current === '' ? {kind: 'insert', words: inserted} : inserted === '' && expected === '' ? {kind: 'omit', words: current} : {kind: 'substitute', words: current, by: expected}
}

/**
 * Grows an "after" anchor that starts inside a capitalised phrase (a defined term such as "Gas
 * Proxy Function") to the start of that phrase, so the anchor reads as the term it names.
 */
function wholeTerm(current: string, edit: TextEdit, works: (edit: TextEdit) => boolean): TextEdit {
  if (edit.kind !== 'insert' || edit.after === undefined) return edit
  let anchor = edit.after
  for (;;) {
    const start = current.indexOf(anchor)
    const previous = /([\p{Lu}][\p{L}\p{N}+'’-]*) $/u.exec(current.slice(0, start))
    if (!previous || !/^\p{Lu}/u.test(anchor)) break
    const longer: TextEdit = {...edit, after: `${previous[1]} ${anchor}`}
    if (!wellAnchored(current, longer) || !works(longer)) break
    anchor = longer.after as string
  }
  return {...edit, after: anchor}
}

/** Anchors and omitted words must stand once in the text and not end inside a word. */
function wellAnchored(current: string, edit: TextEdit): boolean {
  const words = edit.kind === 'insert' ? edit.after ?? edit.before : edit.words
  if (words === undefined) return true
  return words.trim() === words && words !== '' && current.indexOf(words) === current.lastIndexOf(words)
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
