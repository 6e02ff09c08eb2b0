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

/** One structural or textual edit of a random modification (illustrative text, not SEC wording). */
export type ModificationEdit =
  | {kind: 'insert-item'; at: number; where: 'first' | 'middle' | 'last'; text: string}
  | {kind: 'delete-item'; at: number; where: 'first' | 'middle' | 'last'}
  | {kind: 'insert-clause'; at: number; where: 'first' | 'middle' | 'last'; newHeading: string | null; body: Clause}
  | {kind: 'delete-clause'; at: number}
  | {kind: 'retitle'; at: number; heading: string | null}
  | {kind: 'part-title'; at: number; title: string | null}
  | {kind: 'not-used'; at: number}
  | {kind: 'tail'; at: number; text: string}
  | {kind: 'words'; at: number; text: string}

/** A random modification of a section: the base, the edits, whether lists carry connectors, and the result. */
export interface GeneratedModification {
  before: Section
  after: Section
  edits: ModificationEdit[]
  connectors: boolean
}

/** Text that may hold characters a renderer must neutralise: control characters, bidi overrides. */
const hostileText = fc.oneof(
  {weight: 4, arbitrary: lineText},
  {weight: 1, arbitrary: fc.tuple(lineText, fc.constantFrom('\u001b[31m', '\u0007', '\u202e', '\u00a0', 'a\u0301', '😀')).map(([text, odd]) => `${text} ${odd}x`)}
)
const where = fc.constantFrom('first' as const, 'middle' as const, 'last' as const)
const edit: fc.Arbitrary<ModificationEdit> = fc.oneof(
  {weight: 4, arbitrary: fc.record({kind: fc.constant('insert-item' as const), at: fc.nat(), where, text: hostileText})},
  {weight: 4, arbitrary: fc.record({kind: fc.constant('delete-item' as const), at: fc.nat(), where})},
  {weight: 3, arbitrary: fc.record({kind: fc.constant('insert-clause' as const), at: fc.nat(), where, newHeading: fc.option(lineText, {nil: null, freq: 2}), body: clause('G0.0')})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('delete-clause' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('retitle' as const), at: fc.nat(), heading: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('part-title' as const), at: fc.nat(), title: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('not-used' as const), at: fc.nat()})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('tail' as const), at: fc.nat(), text: fc.oneof(lineText, fc.constant(''))})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('words' as const), at: fc.nat(), text: hostileText})}
)

type AnyProvision = Clause | SubParagraph

function provisionsOf(section: Section): AnyProvision[] {
  const out: AnyProvision[] = []
  const visit = (provision: AnyProvision): void => {
    out.push(provision)
    provision.items.forEach(visit)
  }
  section.parts.forEach((part) => part.groups.forEach((group) => group.clauses.forEach(visit)))
  return out
}

