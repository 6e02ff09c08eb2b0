import type {Clause, ProvisionBase, SubParagraph} from '../model/types.js'
import type {ReportEntry} from './fidelity-report.js'
import type {SourceTable} from './recognise-tables.js'
import type {TextParagraph} from './text-paragraph.js'

/** Reads paragraphs that stand for one clause (its number first) into that clause, with each paragraph's fate: the recogniser itself. */
export type ClauseReader = (paragraphs: TextParagraph[]) => {clause: Clause | undefined; entries: ReportEntry[]}

/** A stand-in clause number for reading a definition's meaning as a clause reads (lead-in, labelled sub-paragraphs, tail). */
const STAND_IN = 'Z9.9'

/**
 * The definitions of a two-column definitions table: each row's left cell its term (one
 * paragraph, no `[`, `]` or line break), its right cell the meaning, read as a clause is read (the
 * first paragraph the text, labelled paragraphs the definition's sub-paragraphs from `(a)`, nested by
 * layout, and the text after them its tail). IDs `A1.1[Term]`, `A1.1[Term](b)(ii)`. A term defined
 * twice (case-insensitively, as `show` finds terms) is refused naming both places.
 */
export function recogniseDefinitions(table: SourceTable, owner: ProvisionBase, terms: Map<string, TextParagraph>, readClause: ClauseReader): {definitions: SubParagraph[]; entries: ReportEntry[]} | {problem: true; entries: ReportEntry[]} | string {
  const definitions: SubParagraph[] = []
  const entries: ReportEntry[] = []
  for (const row of table.rows) {
    const [termCell = [], meaningCell = []] = row
    const termParagraph = termCell[0]
    if (!termParagraph || termCell.length !== 1) return `Unexpected term cell of ${termCell.length} paragraphs in the definitions table of ${owner.id}, expected the term as one paragraph`
    const term = termParagraph.text
    if (term === '' || /[[\]\n\r]/.test(term)) return `Unexpected term "${term}" in the definitions table of ${owner.id}, expected a term without [, ] or a line break`
    const key = term.toLowerCase()
    const seen = terms.get(key)
    if (seen) {
      return `Unexpected second definition of "${term}" (first defined at ${describe(seen)}), expected each term defined once`
    }
    terms.set(key, termParagraph)
    const [lead, ...rest] = meaningCell
    if (!lead) return `Unexpected definition of "${term}" without a meaning in ${owner.id}, expected its meaning in the right hand column`
    const read = readClause([{...lead, text: `${STAND_IN} ${lead.text}`}, ...rest])
    const id = `${owner.id}[${term}]`
    const rename = (target: string | undefined): string | undefined => (target?.startsWith(STAND_IN) ? `${id}${target.slice(STAND_IN.length)}` : target)
    const renamed = read.entries.map((entry) => {
      const target = rename(entry.target)
      const reason = entry.reason?.split(STAND_IN).join(id)
      return {...entry, text: entry.place === lead.place ? lead.text : entry.text, ...(target !== undefined && {target}), ...(reason !== undefined && {reason})}
    })
    entries.push({place: termParagraph.place, fate: 'kept', target: `${id} term`, text: term}, ...renamed)
    if (!read.clause || renamed.some((entry) => entry.fate === 'unplaced' || entry.fate === 'ambiguous')) return {problem: true, entries}
    const definition: SubParagraph = {kind: 'sub-paragraph', id, label: term, term, text: read.clause.text, items: read.clause.items, tail: read.clause.tail}
    relabelIds(definition)
    definitions.push(definition)
  }
  return {definitions, entries}
}

/** The IDs of a definition's sub-paragraphs under its own ID. */
function relabelIds(provision: ProvisionBase): void {
  for (const item of provision.items) {
    item.id = `${provision.id}(${item.label})`
    relabelIds(item)
  }
}

function describe(paragraph: TextParagraph): string {
  const place = paragraph.place
  if (place.paragraph !== undefined) return `${place.file} paragraph ${place.paragraph}`
  return `${place.file}${place.line !== undefined ? `:${place.line}` : ''}`
}
