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
