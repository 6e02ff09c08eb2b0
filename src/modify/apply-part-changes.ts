import {headlessPartOf} from '../model/headless-part.js'
import {comparePartIds} from '../model/ids.js'
import type {Part, Section} from '../model/types.js'
import {ConflictError, type Conflict} from './conflict-error.js'
import type {PartChange, PartChangeKind} from './modification-types.js'

/** What the records of a release do to one part, by `letter\u0000partId`. */
export type PartOutcomes = Map<string, {kind: Exclude<PartChangeKind, 'unchanged'>; before: string | null; after: string | null; by: string}>

/** Records one record's part change; two records changing a part differently are a conflict. */
export function collectPartChange(outcomes: PartOutcomes, letter: string, part: PartChange, by: string, conflicts: Conflict[]): void {
  if (part.kind === 'unchanged') return
  const key = `${letter}\u0000${part.id}`
  const earlier = outcomes.get(key)
  if (!earlier) {
    outcomes.set(key, {kind: part.kind, before: part.before, after: part.after, by})
    return
  }
  if (earlier.kind === part.kind && earlier.after === part.after) {
    earlier.by = `${earlier.by}+${by}`
    return
  }
  const wording = (kind: PartChangeKind, after: string | null): string | null => (kind === 'deleted' ? null : after ?? '')
  conflicts.push({
    clause: part.id,
    provision: part.id,
    field: 'part',
    base: part.kind === 'inserted' ? null : part.before ?? '',
    sides: [{name: earlier.by, wording: wording(earlier.kind, earlier.after)}, {name: by, wording: wording(part.kind, part.after)}],
    place: part.place
  })
}

/** The section with its parts retitled, and its new parts (still empty) in part-number order. */
export function withPartChanges(section: Section, outcomes: PartOutcomes): Section {
  const parts: Part[] = section.parts.map((part) => {
    const outcome = part.id === null ? undefined : outcomes.get(`${section.letter}\u0000${part.id}`)
    return outcome?.kind === 'retitled' ? {...part, title: outcome.after} : part
  })
  for (const [key, outcome] of outcomes) {
    const [letter, id = ''] = key.split('\u0000')
    if (letter !== section.letter || outcome.kind !== 'inserted' || parts.some((p) => p.id === id)) continue
    // A part heading inserted above clauses that stay: the part under no heading that holds them takes it.
    const headless = headlessPartOf({...section, parts}, id)
    if (headless) {
      parts[parts.indexOf(headless)] = {...headless, id, title: outcome.after}
      continue
    }
    const at = parts.findIndex((p) => p.id !== null && comparePartIds(p.id, id) > 0)
    const part: Part = {id, title: outcome.after, groups: []}
    if (at < 0) parts.push(part)
    else parts.splice(at, 0, part)
  }
  return {...section, parts}
}

/** The section without its deleted parts; a deleted part that still holds a clause (another record put it there) is a conflict. */
export function withoutDeletedParts(section: Section, outcomes: PartOutcomes): Section {
  const conflicts: Conflict[] = []
  const parts = section.parts.filter((part) => {
    const outcome = part.id === null ? undefined : outcomes.get(`${section.letter}\u0000${part.id}`)
    if (outcome?.kind !== 'deleted') return true
    const kept = part.groups.flatMap((g) => g.clauses)[0]
    if (kept) conflicts.push({clause: kept.id, provision: kept.id, field: 'clause', base: null, sides: [{name: outcome.by, wording: null}, {name: 'another record', wording: kept.text}]})
    return false
  })
  if (conflicts.length > 0) throw new ConflictError(conflicts)
  return {...section, parts}
}
