import {InputError} from '../diagnostics/errors.js'
import type {Clause, Place, Provision, SubParagraph} from '../model/types.js'
import {CLAUSE_NUMBER_SOURCE, LABEL_SOURCE, LOCAL_NUMBER_SOURCE, printedNumber} from '../model/ids.js'
import {decodeWords, encodeWords} from './quote-words.js'

/**
 * A whole clause in an instruction file, as plain legal text (the layout `redline show` prints):
 * the number and its text, each sub-paragraph's label and text indented four spaces per level,
 * a sub-paragraph's closing words under its own sub-paragraphs, a clause's closing words back at
 * the clause's indent. Words are written as they read; only control characters are coded (see
 * `quote-words.ts`).
 */
export function writeClauseBlock(clause: Clause): string[] {
  const lines: string[] = []
  const paragraphs = (text: string): string[] => (text === '' ? [] : text.split('\n').map(encodeWords))
  // A text of several paragraphs: the first after the number or label, each further one on a line of its own in the provision's text column.
  const visit = (provision: Provision, indent: string): void => {
    const label = provision.kind === 'clause' ? printedNumber(provision.id) : `(${provision.label})`
    const own = `${indent}${provision.kind === 'clause' ? '' : '    '}`
    const [first, ...more] = paragraphs(provision.text)
    lines.push(`${indent}${label}${first === undefined ? '' : ` ${first}`}`, ...more.map((paragraph) => `${own}${paragraph}`))
    for (const item of provision.items) {
      lines.push(...paragraphs(item.textBefore ?? '').map((paragraph) => `${own}${paragraph}`))
      visit(item, `${indent}    `)
    }
    lines.push(...paragraphs(provision.tail).map((paragraph) => `${own}${paragraph}`))
  }
  visit(clause, '')
  return lines
}

const CLAUSE_LINE = new RegExp(`^(${CLAUSE_NUMBER_SOURCE})(?: (.*))?$`)
/** The first line of a clause of an Appendix or Schedule, printed with its own number: `2.11 The DCC shall …`. */
const LOCAL_CLAUSE_LINE = new RegExp(`^(${LOCAL_NUMBER_SOURCE})(?: (.*))?$`)
const ITEM_LINE = new RegExp(`^\\((${LABEL_SOURCE})\\)(?: (.*))?$`)

/** Reads the lines `writeClauseBlock` wrote (without the block's own indent); `line` is the 1-based line of the first. */
export function readClauseBlock(lines: readonly string[], file: string, line: number, prefix = ''): Clause {
  let index = 0
  const place = (offset: number): Place => ({file, start: {line: line + offset, column: 5}})
  const lineAt = (indent: number): string | undefined => {
    const text = lines[index]
    if (text === undefined || !text.startsWith(' '.repeat(indent)) || text.charAt(indent) === ' ') return undefined
    return text.slice(indent)
  }
  const head = (prefix === '' ? CLAUSE_LINE : LOCAL_CLAUSE_LINE).exec(lines[0] ?? '')
  if (!head) throw new InputError(`Unexpected '${(lines[0] ?? '').slice(0, 40)}', expected a clause number and its text (\`${prefix === '' ? 'G3.20' : '2.11'} The User shall …\`)`, place(0))
  const clause: Clause = {kind: 'clause', id: `${prefix}${head[1] ?? ''}`, text: decodeWords(head[2] ?? ''), items: [], tail: ''}
  index = 1
  // A provision's further lead-in paragraphs, its sub-paragraphs with the text between them, and its closing paragraphs: `own` is its text column, `itemIndent` its sub-paragraphs'.
  const readBody = (parent: Provision, own: number, itemIndent: number): void => {
    const isItem = (text: string | undefined, at: number): boolean => text !== undefined && at === itemIndent && ITEM_LINE.test(text)
    for (let text = lineAt(own); parent.text !== '' && text !== undefined && !isItem(text, own); text = lineAt(own)) {
      parent.text += `\n${decodeWords(text)}`
      index++
    }
    let pending: string[] = []
    for (;;) {
      const text = lineAt(itemIndent)
      const match = text === undefined ? null : ITEM_LINE.exec(text)
      if (match) {
        const item: SubParagraph = {kind: 'sub-paragraph', id: `${parent.id}(${match[1] ?? ''})`, label: match[1] ?? '', text: decodeWords(match[2] ?? ''), items: [], tail: ''}
        if (pending.length > 0) item.textBefore = pending.join('\n')
        pending = []
        index++
        readBody(item, itemIndent + 4, itemIndent + 4)
        parent.items.push(item)
        continue
      }
      const other = lineAt(own)
      if (parent.items.length === 0 || other === undefined || isItem(other, own)) break
      pending.push(decodeWords(other))
      index++
    }
    parent.tail = pending.join('\n')
  }
  readBody(clause, 0, 4)
  if (index < lines.length) throw new InputError(`Unexpected '${(lines[index] ?? '').trim().slice(0, 40)}' in clause ${clause.id}, expected a sub-paragraph "(a) …" indented four spaces per level, or the clause's closing words`, place(index))
  return clause
}
