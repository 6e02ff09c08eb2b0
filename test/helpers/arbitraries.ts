import fc from 'fast-check'
import {labelAt, schemeAt} from '../../src/model/ids.js'
import type {Clause, Group, Part, Section, SubParagraph} from '../../src/model/types.js'

/** One line of legal text: trimmed, no line breaks; with markdown-significant characters often. */
export const lineText = fc
  .array(
    fc.oneof(
      {weight: 6, arbitrary: fc.constantFrom('the', 'User', 'shall', 'Device', 'SMETS2+', 'Section G3.18(a)', '£1,200', '15 Working Day', 'Sub-Committee', '(where applicable)', 'العربية', '漢字')},
      {weight: 2, arbitrary: fc.constantFrom('[Not used]', '*', '_', '<script>alert(1)</script>', '&amp;', '&', '#', '\\', '`', '- ', '1. ', '> ', '[a](b)', '|', '~', '{++x++}', ']]>', '"', "'", '!', '{', '}')},
      {weight: 1, arbitrary: fc.string({maxLength: 5}).map((s) => s.replace(/[\r\n\t\u0000-\u001f\u007f]/g, ''))}
    ),
    {minLength: 1, maxLength: 12}
  )
  .map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '')

/**
 * Short texts built from pieces that open a markdown block only together: digits, then `.` or
 * `)`. A word diff can keep the digits and insert the `.`, so no single run holds a list marker.
 */
export const blockStartText = fc
  .array(fc.constantFrom('1', '12', '.', ')', ' ', 'the', '-', '#', '>', '=', '+', 'x'), {minLength: 1, maxLength: 6})
  .map((pieces) => pieces.join('').replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '')

const optionalText = fc.oneof({weight: 3, arbitrary: lineText}, {weight: 1, arbitrary: fc.constant('')})

function subParagraphs(depth: number, parentId: string): fc.Arbitrary<SubParagraph[]> {
  const scheme = schemeAt(depth)
  if (!scheme || depth > 3) return fc.constant([])
  return fc
    .array(fc.tuple(lineText, fc.boolean(), fc.boolean()), {maxLength: depth === 1 ? 4 : 3})
    .chain((specs) =>
      fc.tuple(
        ...specs.map(([text, nested, withTail], index) => {
          const label = labelAt(scheme, index)
          const id = `${parentId}(${label})`
          return (nested ? subParagraphs(depth + 1, id) : fc.constant([] as SubParagraph[])).chain((items) =>
            (items.length > 0 && withTail ? lineText : fc.constant('')).map(
              (tail): SubParagraph => ({kind: 'sub-paragraph', id, label, text, items, tail})
            )
          )
        })
      )
    )
}

/** A clause with a lead-in, up to three levels of sub-paragraphs and a tail. */
export function clause(id: string): fc.Arbitrary<Clause> {
  return fc.tuple(optionalText, subParagraphs(1, id), lineText, fc.boolean()).map(([text, items, tail, withTail]) => ({
    kind: 'clause',
    id,
    text: items.length === 0 && text === '' ? '[Not used]' : text,
    items,
    tail: items.length > 0 && withTail ? tail : ''
  }))
}

/** A section G with optional part headings, cross-headings and clauses G<part>.<n>. */
export const section: fc.Arbitrary<Section> = fc
  .array(fc.tuple(fc.boolean(), fc.option(lineText, {nil: null}), fc.array(fc.tuple(fc.option(lineText, {nil: null}), fc.integer({min: 1, max: 3})), {minLength: 1, maxLength: 3})), {minLength: 1, maxLength: 3})
  .chain((partSpecs) => {
    let number = 0
    const parts = partSpecs.map(([titled, title, groupSpecs], partIndex) => {
      const partNumber = partIndex + 1
      const groups = groupSpecs.map(([heading, count], groupIndex) =>
        fc.tuple(...Array.from({length: count}, () => clause(`G${partNumber}.${++number}`))).map(
          (clauses): Group => ({heading: groupIndex === 0 ? heading : heading ?? 'Cross-heading', clauses})
        )
      )
      return fc.tuple(...groups).map((gs): Part => ({id: titled || partIndex > 0 ? `G${partNumber}` : null, title: titled ? title : null, groups: gs}))
    })
    return fc.tuple(...parts)
  })
  .map((parts): Section => ({letter: 'G', title: 'Security', version: '6.17', parts}))

/** A clause after small word edits: some words dropped, some inserted, some replaced. */
const edited = (base: Clause): fc.Arbitrary<Clause> =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'insert', 'replace'), fc.constantFrom('the', 'SMETS2+', ',', 'Device', '£1,200', '<b>', '  ')), {maxLength: 4}).map((edits) => {
    const copy = structuredClone(base)
    const fields: Array<{owner: {text: string; tail: string}; key: 'text' | 'tail'}> = []
    const collect = (provision: Clause | Clause['items'][number]): void => {
      fields.push({owner: provision, key: 'text'})
      if (provision.tail !== '') fields.push({owner: provision, key: 'tail'})
      provision.items.forEach(collect)
    }
    collect(copy)
    for (const [at, kind, word] of edits) {
      const field = fields[at % fields.length]
      if (!field) continue
      const words = field.owner[field.key].split(' ')
      const index = at % Math.max(1, words.length)
      if (kind === 'drop' && words.length > 1) words.splice(index, 1)
      else if (kind === 'insert') words.splice(index, 0, word)
      else words[index] = word
      field.owner[field.key] = words.join(' ').trim() || 'x'
    }
    return copy
  })

/** A clause G3.20 before and after: two random clauses, or one and its small word edits. */
export const clausePair = fc.oneof(
  fc.tuple(clause('G3.20'), clause('G3.20')),
  clause('G3.20').chain((before) => fc.tuple(fc.constant(before), edited(before)))
)
