import {citePart} from '../model/ids.js'
import type {Group, Section, Version} from '../model/types.js'
import {wholeRuns} from '../redline/run.js'
import type {Conflict} from './conflict-error.js'
import type {HeadingChange, Modification, PartChange, SectionChange} from './modification-types.js'

/**
 * Rebases a record's cross-headings and part headings onto `onto`, as a document's title is
 * rebased: a heading the record writes as context takes `onto`'s words; a change whose old words
 * are `onto`'s stays; one whose new words `onto` already has becomes context; any other (the
 * heading changed both ways) is a conflict, the heading left as `onto` has it so that the conflict
 * block stands under its line. `held` are the clauses whose lines the rebased record must still
 * write so each heading in conflict is written (the first clause under it).
 */
export function rebaseHeadings(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; held: string[]} {
  const conflicts: Conflict[] = []
  const held: string[] = []
  const sections = modification.sections.map((section): SectionChange => {
    const target = onto.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter)
    if (!target || section.document !== undefined) return section
    const parts = section.parts.map((part) => rebasePart(part, target, section, names, conflicts, held))
    const headings = section.headings.flatMap((heading) => rebaseHeading(heading, target, section, names, conflicts, held))
    return {...section, parts, headings}
  })
  return {modification: {...modification, sections}, conflicts, held}
}

/** The same words on both sides: a heading written as context. */
function context<T extends {before: string | null; after: string | null; runs: unknown}>(change: T, words: string | null): T {
  return {...change, before: words, after: words, runs: words === null ? [] : wholeRuns(words, 'equal')}
}

function rebasePart(part: PartChange, target: Section, section: SectionChange, names: [string, string], conflicts: Conflict[], held: string[]): PartChange {
  const existing = target.parts.find((p) => p.id === part.id)
  if (!existing || part.kind === 'inserted' || part.kind === 'deleted') return part
  const theirs = existing.title
  if (theirs === part.before) return part
  if (part.kind === 'unchanged' || theirs === part.after) return {...context(part, theirs), kind: 'unchanged'}
  const next = `redline rebase ${names[0]} --onto ${names[1]} --write writes the record with a conflict block under the heading of ${citePart(part.id)}; write the heading as marks against ${names[1]} ({~~${theirs ?? ''}~>${part.after ?? ''}~~}) and delete the block`
  conflicts.push({clause: part.id, provision: `the heading of ${citePart(part.id)}`, field: 'part', base: part.before, sides: [{name: names[0], wording: part.after}, {name: names[1], wording: theirs}], place: part.place, next})
  const first = existing.groups.flatMap((group) => group.clauses)[0]?.id ?? section.clauses.find((c) => part.clauses.includes(c.id))?.id
  if (first !== undefined) held.push(first)
  return {...context(part, theirs), kind: 'unchanged'}
}

function rebaseHeading(heading: HeadingChange, target: Section, section: SectionChange, names: [string, string], conflicts: Conflict[], held: string[]): HeadingChange[] {
  if (heading.before === null) return [heading]
  // The group the heading stands over in `onto`: the one holding its first clause that the record does not insert.
  const first = heading.clauses.find((id) => section.clauses.find((c) => c.id === id)?.kind !== 'inserted')
  const group: Group | undefined = first === undefined ? undefined : target.parts.flatMap((p) => p.groups).find((g) => g.clauses.some((c) => c.id === first))
  if (!group || first === undefined) return [heading]
  const theirs = group.heading
  if (theirs === heading.before) return [heading]
  const asContext = theirs === null ? [] : [context(heading, theirs)]
  if (heading.before === heading.after || theirs === heading.after) return asContext
  const next = `redline rebase ${names[0]} --onto ${names[1]} --write writes the record with a conflict block above ${first}; write the cross-heading above it as marks against ${names[1]} (${theirs === null ? `{++### ${heading.after ?? ''}++}` : heading.after === null ? `{--### ${theirs}--}` : `{~~${theirs}~>${heading.after}~~}`}) and delete the block`
  conflicts.push({clause: first, provision: `the cross-heading above ${first}`, field: 'heading', base: heading.before, sides: [{name: names[0], wording: heading.after}, {name: names[1], wording: theirs}], place: heading.place, next})
  held.push(first)
  return asContext
}
