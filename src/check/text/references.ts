/**
 * The grammar of citations in SEC text: "Section G3.18", "Section G3.18(a)", "Sections G3.17 and
 * G3.20", "Section G3.18(a) to (c)", "Section G3" (a part), "Section G" (a section), and
 * "paragraph (b)" (a sub-paragraph of the citing provision or of one of its ancestors). "this
 * Section" names no provision. Shared by the rules that read citations.
 */
import {CLAUSE_NUMBER_SOURCE, LABEL_IN_TEXT_SOURCE, LABELS, PART_ID_SOURCE, SECTION_LETTER_SOURCE} from '../../model/ids.js'
import type {Located} from '../../model/types.js'

const LABEL = `(?:\\((?:${LABEL_IN_TEXT_SOURCE})\\))`
const FULL = `(?:${CLAUSE_NUMBER_SOURCE}${LABEL}*|${PART_ID_SOURCE}|${SECTION_LETTER_SOURCE})(?!\\w|\\.\\w)`
const REF = `(?:${FULL}|${LABEL}+)`
const SEPARATOR = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+to\s+)`
/** "Section(s)" or "paragraph(s)" followed by one or more references joined by ",", "and", "or", "to". */
const REFERENCE = new RegExp(String.raw`\b(Sections?|[Pp]aragraphs?)\s+(${REF}(?:${SEPARATOR}${REF})*)`, 'g')
const ONE_REF = new RegExp(REF, 'g')

/** Whether a text may hold a citation: a cheap test before the grammar runs. */
export function mayCite(text: string): boolean {
  return text.includes('ection') || text.includes('aragraph')
}

/**
 * The provision IDs a text cites, in order: `G3.18`, `G3.18(a)`, `G3` (a part), `G` (a section).
 * `located` is the citing provision (for "paragraph (b)"), `has` tells which IDs its version holds.
 */
export function* citedIds(text: string, located: Located, has: (id: string) => boolean): Generator<string> {
  if (!mayCite(text)) return
  for (const match of text.matchAll(REFERENCE)) {
    const word = match[1] ?? ''
    let previous: string | undefined
    for (const ref of (match[2] ?? '').matchAll(ONE_REF)) {
      const id = resolveId(ref[0], previous, word, located, has)
      previous = id.startsWith('(') ? previous : id
      yield id
    }
  }
}

/** The provision ID a written reference stands for: "(c)" after "G3.18(a) to" is G3.18(c); "paragraph (b)" is a sub-paragraph of the referring provision or an ancestor. */
function resolveId(written: string, previous: string | undefined, word: string, located: Located, has: (id: string) => boolean): string {
  if (!written.startsWith('(')) return written
  if (previous && /^Sections?$/.test(word)) {
    const depth = (written.match(/\(/g) ?? []).length
    const labels = previous.match(LABELS) ?? []
    if (labels.length >= depth) {
      const clause = previous.slice(0, previous.indexOf('(') < 0 ? previous.length : previous.indexOf('('))
      return `${clause}${labels.slice(0, labels.length - depth).join('')}${written}`
    }
  }
  const owners = [located.provision, ...[...located.ancestors].reverse()]
  for (const owner of owners) if (has(`${owner.id}${written}`)) return `${owner.id}${written}`
  return `${located.ancestors[located.ancestors.length - 1]?.id ?? located.clause.id}${written}`
}
