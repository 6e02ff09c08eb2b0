import {InputError} from '../diagnostics/errors.js'
import type {Place} from '../model/types.js'
import {parseClause} from '../parse/parse-clause.js'
import type {AmendingInstruction, TextEdit} from './instruction-types.js'
import {readQuoted} from './quote-words.js'

const ID = '([A-Z]\\d+[A-Z]?\\.\\d+[A-Z]?(?:\\([A-Za-z0-9]+\\))*)'
const Q = '\u0001'
/** A part number: `G3`, `N4A`. */
const PART = '([A-Z]\\d+[A-Z]?)'
const FORMS: Array<[RegExp, (m: RegExpExecArray, words: string[]) => TextEdit]> = [
  [new RegExp(`^after ${Q} insert ${Q}$`), (_, [after = '', words = '']) => ({kind: 'insert', after, words})],
  [new RegExp(`^before ${Q} insert ${Q}$`), (_, [before = '', words = '']) => ({kind: 'insert', before, words})],
  [new RegExp(`^insert ${Q}$`), (_, [words = '']) => ({kind: 'insert', words})],
  [new RegExp(`^omit ${Q}$`), (_, [words = '']) => ({kind: 'omit', words})],
  [new RegExp(`^for ${Q} substitute ${Q}$`), (_, [words = '', by = '']) => ({kind: 'substitute', words, by})]
]
const EXPECTED =
  'expected an instruction such as `In Section G3.20(b), after "Gas Proxy Function" insert "which forms part of a SMETS2+ Device".`, ' +
  '`Delete Section G3.22.`, `Insert new Section G3.22 after Section G3.21:` or `Substitute Section G3.20 as follows:`'

/**
 * Reads a list of amending instructions (as `redline annex --format instructions` writes them):
 * one sentence per line, optionally numbered; `#` lines are comments; whole clauses follow their
 * sentence indented four spaces. Anything else is refused with its line and column.
 */
