import {diff3Merge} from 'node-diff3'
import type {Clause, Provision, SubParagraph} from '../model/types.js'
import {tokenize} from '../redline/tokenize.js'
import type {Conflict} from './conflict-error.js'
import {provisions} from './parse-legal-text.js'
import {mergeDefinitionStructure} from './merge-definitions.js'
import {mergeTable} from './merge-tables.js'

/**
 * The result of a three-way merge: the merged value, or the conflicts that stop it. With
 * conflicts, `partial` (when the structure merged) is the merge with the second side's wording
 * wherever the two conflict: what a record rewritten with conflict blocks keeps until resolved.
 */
export type Merged<T> = {ok: true; value: T} | {ok: false; conflicts: Conflict[]; partial?: T}

/**
 * Merges two edits of one text word by word (node-diff3 over the shared tokens): changes to
 * different words both stand; two different changes to the same words are a conflict; the same
 * change made by both is taken once.
 */
export function mergeText(base: string, a: string, b: string): string | undefined {
  if (a === b || b === base) return a
  if (a === base) return b
  const regions = diff3Merge(tokenize(a), tokenize(base), tokenize(b), {excludeFalseConflicts: true})
  let out = ''
  for (const region of regions) {
    if (region.conflict) return undefined
    out += (region.ok ?? []).join('')
  }
  return out
}

const shape = (clause: Clause): string => provisions(clause).map((p) => p.id).join(' ')

/**
 * Three-way merge of a clause: `base` and two edits of it, named for the report. Sub-paragraphs
 * inserted or deleted by one side are taken from that side; definitions inserted or deleted by
 * both sides all stand (see `merge-definitions.ts`); the text of every provision is merged word by word.
 */
export function mergeClause(base: Clause, a: Clause, b: Clause, names: [string, string]): Merged<Clause> {
  const conflicts: Conflict[] = []
  const conflict = (provision: string, field: Conflict['field'], o: string | null, x: string | null, y: string | null): void => {
    conflicts.push({clause: base.id, provision, field, base: o, sides: [{name: names[0], wording: x}, {name: names[1], wording: y}]})
  }
  const shapes = {o: shape(base), a: shape(a), b: shape(b)}
  let structure: Clause
  const definitions = shapes.a !== shapes.o && shapes.b !== shapes.o && shapes.a !== shapes.b ? mergeDefinitionStructure(base, a, b) : undefined
  if (shapes.a === shapes.o) structure = b
  else if (shapes.b === shapes.o || shapes.a === shapes.b) structure = a
  else if (definitions) {
    // Definitions are named by their terms: insertions and deletions on both sides stand together.
    for (const id of definitions.conflicts) conflict(id, 'structure', null, null, null)
    if (definitions.conflicts.length > 0) return {ok: false, conflicts}
    structure = definitions.structure
  } else {
    conflict(base.id, 'structure', shapes.o, shapes.a, shapes.b)
    return {ok: false, conflicts}
  }
  const index = (clause: Clause): Map<string, Provision> => new Map(provisions(clause).map((p) => [p.id, p]))
  const [io, ia, ib] = [index(base), index(a), index(b)]
  const kept = new Set(provisions(structure).map((p) => p.id))
  // With a provision in conflict over whether it stands at all, no partial merge can keep both sides' intent.
  let structural = false
  // A provision that one side dropped while the other changed its words would lose those words.
  for (const [id, original] of io) {
    if (kept.has(id)) continue
    for (const [side, other] of [[ia, 'a'], [ib, 'b']] as const) {
      const edited = side.get(id)
      if (edited && (edited.text !== original.text || edited.tail !== original.tail)) {
        conflict(id, 'structure', original.text, other === 'a' ? edited.text : null, other === 'b' ? edited.text : null)
        structural = true
      }
    }
  }
  const rebuild = <T extends Provision>(provision: T): T => {
    const copy = {...provision, items: provision.items.map((item) => rebuild(item as SubParagraph))} as T
    for (const field of ['text', 'tail'] as const) {
      const o = io.get(provision.id)?.[field]
      const x = ia.get(provision.id)?.[field]
      const y = ib.get(provision.id)?.[field]
      const merged = x === undefined ? (y ?? o ?? '') : y === undefined ? x : mergeText(o ?? '', x, y)
      if (merged === undefined || !wellFormedParagraphs(merged)) {
        conflict(provision.id, field, o ?? null, x ?? null, y ?? null)
        copy[field] = y ?? o ?? ''
      } else copy[field] = merged
    }
    // The text between two lists before a sub-paragraph, merged like its text.
    if (copy.kind === 'sub-paragraph') {
      const between = (p: Provision | undefined): string | undefined => (p === undefined ? undefined : p.kind === 'sub-paragraph' ? p.textBefore ?? '' : '')
      const [o, x, y] = [between(io.get(provision.id)), between(ia.get(provision.id)), between(ib.get(provision.id))]
      const merged = x === undefined ? (y ?? o ?? '') : y === undefined ? x : mergeText(o ?? '', x, y)
      const settled = merged === undefined || !wellFormedParagraphs(merged) ? (y ?? o ?? '') : merged
      if (merged === undefined || !wellFormedParagraphs(merged)) conflict(provision.id, 'structure', o ?? null, x ?? null, y ?? null)
      if (settled === '') delete (copy as SubParagraph).textBefore
      else (copy as SubParagraph).textBefore = settled
    }
    // A table merges row by row: both sides changing one row (or the columns) is a conflict.
    const table = mergeTable(provision.id, base.id, io.get(provision.id)?.table, ia.get(provision.id)?.table, ib.get(provision.id)?.table, names)
    conflicts.push(...table.conflicts)
    if (table.table) copy.table = table.table
    else delete copy.table
    return copy
  }
  const value = rebuild(structure)
  if (conflicts.length === 0) return {ok: true, value}
  return structural ? {ok: false, conflicts} : {ok: false, conflicts, partial: value}
}

/** Whether a merged text of several paragraphs has no empty paragraph (two merged edits of paragraphs can leave one). */
function wellFormedParagraphs(text: string): boolean {
  return !/^\n|\n\n|\n$/.test(text) && !/[ \t]\n|\n[ \t]/.test(text)
}
