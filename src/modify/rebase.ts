import type {Clause, Provision, SubParagraph, Version} from '../model/types.js'
import {clausesOf} from '../model/walk.js'
import {applyModifications} from './apply-modification.js'
import {checkContext} from './check-context.js'
import {provisionPlace} from './apply-modification.js'
import {insertConflictBlocks} from './conflict-blocks.js'
import type {Conflict} from './conflict-error.js'
import {draftModification, type Draft} from './draft-modification.js'
import {mergeClause, mergeText} from './merge-clauses.js'
import {provisions} from './parse-legal-text.js'
import {sameProvision} from './same-provision.js'
import type {ClauseChange, Modification} from './modification-types.js'
import {rebaseStatuses} from './rebase-statuses.js'
import {rebaseDocumentVersions} from './rebase-document-versions.js'
import {rebaseDocumentTitles} from './rebase-document-titles.js'
import {rebaseHeadings} from './rebase-headings.js'

/** A rebase: the re-drafted modification, or the conflicts clause by clause (nothing is drafted). */
export type RebaseResult = {ok: true; draft: Draft} | {ok: false; conflicts: Conflict[]; draft?: Draft}

/**
 * Re-drafts a modification against a newer version with a word-level three-way merge: for each
 * clause, base = the text with every mark rejected, ours = with every mark accepted, theirs = the
 * clause in `onto`. A clean merge gives the modification drafted against `onto`. With `base` (the
 * version the record names), the record's context is checked against it first.
 */
export function rebaseModification(modification: Modification, onto: Version, base?: Version): RebaseResult {
  // A record that does not apply to its own base is refused as apply refuses it: a merge from
  // text the record only claims to change would silently put the base's words over the drafter's.
  if (base) checkContext(base, modification)
  const id = modification.meta.id
  const conflicts: Conflict[] = []
  // Clauses in conflict stay in the record as the target's text, each under its conflict block.
  const held: string[] = []
  const theirs = new Map(clausesOf(onto.sections).map((clause) => [clause.id, clause]))
  const rebased: Modification = {
    ...modification,
    sections: modification.sections.map((section) => ({
      ...section,
      clauses: section.clauses.flatMap((change): ClauseChange[] => {
        const result = rebaseClause(change, theirs.get(change.id), [id, onto.id])
        if ('conflicts' in result) {
          const target = theirs.get(change.id)
          const next = `redline rebase ${id} --onto ${onto.id} --write writes the record against ${onto.id} with a conflict block above ${change.id}; edit the clause into ordinary marks and delete the block`
          conflicts.push(...result.conflicts.map((c) => ({...c, place: provisionPlace(change, c.provision, c.row), next})))
          if (!target) return []
          held.push(change.id)
          // The words and provisions that merged cleanly stay changed; the words in conflict are the target's until resolved.
          const after = result.partial ?? (change.before && change.after ? mergeWhereClean(change.before, change.after, target) : target)
          return [{...change, kind: 'amended' as const, before: target, after}]
        }
        return result.change ? [result.change] : []
      })
    }))
  }
  // A cross-heading the record inserts above a clause that opens a group under another heading in the target: a conflict, the target's heading kept.
  for (const section of rebased.sections) {
    section.headings = section.headings.filter((heading) => {
      const first = heading.before === null && heading.after !== null ? heading.clauses.find((clause) => ['unchanged', 'amended'].includes(section.clauses.find((c) => c.id === clause)?.kind ?? '')) : undefined
      const there = first === undefined ? undefined : onto.sections.flatMap((s) => s.parts.flatMap((p) => p.groups)).find((g) => g.clauses[0]?.id === first && g.heading !== null)
      if (first === undefined || there === undefined || there.heading === heading.after) return true
      conflicts.push({clause: first, provision: `the cross-heading above ${first}`, field: 'heading', base: null, sides: [{name: id, wording: heading.after}, {name: onto.id, wording: there.heading}], place: heading.place, next: `redline rebase ${id} --onto ${onto.id} --write writes the record with a conflict block above ${first}; write the cross-heading above it as marks against ${onto.id} ({~~${there.heading ?? ''}~>${heading.after ?? ''}~~}) and delete the block`})
      held.push(first)
      return false
    })
  }
  const statuses = rebaseStatuses(rebased, onto, [id, onto.id])
  conflicts.push(...statuses.conflicts)
  // A document version changed both ways is a conflict too, never one side silently kept.
  const versions = rebaseDocumentVersions(statuses.modification, onto, [id, onto.id])
  conflicts.push(...versions.conflicts)
  // A document retitled both ways likewise.
  const titles = rebaseDocumentTitles(versions.modification, onto, [id, onto.id])
  conflicts.push(...titles.conflicts)
  // Cross-headings and part headings likewise: context takes the target's words, a heading changed both ways is a conflict.
  const headings = rebaseHeadings(titles.modification, onto, [id, onto.id])
  conflicts.push(...headings.conflicts)
  held.push(...headings.held.filter((clause) => !held.includes(clause)))
  const edited = applyModifications(onto, [headings.modification])
  const listed = rebased.sections.flatMap((s) => s.clauses.filter((c) => c.kind === 'unchanged').map((c) => c.id))
  const changed = !sameSections(edited, onto) || statuses.kept > 0 || versions.kept > 0 || titles.kept > 0
  // Only a status, document-version or title conflict and nothing else to write: the conflict is the answer.
  if (!changed && listed.length + held.length === 0 && conflicts.length > 0) return {ok: false, conflicts}
  const draft = draftModification({...modification.meta, base: onto.id}, onto, changed ? {sections: edited.sections, list: held} : {scaffold: [...listed, ...held]})
  if (conflicts.length === 0) return {ok: true, draft}
  return {ok: false, conflicts, draft: {...draft, legalText: insertConflictBlocks(draft.legalText, conflicts, modification.meta.base)}}
}