export function parseInstructions(source: string, file: string): AmendingInstruction[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const out: AmendingInstruction[] = []
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] as string
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const place: Place = {file, start: {line: index + 1, column: 1}}
    if (/^\s/.test(raw)) throw new InputError(`Unexpected indented line, expected an instruction at the start of the line (clause text belongs after "as follows:" or "after Section …:")`, place)
    const numbered = /^\d+\.\s+/.exec(raw)
    const offset = numbered ? numbered[0].length : 0
    const {shape, words} = extractWords(raw.slice(offset), {file, start: {line: index + 1, column: offset + 1}})
    const block = (): {clause: ReturnType<typeof parseClause>; last: number} => {
      let end = index + 1
      while (end < lines.length && ((lines[end] as string) === '' || (lines[end] as string).startsWith('    '))) end++
      let last = end - 1
      while (last > index && (lines[last] as string) === '') last--
      const chunk = lines.slice(index + 1, last + 1).map((line) => line.slice(4)).join('\n')
      if (chunk === '') throw new InputError(`Unexpected end of the clause instruction, expected the clause on the following lines, indented four spaces`, place)
      return {clause: parseClause(chunk, {file, line: index + 2}), last}
    }
    let match: RegExpExecArray | null
    if ((match = new RegExp(`^In (the closing words of )?Section ${ID}, (.*)\\.$`).exec(shape))) {
      const edit = readEdit(match[3] ?? '', words, place)
      out.push({kind: 'text', target: {provision: match[2] ?? '', field: match[1] ? 'tail' : 'text'}, edit, place})
    } else if ((match = new RegExp(`^In Section ([A-Z]), for the cross-heading ${Q}(?: before Section ${ID})? substitute ${Q}\\.$`).exec(shape))) {
      out.push({kind: 'heading', section: match[1] ?? '', from: words[0] ?? '', to: words[1] ?? '', before: match[2] ?? null, place})
    } else if ((match = new RegExp(`^In Section ([A-Z]), for the heading of Part ${PART} ${Q} substitute ${Q}\\.$`).exec(shape))) {
      out.push({kind: 'part-heading', section: match[1] ?? '', part: match[2] ?? '', from: words[0] ?? '', to: words[1] ?? '', place})
    } else if ((match = new RegExp(`^In Section ([A-Z]), give Part ${PART} the heading ${Q}\\.$`).exec(shape))) {
      out.push({kind: 'part-heading', section: match[1] ?? '', part: match[2] ?? '', from: null, to: words[0] ?? '', place})
    } else if ((match = new RegExp(`^In Section ([A-Z]), omit the heading of Part ${PART}\\.$`).exec(shape))) {
      out.push({kind: 'part-heading', section: match[1] ?? '', part: match[2] ?? '', from: words[0] ?? null, to: null, place})
    } else if ((match = new RegExp(`^Insert new Part ${PART}( with the heading ${Q})? in Section ([A-Z])\\.$`).exec(shape))) {
      out.push({kind: 'insert-part', section: match[3] ?? '', part: match[1] ?? '', title: match[2] ? words[0] ?? '' : null, place})
    } else if ((match = new RegExp(`^In Section ([A-Z]), insert the cross-heading ${Q} before Section ${ID}\\.$`).exec(shape))) {
      out.push({kind: 'insert-heading', section: match[1] ?? '', heading: words[0] ?? '', before: match[2] ?? '', place})
    } else if ((match = new RegExp(`^Delete Part ${PART}\\.$`).exec(shape))) {
      out.push({kind: 'delete-part', section: (match[1] ?? '').charAt(0), part: match[1] ?? '', place})
    } else if ((match = new RegExp(`^Delete Section ${ID}\\.$`).exec(shape))) {
      out.push({kind: 'delete-clause', id: match[1] ?? '', place})
    } else if ((match = new RegExp(`^Insert new Section ${ID} (?:after Section ${ID}|at the start of Section ([A-Z])):$`).exec(shape))) {
      const {clause, last} = block()
      checkId(clause.id, match[1] ?? '', place)
      out.push({kind: 'insert-clause', clause, after: match[2] ?? null, section: match[3] ?? (match[1] ?? '').charAt(0), place})
      index = last
    } else if ((match = new RegExp(`^Substitute Section ${ID} as follows:$`).exec(shape))) {
      const {clause, last} = block()
      checkId(clause.id, match[1] ?? '', place)
      out.push({kind: 'substitute-clause', clause, place})
      index = last
    } else {
      throw new InputError(`Unexpected '${raw.slice(offset, offset + 60)}', ${EXPECTED}`, place)
    }
  }
  return out
}

function checkId(found: string, named: string, place: Place): void {
  if (found !== named) throw new InputError(`Unexpected clause ${found} under an instruction about Section ${named}, expected clause ${named}`, place)
}

/** Takes the quoted words out of a line, leaving a marker where each stood. */
function extractWords(line: string, at: Place): {shape: string; words: string[]} {
  let shape = ''
  const words: string[] = []
  let index = 0
  while (index < line.length) {
    const char = line[index] as string
    if (char !== '"') {
      shape += char
      index++
      continue
    }
    const quoted = readQuoted(line, index)
    if ('error' in quoted) throw new InputError(quoted.error, {file: at.file, start: {line: at.start.line, column: at.start.column + quoted.at}})
    words.push(quoted.text)
    shape += Q
    index = quoted.end
  }
  return {shape, words}
}

function readEdit(shape: string, words: string[], place: Place): TextEdit {
  for (const [form, build] of FORMS) {
    const match = form.exec(shape)
    if (match) return build(match, words)
  }
  throw new InputError(`Unexpected '${shape.replaceAll(Q, '"…"')}', expected 'after "…" insert "…"', 'before "…" insert "…"', 'omit "…"' or 'for "…" substitute "…"'`, place)
}