const depthOf = (provision: AnyProvision): number => (provision.kind === 'clause' ? 0 : (provision.id.match(/\(/g) ?? []).length)
const indexAt = (length: number, place: 'first' | 'middle' | 'last'): number => (place === 'first' ? 0 : place === 'last' ? length : Math.floor(length / 2))

/** Labels and IDs of every sub-paragraph from its position, as the numbering rule wants them. */
function relabel(provision: AnyProvision): void {
  const scheme = schemeAt(depthOf(provision) + 1)
  provision.items.forEach((item, index) => {
    item.label = scheme ? labelAt(scheme, index) : String(index + 1)
    item.id = `${provision.id}(${item.label})`
    relabel(item)
  })
  if (provision.items.length === 0) provision.tail = ''
}

/** Every list's leaf items end ";", the last but one "; and", the last "," before a tail or "." (the connector moves with the list). */
function punctuate(provision: AnyProvision): void {
  const n = provision.items.length
  provision.items.forEach((item, index) => {
    if (item.items.length === 0) {
      const base = item.text.replace(/(?:;| and|,|\.)+$/u, '')
      item.text = `${base}${index < n - 2 ? ';' : index === n - 2 ? '; and' : provision.tail !== '' ? ',' : '.'}`
    }
    punctuate(item)
  })
}

function applyEdit(section: Section, change: ModificationEdit): void {
  const provisions = provisionsOf(section)
  const groups = section.parts.flatMap((part) => part.groups)
  const clauses = groups.flatMap((group) => group.clauses)
  switch (change.kind) {
    case 'insert-item': {
      const owners = provisions.filter((p) => depthOf(p) < 4)
      const owner = owners[change.at % owners.length]
      if (!owner) return
      owner.items.splice(indexAt(owner.items.length, change.where), 0, {kind: 'sub-paragraph', id: '', label: '', text: change.text, items: [], tail: ''})
      relabel(owner)
      return
    }
    case 'delete-item': {
      const owners = provisions.filter((p) => p.items.length > 0)
      const owner = owners[change.at % owners.length]
      if (!owner) return
      owner.items.splice(Math.min(indexAt(owner.items.length, change.where), owner.items.length - 1), 1)
      if (owner.items.length === 0 && owner.text === '') owner.text = owner.kind === 'clause' ? '[Not used]' : 'x'
      relabel(owner)
      return
    }
    case 'insert-clause': {
      const group = groups[change.at % groups.length]
      if (!group) return
      const index = indexAt(group.clauses.length, change.where)
      const previous = index > 0 ? group.clauses[index - 1] : clauses[clauses.indexOf(group.clauses[0] as Clause) - 1]
      const taken = new Set(clauses.map((c) => c.id))
      const stem = previous?.id.replace(/[A-Z]$/, '') ?? 'G1.0'
      let suffix = 0
      while (taken.has(`${stem}${String.fromCharCode(65 + suffix)}`)) suffix++
      const id = `${stem}${String.fromCharCode(65 + suffix)}`
      const body = JSON.parse(JSON.stringify(change.body).replaceAll('"G0.0', `"${id}`)) as Clause
      if (change.newHeading === null) group.clauses.splice(index, 0, body)
      else {
        // A new cross-heading group after this one, holding the new clause.
        const part = section.parts.find((p) => p.groups.includes(group)) as Part
        const renumbered = JSON.parse(JSON.stringify(change.body).replaceAll('"G0.0', `"${group.clauses[group.clauses.length - 1]?.id.replace(/[A-Z]$/, '')}Z`)) as Clause
        if (taken.has(renumbered.id)) return
        part.groups.splice(part.groups.indexOf(group) + 1, 0, {heading: change.newHeading, clauses: [renumbered]})
      }
      return
    }
    case 'delete-clause': {
      if (clauses.length < 2) return
      const target = clauses[change.at % clauses.length]
      for (const part of section.parts) {
        for (const group of part.groups) group.clauses = group.clauses.filter((c) => c !== target)
        part.groups = part.groups.filter((group) => group.clauses.length > 0)
      }
      section.parts = section.parts.filter((part) => part.groups.length > 0)
      return
    }
    case 'retitle': {
      const group = groups[change.at % groups.length]
      // The first group of a part may stand under no heading; the others need one to stay apart.
      const first = section.parts.some((part) => part.groups[0] === group)
      if (group) group.heading = change.heading ?? (first ? null : 'Cross-heading')
      return
    }
    case 'part-title': {
      // A numbered part retitled, given a title or losing it (illustrative titles).
      const numbered = section.parts.filter((part) => part.id !== null)
      const part = numbered[change.at % numbered.length]
      if (part) part.title = change.title
      return
    }
    case 'not-used': {
      const target = clauses[change.at % clauses.length]
      if (target) Object.assign(target, {text: '[Not used]', items: [], tail: ''})
      return
    }
    case 'tail': {
      const owners = provisions.filter((p) => p.items.length > 0)
      const owner = owners[change.at % owners.length]
      if (owner) owner.tail = owner.tail === '' ? change.text : ''
      return
    }
    case 'words': {
      const target = provisions[change.at % provisions.length]
      if (!target) return
      const words = target.text.split(' ')
      words.splice(change.at % (words.length + 1), change.at % 2, change.text)
      target.text = words.join(' ').replace(/\s+/g, ' ').trim() || 'x'
    }
  }
}

/**
 * Where a random modification stands: mostly Section G; sometimes an Appendix (own numbering, its
 * document version kept or changed) or a Schedule (illustrative, not SEC wording).
 */
const documentShape = fc.oneof(
  {weight: 3, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('appendix' as const), letter: fc.constantFrom('A', 'AB', 'AL'), before: fc.constantFrom('V1.0', 'V5.3'), after: fc.constantFrom('V5.3', 'V5.4', 'V1.0')})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('schedule' as const), letter: fc.constantFrom('5', '11'), before: fc.constant(undefined), after: fc.constant(undefined)})}
)

