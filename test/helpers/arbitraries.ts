import fc from 'fast-check'
import {compareClauseNumbers, labelAt, schemeAt} from '../../src/model/ids.js'
import type {Clause, Group, InForce, Part, Section, SubParagraph, Table} from '../../src/model/types.js'

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

/**
 * A section G with optional part headings, cross-headings and clauses G<part>.<n>; a later part is
 * sometimes letter-suffixed (G1A after G1, a part inserted between two others, as the code numbers them).
 */
export const section: fc.Arbitrary<Section> = fc
  .array(
    fc.tuple(fc.boolean(), fc.option(lineText, {nil: null}), fc.array(fc.tuple(fc.option(lineText, {nil: null}), fc.integer({min: 1, max: 3})), {minLength: 1, maxLength: 3}), fc.boolean()),
    {minLength: 1, maxLength: 3}
  )
  .chain((partSpecs) => {
    let number = 0
    let whole = 0
    let previousSuffixed = true
    let previousNumbered = false
    const parts = partSpecs.map(([titled, title, groupSpecs, suffixed], partIndex) => {
      // G<n>A only after a plain, numbered G<n> (the first part may stand without a heading).
      const letter = suffixed && !previousSuffixed && previousNumbered
      previousSuffixed = letter
      previousNumbered = titled || partIndex > 0
      if (!letter) whole++
      const partNumber = letter ? `${whole}A` : `${whole}`
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

/* ---------- several paragraphs: lead-ins, tails and text between two lists (illustrative text) ---------- */

/** A paragraph of legal text, sometimes one that would read as markup at the start of a line (an item, a table row, a clause number). */
export const paragraphText = fc.oneof(
  {weight: 4, arbitrary: lineText},
  {weight: 1, arbitrary: fc.constantFrom('- (c) not an item', '| a | b |', '**G9.9** not a clause', '(b) not a label', '---', '===', '  ', '# not a heading', '1. not a list', '\\', '[Not used]').map((text) => text.trim()).filter((text) => text !== '')}
)

/** A provision tree with about one text in three given more paragraphs: lead-ins, tails and the text between two lists. */
function withParagraphs<T extends Clause | Section>(tree: T, text: fc.Arbitrary<string> = paragraphText): fc.Arbitrary<T> {
  return fc.array(fc.tuple(fc.nat({max: 5}), fc.array(text, {minLength: 1, maxLength: 3})), {minLength: 40, maxLength: 40}).map((choices) => {
    const copy = structuredClone(tree)
    let next = 0
    const pick = (): [number, string[]] => choices[next++ % choices.length] ?? [0, []]
    const more = (text: string): string => {
      const [roll, paragraphs] = pick()
      return roll < 2 && text !== '' ? [text, ...paragraphs].join('\n') : text
    }
    const visit = (provision: Clause | SubParagraph): void => {
      provision.text = more(provision.text)
      provision.tail = more(provision.tail)
      provision.items.forEach((item, index) => {
        if (index > 0) {
          const [roll, paragraphs] = pick()
          if (roll === 0) item.textBefore = paragraphs.join('\n')
        }
        visit(item)
      })
    }
    if ('parts' in copy) copy.parts.forEach((part) => part.groups.forEach((group) => group.clauses.forEach(visit)))
    else visit(copy)
    return copy
  })
}

/** A clause as {@link clause} makes them, with several paragraphs in a fraction of its lead-ins and tails and text between two lists. */
export const clauseWithParagraphs = (id: string): fc.Arbitrary<Clause> => clause(id).chain((tree) => withParagraphs(tree))

/** One clause given paragraphs twice, at random: the same sub-paragraphs, their lead-ins, tails and the text between their lists changed paragraph by paragraph. */
export const paragraphsPair: fc.Arbitrary<[Clause, Clause]> = clause('G3.20').chain((base) => fc.tuple(withParagraphs(base), withParagraphs(base)))

/** Two sections built alike, given paragraphs twice at random (as {@link paragraphsPair}). */
export const paragraphsSectionPair: fc.Arbitrary<[Section, Section]> = section.chain((base) => fc.tuple(withParagraphs(base), withParagraphs(base)))

/** A section as {@link section} makes them, with several paragraphs as in {@link clauseWithParagraphs}. */
export const sectionWithParagraphs: fc.Arbitrary<Section> = section.chain((tree) => withParagraphs(tree))

/**
 * A section as {@link section} makes them, with several paragraphs as in {@link clauseWithParagraphs}
 * but each paragraph one of {@link lineText}'s (none that reads as a label or a clause number at the
 * start of a line): what a word processor's document can hold apart from its numbering.
 */
export const sectionWithTextParagraphs: fc.Arbitrary<Section> = section.chain((tree) => withParagraphs(tree, lineText))

/** One clause given paragraphs twice as {@link paragraphsPair}, each paragraph one of {@link lineText}'s (as {@link sectionWithTextParagraphs}). */
export const textParagraphsPair: fc.Arbitrary<[Clause, Clause]> = clause('G3.20').chain((base) => fc.tuple(withParagraphs(base, lineText), withParagraphs(base, lineText)))

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
  /** A cross-heading inserted inside a group of two or more clauses, after its first clause, in its middle or before its last: the clauses from there stand under it (null: the group's own words again). */
  | {kind: 'split-group'; at: number; where: 'first' | 'middle' | 'last'; heading: string | null}
  /** The cross-heading of a group that is not its part's first deleted (the first, middle or last such group): its clauses join the group before them. */
  | {kind: 'merge-group'; where: 'first' | 'middle' | 'last'}
  | {kind: 'part-title'; at: number; title: string | null}
  /** A part heading (`G1 Title`, or the number alone) inserted above the clauses of the part that stands under none, which stay. */
  | {kind: 'part-heading'; title: string | null}
  /** The document itself retitled (`# Section G: Title`, or an Appendix's or Schedule's title). */
  | {kind: 'document-title'; title: string}
  | {kind: 'not-used'; at: number}
  | {kind: 'tail'; at: number; text: string}
  | {kind: 'words'; at: number; text: string}
  | TableEdit

/** A random modification of a section: the base, the edits, whether lists carry connectors, and the result. */
export interface GeneratedModification {
  before: Section
  after: Section
  edits: ModificationEdit[]
  connectors: boolean
}

/**
 * A random modification of paragraphs: a section given paragraphs twice (as {@link textParagraphsPair},
 * each a line of {@link lineText}), so that lead-ins, tails and the text between two lists gain, lose
 * or change paragraphs while the sub-paragraphs stay.
 */
export const textParagraphsModification: fc.Arbitrary<GeneratedModification> = section.chain((base) =>
  fc.tuple(withParagraphs(base, lineText), withParagraphs(base, lineText)).map(([before, after]): GeneratedModification => ({before, after, edits: [], connectors: false}))
)

/** Text that may hold characters a renderer must neutralise: control characters, bidi overrides. */
const hostileText = fc.oneof(
  {weight: 4, arbitrary: lineText},
  {weight: 1, arbitrary: fc.tuple(lineText, fc.constantFrom('\u001b[31m', '\u0007', '\u202e', '\u00a0', 'a\u0301', '😀')).map(([text, odd]) => `${text} ${odd}x`)}
)
const where = fc.constantFrom('first' as const, 'middle' as const, 'last' as const)
/**
 * A document's title (illustrative words, not SEC wording): the words titles hold, `#`, `*` and `\`,
 * which a title line escapes as a heading's text, and `{`, `}`, `~>` and whole CriticMarkup marks,
 * which it escapes against CriticMarkup (`\{`, `\}`, `\~>`; see sec-text/README.md).
 */
export const documentTitle = fc
  .array(fc.constantFrom('Security', 'Illustrative', 'Matters', 'and', 'of', 'the', 'DCC', "Users'", '(Transitional)', '–', 'Sub-Committee', '&', 'Smart Metering', 'العربية', '漢字', '#', '*', '"Quoted"', '{', '}', '~>', '{Annex}', '{++x++}', '{~~a~>b~~}', 'x}}', '\\'), {minLength: 1, maxLength: 6})
  .map((words) => words.join(' '))
const edit: fc.Arbitrary<ModificationEdit> = fc.oneof(
  {weight: 4, arbitrary: fc.record({kind: fc.constant('insert-item' as const), at: fc.nat(), where, text: hostileText})},
  {weight: 4, arbitrary: fc.record({kind: fc.constant('delete-item' as const), at: fc.nat(), where})},
  {weight: 3, arbitrary: fc.record({kind: fc.constant('insert-clause' as const), at: fc.nat(), where, newHeading: fc.option(lineText, {nil: null, freq: 2}), body: clause('G0.0')})},
  {weight: 2, arbitrary: fc.record({kind: fc.constant('delete-clause' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('retitle' as const), at: fc.nat(), heading: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('split-group' as const), at: fc.nat(), where, heading: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('merge-group' as const), where})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('part-title' as const), at: fc.nat(), title: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('part-heading' as const), title: fc.option(lineText, {nil: null, freq: 4})})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('not-used' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('document-title' as const), title: documentTitle})},
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

const depthOf = (provision: AnyProvision): number => (provision.kind === 'clause' ? 0 : (provision.id.replace(/\[[^\]]*\]/, '').match(/\(/g) ?? []).length)
const indexAt = (length: number, place: 'first' | 'middle' | 'last'): number => (place === 'first' ? 0 : place === 'last' ? length : Math.floor(length / 2))

/** Labels and IDs of every sub-paragraph from its position, as the numbering rule wants them. */
function relabel(provision: AnyProvision): void {
  const scheme = schemeAt(depthOf(provision) + 1)
  provision.items.forEach((item, index) => {
    item.label = scheme ? labelAt(scheme, index) : String(index + 1)
    item.id = `${provision.id}(${item.label})`
    if (item.table) item.table = {...item.table, id: `${item.id}/table`, rows: item.table.rows.map((row, index) => ({...row, id: `${item.id}/table/${index + 1}`}))}
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

/** A provision whose sub-paragraphs are definitions: its list changes only by definition edits (a labelled item or relabelling would not be one). */
const isDefinitionsList = (provision: AnyProvision): boolean => provision.items.some((item) => item.term !== undefined)

function applyEdit(section: Section, change: ModificationEdit): void {
  if (isTableEdit(change)) return applyTableEdit(provisionsOf(section), change)
  const provisions = provisionsOf(section)
  const groups = section.parts.flatMap((part) => part.groups)
  const clauses = groups.flatMap((group) => group.clauses)
  switch (change.kind) {
    case 'insert-item': {
      const owners = provisions.filter((p) => depthOf(p) < 4 && !isDefinitionsList(p))
      const owner = owners[change.at % owners.length]
      if (!owner) return
      owner.items.splice(indexAt(owner.items.length, change.where), 0, {kind: 'sub-paragraph', id: '', label: '', text: change.text, items: [], tail: ''})
      relabel(owner)
      return
    }
    case 'delete-item': {
      const owners = provisions.filter((p) => p.items.length > 0 && !isDefinitionsList(p))
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
      const own = section.parts.find((p) => p.groups.includes(group)) as Part
      // First in a numbered part, a clause is numbered in that part (G3.0A), never after the last clause of the part before.
      const firstInPart = index === 0 && own.groups[0] === group && own.id !== null
      const previous = index > 0 ? group.clauses[index - 1] : firstInPart ? undefined : clauses[clauses.indexOf(group.clauses[0] as Clause) - 1]
      const taken = new Set(clauses.map((c) => c.id))
      const stem = previous?.id.replace(/[A-Z]$/, '') ?? (firstInPart ? `${own.id}.0` : `${section.letter}1.0`)
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
    case 'split-group': {
      // A heading inserted inside a group: the clauses from there on stand under it.
      const splittable = groups.filter((group) => group.clauses.length >= 2)
      const group = splittable[change.at % splittable.length]
      if (!group) return
      const index = change.where === 'first' ? 1 : change.where === 'last' ? group.clauses.length - 1 : Math.max(1, Math.floor(group.clauses.length / 2))
      const part = section.parts.find((p) => p.groups.includes(group)) as Part
      part.groups.splice(part.groups.indexOf(group) + 1, 0, {heading: change.heading ?? group.heading ?? 'Cross-heading', clauses: group.clauses.splice(index)})
      return
    }
    case 'merge-group': {
      // A heading deleted from above clauses that stay, in the middle of a part: they join the group before them.
      const mergeable = section.parts.flatMap((part) => part.groups.slice(1).map((group) => ({part, group})))
      const target = mergeable[indexAt(mergeable.length - 1, change.where)]
      if (!target) return
      const at = target.part.groups.indexOf(target.group)
      target.part.groups[at - 1]?.clauses.push(...target.group.clauses)
      target.part.groups.splice(at, 1)
      return
    }
    case 'part-title': {
      // A numbered part retitled, given a title or losing it (illustrative titles).
      const numbered = section.parts.filter((part) => part.id !== null)
      const part = numbered[change.at % numbered.length]
      if (part) part.title = change.title
      return
    }
    case 'part-heading': {
      // The first part, under no heading, takes the number its clauses carry (G1.1 → Part G1).
      const first = section.parts[0]
      const number = /^([A-Z]+\d+)\./.exec(first?.groups[0]?.clauses[0]?.id ?? '')?.[1]
      if (first && first.id === null && number !== undefined && first.groups.every((group) => group.clauses.every((c) => c.id.startsWith(`${number}.`)))) Object.assign(first, {id: number, title: change.title})
      return
    }
    case 'document-title': {
      section.title = change.title
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
const clauseModification: fc.Arbitrary<GeneratedModification> = fc
  .tuple(modificationOf(section, edit), documentShape)
  .map(([generated, document]) => (document === null ? generated : inDocument(generated, document)))

function modificationOf(base: fc.Arbitrary<Section>, edits: fc.Arbitrary<ModificationEdit>): fc.Arbitrary<GeneratedModification> {
  return fc
    .tuple(base, fc.array(edits, {minLength: 1, maxLength: 4}), fc.boolean())
    .map(([tree, changes, connectors]) => {
      const before = structuredClone(tree)
      const after = structuredClone(tree)
      for (const change of changes) applyEdit(after, change)
      if (connectors) {
        for (const side of [before, after]) for (const part of side.parts) for (const group of part.groups) group.clauses.forEach(punctuate)
      }
      return {before, after, edits: changes, connectors}
    })
}

/**
 * A random modification of cross-heading groups over clauses that stay, with other edits beside: a
 * group split by a heading inserted after its first clause, in its middle or before its last (its own
 * words again, sometimes), a group's heading deleted so it merges into the one before (the first,
 * middle or last such group), headings retitled, given and removed, and clauses inserted and deleted
 * beside them.
 */
export const headingModification: fc.Arbitrary<GeneratedModification> = modificationOf(
  section,
  fc.oneof(
    {weight: 3, arbitrary: fc.record({kind: fc.constant('split-group' as const), at: fc.nat(), where, heading: fc.option(lineText, {nil: null, freq: 4})})},
    {weight: 3, arbitrary: fc.record({kind: fc.constant('merge-group' as const), where})},
    {weight: 1, arbitrary: fc.record({kind: fc.constant('retitle' as const), at: fc.nat(), heading: fc.option(lineText, {nil: null, freq: 4})})},
    {weight: 1, arbitrary: fc.record({kind: fc.constant('insert-clause' as const), at: fc.nat(), where, newHeading: fc.option(lineText, {nil: null, freq: 2}), body: clause('G0.0')})},
    {weight: 1, arbitrary: fc.record({kind: fc.constant('delete-clause' as const), at: fc.nat()})},
    {weight: 1, arbitrary: fc.record({kind: fc.constant('words' as const), at: fc.nat(), text: lineText})}
  )
  // A clause inserted first in a part's first group takes the number of the clause before it, in the part before: not a shape of the code.
).filter(({after}) => {
  const ids = after.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses.map((c) => c.id)))
  // Nor a clause numbered out of order (G1.2Z in a new group, then G1.2A after it).
  return ids.every((id, index) => index === 0 || compareClauseNumbers(ids[index - 1] as string, id) < 0) && after.parts.every((part) => part.id === null || part.groups.every((group) => group.clauses.every((c) => c.id.startsWith(`${part.id}.`))))
})

/* ---------- tables (issue 10): a provision's table, and modifications of tables ---------- */

/** A cell's text: legal words, often with what a table must keep in its cell (`|`, `\`, markdown, `<script>`); sometimes empty. */
export const cellText = fc.oneof(
  {weight: 6, arbitrary: lineText},
  {weight: 2, arbitrary: fc.constantFrom('|', '\\|', 'a | b', '\\', '---', ':---:', '| x |', '<script>alert(1)</script>', '**DCC**', '5 Working Days', 'DCC', 'Supplier Party')},
  {weight: 1, arbitrary: fc.constant('')}
)

/** A table for the provision `provisionId`: one to four columns, up to five body rows. */
export function table(provisionId: string): fc.Arbitrary<Table> {
  return fc.integer({min: 1, max: 4}).chain((columns) =>
    fc.tuple(fc.array(cellText, {minLength: columns, maxLength: columns}), fc.array(fc.array(cellText, {minLength: columns, maxLength: columns}), {maxLength: 5})).map(
      ([header, rows]): Table => ({
        id: `${provisionId}/table`,
        header,
        rows: rows.map((cells, index) => ({id: `${provisionId}/table/${index + 1}`, cells}))
      })
    )
  )
}

/** Every provision of a section (clauses and sub-paragraphs), in document order. */
export function provisionsOfSection(tree: Section): Array<Clause | SubParagraph> {
  return provisionsOf(tree)
}

/** A section G as {@link section} makes them, with a table on about one provision in four (clauses and sub-paragraphs). */
export const sectionWithTables: fc.Arbitrary<Section> = section.chain((tree) => {
  const provisions = provisionsOf(tree)
  return fc.tuple(...provisions.map((provision) => fc.option(table(provision.id), {nil: undefined, freq: 3}))).map((tables) => {
    const copy = structuredClone(tree)
    provisionsOf(copy).forEach((provision, index) => {
      const made = tables[index]
      if (made) provision.table = made
    })
    return copy
  })
})

/** A clause as {@link clause} makes them, with a table on its lead-in and on some sub-paragraphs. */
export function clauseWithTables(id: string): fc.Arbitrary<Clause> {
  return clause(id).chain((tree) => {
    const provisions: Array<Clause | SubParagraph> = []
    const visit = (provision: Clause | SubParagraph): void => {
      provisions.push(provision)
      provision.items.forEach(visit)
    }
    visit(tree)
    return fc.tuple(...provisions.map((provision, index) => (index === 0 ? table(provision.id) : fc.option(table(provision.id), {nil: undefined, freq: 3})))).map((tables) => {
      const copy = structuredClone(tree)
      const targets: Array<Clause | SubParagraph> = []
      const collect = (provision: Clause | SubParagraph): void => {
        targets.push(provision)
        provision.items.forEach(collect)
      }
      collect(copy)
      targets.forEach((provision, index) => {
        const made = tables[index]
        if (made) provision.table = made
      })
      return copy
    })
  })
}

/** One edit of a provision's table: a row inserted or deleted first, in the middle or last, a cell or a header cell edited, a table added or removed. */
export type TableEdit =
  | {kind: 'row-insert'; at: number; where: 'first' | 'middle' | 'last'; cells: string[]}
  | {kind: 'row-delete'; at: number; where: 'first' | 'middle' | 'last'}
  | {kind: 'cell'; at: number; row: number; column: number; text: string}
  | {kind: 'header-cell'; at: number; column: number; text: string}
  | {kind: 'table-add'; at: number; table: Table}
  | {kind: 'table-remove'; at: number}

const TABLE_EDITS: ReadonlySet<string> = new Set(['row-insert', 'row-delete', 'cell', 'header-cell', 'table-add', 'table-remove'])

function isTableEdit(change: ModificationEdit): change is TableEdit {
  return TABLE_EDITS.has(change.kind)
}

const tableEdit: fc.Arbitrary<TableEdit> = fc.oneof(
  {weight: 4, arbitrary: fc.record({kind: fc.constant('row-insert' as const), at: fc.nat(), where, cells: fc.array(cellText, {minLength: 4, maxLength: 4})})},
  // An empty row (every cell empty): its tracked row mark is all that carries the change in Word.
  {weight: 1, arbitrary: fc.record({kind: fc.constant('row-insert' as const), at: fc.nat(), where, cells: fc.constant<string[]>(['', '', '', ''])})},
  {weight: 3, arbitrary: fc.record({kind: fc.constant('row-delete' as const), at: fc.nat(), where})},
  {weight: 4, arbitrary: fc.record({kind: fc.constant('cell' as const), at: fc.nat(), row: fc.nat(), column: fc.nat(), text: fc.oneof(cellText, hostileText)})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('header-cell' as const), at: fc.nat(), column: fc.nat(), text: cellText})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('table-add' as const), at: fc.nat(), table: table('G0.0')})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('table-remove' as const), at: fc.nat()})}
)

function applyTableEdit(provisions: AnyProvision[], change: TableEdit): void {
  const tabled = provisions.filter((p) => p.table !== undefined)
  if (change.kind === 'table-add') {
    const target = provisions.filter((p) => p.table === undefined)[change.at % Math.max(1, provisions.length)]
    if (target) target.table = {...change.table, id: `${target.id}/table`, rows: change.table.rows.map((row, index) => ({...row, id: `${target.id}/table/${index + 1}`}))}
    return
  }
  const target = tabled[change.at % Math.max(1, tabled.length)]
  const table = target?.table
  if (!target || !table) return
  const columns = table.header.length
  switch (change.kind) {
    case 'table-remove':
      delete target.table
      return
    case 'row-insert':
      table.rows.splice(indexAt(table.rows.length, change.where), 0, {id: '', cells: change.cells.slice(0, columns)})
      break
    case 'row-delete':
      if (table.rows.length > 0) table.rows.splice(Math.min(indexAt(table.rows.length, change.where), table.rows.length - 1), 1)
      break
    case 'cell': {
      const row = table.rows[change.row % Math.max(1, table.rows.length)]
      if (row) row.cells[change.column % columns] = change.text
      break
    }
    case 'header-cell':
      table.header[change.column % columns] = change.text
  }
  table.rows.forEach((row, index) => (row.id = `${table.id}/${index + 1}`))
}

/**
 * A random modification of a section with tables: the edits of {@link modification}, and rows
 * inserted or deleted (first, middle, last), cells edited (hostile text too), tables added and
 * removed; in about one case in five also a column added to or removed from one table (first,
 * middle or last; never a table's only column), on top of those edits.
 */
export const tableModification: fc.Arbitrary<GeneratedModification> = fc.oneof(
  {weight: 4, arbitrary: modificationOf(sectionWithTables, fc.oneof({weight: 1, arbitrary: edit}, {weight: 2, arbitrary: tableEdit}))},
  {
    weight: 1,
    arbitrary: fc
      .tuple(modificationOf(sectionWithTables, fc.oneof({weight: 1, arbitrary: edit}, {weight: 2, arbitrary: tableEdit})), fc.nat(), fc.boolean(), where, fc.array(cellText, {minLength: 7, maxLength: 7}))
      .map(([generated, at, add, place, cells]) => {
        // A copy: fast-check hands the same generated value to this function again while it shrinks.
        const after = structuredClone(generated.after)
        const tabled = provisionsOf(after).filter((provision) => provision.table !== undefined)
        const column = tabled[at % Math.max(1, tabled.length)]?.table
        if (!column || (!add && column.header.length < 2)) return generated
        const index = Math.min(indexAt(column.header.length, place), add ? column.header.length : column.header.length - 1)
        const rows = [column.header, ...column.rows.map((row) => row.cells)]
        rows.forEach((row, n) => (add ? row.splice(index, 0, cells[n % cells.length] ?? '') : row.splice(index, 1)))
        return {...generated, after}
      })
  }
)


/* ---------- in-force status (issue 10): statuses added, changed and removed ---------- */

/**
 * A real calendar date: any day of 2000–2099, or a boundary: 29 February of a leap year (2000, a
 * century leap year; 2028), 28 February of a century that is not one (2100), the last day of a
 * 30-day month, the turn of a year, and the first and last days `YYYY-MM-DD` can write.
 */
export const statusDate: fc.Arbitrary<string> = fc.oneof(
  {weight: 2, arbitrary: fc.date({min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10))},
  {weight: 1, arbitrary: fc.constantFrom('2000-02-29', '2028-02-29', '2100-02-28', '2026-04-30', '2026-12-31', '2027-01-01', '0001-01-01', '9999-12-31')}
)

/** A status: awaiting a direction, commencing on a date, lapsing on a date, or both (not always in order: the `in-force` rule, not the format, judges that). */
export const inForceStatus: fc.Arbitrary<InForce> = fc.oneof(
  fc.record({commences: fc.oneof(fc.constant('direction'), statusDate)}),
  fc.record({lapses: statusDate}),
  fc.record({commences: fc.oneof(fc.constant('direction'), statusDate), lapses: statusDate})
)

/** One status edit: a status given to the `at`-th part or provision (replacing any it had), the `at`-th status changed, or removed. */
export type StatusEdit =
  | {kind: 'status-add'; at: number; inForce: InForce}
  | {kind: 'status-change'; at: number; inForce: InForce}
  | {kind: 'status-remove'; at: number}

export const statusEdit: fc.Arbitrary<StatusEdit> = fc.oneof(
  fc.record({kind: fc.constant('status-add' as const), at: fc.nat(), inForce: inForceStatus}),
  fc.record({kind: fc.constant('status-change' as const), at: fc.nat(), inForce: inForceStatus}),
  fc.record({kind: fc.constant('status-remove' as const), at: fc.nat()})
)

/** Applies a status edit to a section in place; a change or removal where no part or provision has a status does nothing. */
export function applyStatusEdit(tree: Section, change: StatusEdit): void {
  // Numbered parts hold statuses too (a part's status holds for every provision in it).
  const provisions: Array<{inForce?: InForce}> = [...tree.parts.filter((part) => part.id !== null), ...provisionsOf(tree)]
  if (change.kind === 'status-add') {
    const target = provisions[change.at % Math.max(provisions.length, 1)]
    if (target) target.inForce = {...change.inForce}
    return
  }
  const withStatus = provisions.filter((provision) => provision.inForce)
  const target = withStatus[change.at % Math.max(withStatus.length, 1)]
  if (!target) return
  if (change.kind === 'status-change') target.inForce = {...change.inForce}
  else delete target.inForce
}

/**
 * A text edit that keeps a section a file can hold: not {@link modification}'s clause insertion (its
 * clause may be numbered for another part) nor its clause deletion (it may leave a cross-heading
 * over no clause).
 */
const textEditBesideStatus = edit.filter((change) => change.kind !== 'insert-clause' && change.kind !== 'delete-clause')

/**
 * A random status modification: a section whose numbered parts and provisions (clauses and
 * sub-paragraphs at any depth) hold up to three statuses, and the same section after one to three status edits (added, changed,
 * removed, with real and boundary dates), sometimes with up to two of {@link modification}'s text
 * edits too (sub-paragraphs inserted and deleted, so a status can sit on a new one or go with a
 * deleted one; clauses made [Not used]; words, tails and headings changed).
 */
export const statusModification: fc.Arbitrary<GeneratedModification> = fc
  .tuple(
    section,
    fc.array(fc.record({at: fc.nat(), inForce: inForceStatus}), {maxLength: 3}),
    fc.oneof({weight: 3, arbitrary: fc.constant<ModificationEdit[]>([])}, {weight: 1, arbitrary: fc.array(textEditBesideStatus, {minLength: 1, maxLength: 2})}),
    fc.array(statusEdit, {minLength: 1, maxLength: 3})
  )
  .map(([tree, initial, textEdits, statusEdits]) => {
    const before = structuredClone(tree)
    for (const {at, inForce} of initial) applyStatusEdit(before, {kind: 'status-add', at, inForce})
    const after = structuredClone(before)
    for (const change of textEdits) applyEdit(after, change)
    for (const change of statusEdits) applyStatusEdit(after, change)
    return {before, after, edits: textEdits, connectors: false}
  })

/* ---------- definitions (Section A1.1): illustrative terms and text, not SEC wording ---------- */

/** A defined term: words of a glossary, sometimes with characters markdown would read (`*`, `_`, `&`, `"`) or another script. */
export const term = fc
  .array(
    fc.oneof(
      {weight: 8, arbitrary: fc.constantFrom('Anomaly', 'Detection', 'Threshold', 'Alt', 'HAN', 'Device', 'Party', 'SMETS2+', 'Working', 'Day', 'Panel', 'DCC', 'Code', 'Meter', 'Zeta')},
      {weight: 1, arbitrary: fc.constantFrom('*', '_x_', '&', '"Q"', 'a|b', '#1', '<T>', '\\', '`c`', '(a)', 'Über', '漢字', '-', '1.', 'means', 'is', 'שלום')}
    ),
    {minLength: 1, maxLength: 4}
  )
  .map((words) => words.join(' '))

/** How a definition's meaning opens: mostly a defining word; sometimes words before it, or none (plain text cannot tell such a term from its meaning). */
const meaningOpening = fc.oneof(
  {weight: 8, arbitrary: fc.constant('means ')},
  {weight: 3, arbitrary: fc.constantFrom('has the meaning given to it in ', 'includes ', 'shall mean ', 'means, ')},
  {weight: 1, arbitrary: fc.constantFrom(', in respect of a Device, means ', '(where applicable) means ', '')}
)

/** A definition: a term in bold, its text, sometimes sub-paragraphs (their schemes restarting at (a)) and a tail. */
export function definition(parentId: string, name: string): fc.Arbitrary<SubParagraph> {
  const id = `${parentId}[${name}]`
  return fc.tuple(meaningOpening, lineText, fc.boolean(), lineText, fc.boolean()).chain(([opening, text, nested, tail, withTail]) =>
    (nested ? subParagraphs(1, id) : fc.constant([] as SubParagraph[])).map(
      (items): SubParagraph => ({kind: 'sub-paragraph', id, label: name, term: name, text: `${opening}${text}`, items, tail: items.length > 0 && withTail ? tail : ''})
    )
  )
}

/** Distinct terms (case-insensitively), in alphabetical order. */
export const terms = (options: {minLength?: number; maxLength?: number} = {}): fc.Arbitrary<string[]> =>
  fc
    .uniqueArray(term, {selector: (t) => t.toLowerCase(), minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 5})
    .map((list) => [...list].sort((a, b) => a.localeCompare(b, 'en')))

/** The definitions clause A1.1: its lead-in and a list of definitions. */
export function definitionsClause(id = 'A1.1'): fc.Arbitrary<Clause> {
  return terms().chain((names) =>
    fc.tuple(...names.map((name) => definition(id, name))).map(
      (items): Clause => ({kind: 'clause', id, text: 'In this Code the expressions below have the meanings given to them:', items, tail: ''})
    )
  )
}

/** A section A with a definitions clause A1.1 and an ordinary clause A1.2 (illustrative). */
export const definitionsSection: fc.Arbitrary<Section> = fc
  .tuple(definitionsClause('A1.1'), clause('A1.2'))
  .map(([a, b]): Section => ({letter: 'A', title: 'Definitions and Interpretation', version: '6.17', parts: [{id: 'A1', title: 'Definitions', groups: [{heading: null, clauses: [a, b]}]}]}))

/** One edit of a definitions list. */
export type DefinitionEdit =
  | {kind: 'insert-definition'; where: 'first' | 'middle' | 'last'; definition: SubParagraph}
  | {kind: 'delete-definition'; where: 'first' | 'middle' | 'last'}
  | {kind: 'rename-definition'; where: 'first' | 'middle' | 'last'; term: string}
  | {kind: 'amend-definition'; where: 'first' | 'middle' | 'last'; text: string}
  | {kind: 'definition-items'; where: 'first' | 'middle' | 'last'; text: string}

const definitionEdit: fc.Arbitrary<DefinitionEdit> = fc.oneof(
  fc.record({kind: fc.constant('insert-definition' as const), where, definition: term.chain((name) => definition('A1.1', name))}),
  fc.record({kind: fc.constant('delete-definition' as const), where}),
  fc.record({kind: fc.constant('rename-definition' as const), where, term}),
  fc.record({kind: fc.constant('amend-definition' as const), where, text: hostileText}),
  fc.record({kind: fc.constant('definition-items' as const), where, text: hostileText})
)

/** A random modification of the definitions in A1.1: definitions inserted, deleted, renamed or amended first, in the middle or last, with hostile text. */
export const definitionsModification: fc.Arbitrary<GeneratedModification> = fc
  .tuple(
    definitionsSection,
    fc.array(
      definitionEdit,
      {minLength: 1, maxLength: 3}
    )
  )
  .map(([base, edits]) => {
    const before = structuredClone(base)
    const after = structuredClone(base)
    const list = (after.parts[0]?.groups[0]?.clauses[0] as Clause).items
    for (const change of edits) applyDefinitionEdit(list, change)
    return {before, after, edits: [], connectors: false}
  })

function applyDefinitionEdit(list: SubParagraph[], change: DefinitionEdit): void {
  const index = Math.min(indexAt(list.length, change.where), Math.max(0, list.length - 1))
  const target = list[index]
  const taken = (name: string): boolean => list.some((item) => item !== target && item.term?.toLowerCase() === name.toLowerCase())
  switch (change.kind) {
    case 'insert-definition': {
      if (taken(change.definition.term ?? '') || target?.term?.toLowerCase() === change.definition.term?.toLowerCase()) return
      list.splice(indexAt(list.length, change.where), 0, structuredClone(change.definition))
      break
    }
    case 'delete-definition':
      if (list.length > 1) list.splice(index, 1)
      break
    case 'rename-definition':
      if (target && !taken(change.term)) Object.assign(target, {term: change.term, label: change.term})
      break
    case 'amend-definition':
      if (target) target.text = `means ${change.text}`
      break
    case 'definition-items':
      if (target) {
        if (target.items.length > 0) target.items.pop()
        else target.items.push({kind: 'sub-paragraph', id: '', label: 'a', text: change.text, items: [], tail: ''})
        if (target.items.length === 0) target.tail = ''
      }
  }
  // IDs from the (possibly renamed) terms; sub-paragraphs relabelled from (a).
  for (const item of list) {
    item.id = `A1.1[${item.term ?? ''}]`
    relabel(item)
  }
}

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

/** Section A ({@link definitionsSection}) with a table on about one clause in three (A1.1's lead-in too) and on some sub-paragraphs of A1.2. */
const definitionsSectionWithTables: fc.Arbitrary<Section> = definitionsSection.chain((tree) => {
  const provisions = provisionsOf(tree).filter((provision) => !provision.id.includes('['))
  return fc.tuple(...provisions.map((provision) => fc.option(table(provision.id), {nil: undefined, freq: 2}))).map((tables) => {
    const copy = structuredClone(tree)
    provisionsOf(copy)
      .filter((provision) => !provision.id.includes('['))
      .forEach((provision, index) => {
        const made = tables[index]
        if (made) provision.table = made
      })
    return copy
  })
})

/**
 * A random modification that mixes structures in one case: Section A's definitions (A1.1) inserted,
 * deleted, renamed or amended first, in the middle or last (hostile text too), and in the same case
 * the clause edits of {@link modification} (A1.1's own lead-in and tail, A1.2, new clauses, headings)
 * and table edits (rows and cells, a table added to or removed from A1.1 itself).
 */
export const mixedDefinitionsModification: fc.Arbitrary<GeneratedModification> = fc
  .tuple(
    definitionsSectionWithTables,
    fc.array(definitionEdit, {minLength: 1, maxLength: 3}),
    fc.array(fc.oneof({weight: 2, arbitrary: edit}, {weight: 2, arbitrary: tableEdit}), {maxLength: 3}),
    fc.boolean()
  )
  .map(([base, definitionEdits, otherEdits, connectors]) => {
    const before = structuredClone(base)
    const after = structuredClone(base)
    const list = (after.parts[0]?.groups[0]?.clauses[0] as Clause).items
    // Definitions first, while A1.1 stands first; then the other edits (which may delete A1.1 or make it [Not used]).
    for (const change of definitionEdits) applyDefinitionEdit(list, change)
    for (const change of otherEdits) applyEdit(after, change)
    if (connectors) {
      for (const side of [before, after]) for (const part of side.parts) for (const group of part.groups) group.clauses.forEach(punctuate)
    }
    return {before, after, edits: otherEdits, connectors}
  })

/**
 * A random modification of any structure: mostly {@link clauseModification}'s clauses (in Section G,
 * an Appendix or a Schedule); sometimes a section with tables ({@link tableModification}, a column
 * added or removed in about one case in five); sometimes Section A, whose definitions (A1.1) and
 * ordinary clauses and tables change in one case ({@link mixedDefinitionsModification}); sometimes
 * statuses of parts and provisions given, changed and removed ({@link statusModification}). The
 * weights keep most cases as small as before.
 */
export const modification: fc.Arbitrary<GeneratedModification> = fc.oneof(
  {weight: 6, arbitrary: clauseModification},
  {weight: 1, arbitrary: tableModification},
  {weight: 2, arbitrary: mixedDefinitionsModification},
  {weight: 1, arbitrary: statusModification}
)