/** Whether two versions have the same clauses under the same cross-headings. */
function sameSections(a: Version, b: Version): boolean {
  const layout = (v: Version): string => JSON.stringify(v.sections.map((s) => s.parts.map((p) => [p.id, p.title, p.groups.map((g) => [g.heading, g.clauses.map((c) => c.id)])])))
  const x = clausesOf(a.sections)
  const y = clausesOf(b.sections)
  return layout(a) === layout(b) && x.length === y.length && x.every((clause, index) => sameProvision(clause, y[index]))
}
const same = (a: Clause, b: Clause): boolean => sameProvision(a, b)

function rebaseClause(change: ClauseChange, target: Clause | undefined, names: [string, string]): {change?: ClauseChange} | {conflicts: Conflict[]; partial?: Clause} {
  const conflict = (base: Clause | undefined, ours: Clause | undefined): {conflicts: Conflict[]} => ({
    conflicts: [{clause: change.id, provision: change.id, field: 'clause', base: base?.text ?? null, sides: [{name: names[0], wording: ours?.text ?? null}, {name: names[1], wording: target?.text ?? null}]}]
  })
  const {before, after} = change
  if (change.kind === 'inserted') {
    if (!target) return {change}
    return after && same(after, target) ? {} : conflict(undefined, after)
  }
  if (!before) return {}
  if (!target) return change.kind === 'deleted' ? {} : conflict(before, after)
  if (change.kind === 'deleted') return same(before, target) ? {change: {...change, before: target}} : conflict(before, undefined)
  if (change.kind === 'unchanged' || !after) return {change: {...change, before: target, after: target}}
  const merged = mergeClause(before, after, target, names)
  if (!merged.ok) return merged.partial ? {conflicts: merged.conflicts, partial: merged.partial} : {conflicts: merged.conflicts}
  return {change: {...change, before: target, after: merged.value}}
}

/**
 * The target clause with every provision field merged where the merge is clean, and the target's
 * wording where it conflicts: for a clause whose structure itself is in conflict (the target's provisions).
 */
function mergeWhereClean(base: Clause, ours: Clause, target: Clause): Clause {
  const index = (clause: Clause): Map<string, Provision> => new Map(provisions(clause).map((p) => [p.id, p]))
  const [io, ia] = [index(base), index(ours)]
  const rebuild = <T extends Provision>(provision: T): T => {
    const copy = {...provision, items: provision.items.map((item) => rebuild(item as SubParagraph))} as T
    for (const field of ['text', 'tail'] as const) {
      const o = io.get(provision.id)?.[field]
      const x = ia.get(provision.id)?.[field]
      if (o !== undefined && x !== undefined) copy[field] = mergeText(o, x, provision[field]) ?? provision[field]
    }
    return copy
  }
  return rebuild(target)
}