/** A modification of Section G moved into an Appendix or Schedule, its document version before and after. */
function inDocument(generated: GeneratedModification, document: {kind: 'appendix' | 'schedule'; letter: string; before?: string; after?: string}): GeneratedModification {
  const at = (tree: Section, documentVersion: string | undefined): Section => asDocument(tree, {kind: document.kind, letter: document.letter, ...(documentVersion === undefined ? {} : {documentVersion})})
  return {...generated, before: at(generated.before, document.before), after: at(generated.after, document.after)}
}

/**
 * A random modification: a section and the same section after one to four edits: sub-paragraphs
 * inserted or deleted first, in the middle or last at any depth, clauses inserted under their
 * group's heading or under a new one, clauses deleted, headings changed, clauses made [Not used],
 * tails added or removed, words changed (sometimes with control characters). With `connectors`
 * both versions' lists are punctuated, so the "; and" moves with the last item.
 */
export const modification: fc.Arbitrary<GeneratedModification> = fc
  .tuple(section, fc.array(edit, {minLength: 1, maxLength: 4}), fc.boolean(), documentShape)
  .map(([base, edits, connectors, document]) => {
    const before = structuredClone(base)
    const after = structuredClone(base)
    for (const change of edits) applyEdit(after, change)
    if (connectors) {
      for (const side of [before, after]) for (const part of side.parts) for (const group of part.groups) group.clauses.forEach(punctuate)
    }
    return document === null ? {before, after, edits, connectors} : inDocument({before, after, edits, connectors}, document)
  })

/** The same tree with every ID of Section G moved into another document: `G2.3(a)` → `AB:2.3(a)`. */
export function asDocument(tree: Section, document: {kind: 'appendix' | 'schedule'; letter: string; documentVersion?: string}): Section {
  const prefix = document.kind === 'appendix' ? `${document.letter}:` : `Sch${document.letter}:`
  const move = (id: string): string => `${prefix}${id.slice(1)}`
  const moveProvision = <P extends Clause | SubParagraph>(provision: P): P => ({...provision, id: move(provision.id), items: provision.items.map(moveProvision)})
  const moved: Section = {
    ...tree,
    letter: document.letter,
    kind: document.kind,
    parts: tree.parts.map((part) => ({...part, id: part.id === null ? null : move(part.id), groups: part.groups.map((group) => ({...group, clauses: group.clauses.map(moveProvision)}))}))
  }
  if (document.documentVersion !== undefined) moved.documentVersion = document.documentVersion
  return moved
}

/** An Appendix (A…AZ, with a document version `V<n>.<n>`) or a Schedule with its own numbering (illustrative text, not SEC wording). */
export const appendixOrSchedule: fc.Arbitrary<Section> = fc
  .tuple(
    section,
    fc.oneof(
      fc.record({kind: fc.constant('appendix' as const), letter: fc.stringMatching(/^A?[A-Z]$/), documentVersion: fc.tuple(fc.nat(9), fc.nat(20)).map(([a, b]) => `V${a}.${b}`)}),
      fc.record({kind: fc.constant('schedule' as const), letter: fc.integer({min: 1, max: 12}).map(String)})
    ),
    lineText
  )
  .map(([tree, document, title]) => ({...asDocument(tree, document), title}))
