import type {SectionFile} from '../corpus/version-source.js'
import type {ClauseChunk, SectionIndex} from '../parse/index-section.js'
import {readStatusMap, type StatusEntry} from '../parse/parse-status.js'
import {clauseOfStatusId} from '../parse/section-status.js'
import {sameInForce} from '../model/in-force.js'
import {walkProvisions} from '../model/walk.js'
import type {StatusDiff} from './types.js'

/**
 * The parts and provisions of one section whose in-force status (the frontmatter `status:` map) differs
 * between the two sides, in the new side's map order, then the old's. A status that goes with a
 * deleted provision is the deletion's, not a change of its own; a new provision that is not in
 * force is reported. Only the frontmatter is read unless a changed status needs a provision looked up.
 */
export function statusDiffs(
  letter: string,
  files: {old?: SectionFile; new?: SectionFile},
  index: (side: 'old' | 'new') => SectionIndex | undefined,
  inScope: (id: string) => boolean
): StatusDiff[] {
  const before = statusOf(files.old)
  const after = statusOf(files.new)
  if (before.length === 0 && after.length === 0) return []
  const oldById = new Map(before.map((entry) => [entry.id, entry]))
  const newById = new Map(after.map((entry) => [entry.id, entry]))
  const ids = [...new Set([...after.map((e) => e.id), ...before.map((e) => e.id)])]
  const out: StatusDiff[] = []
  for (const id of ids) {
    if (!inScope(id)) continue
    const was = oldById.get(id)?.inForce
    const now = newById.get(id)?.inForce
    if (sameInForce(was, now)) continue
    // A status on one side only: a change unless its provision is absent from the other side.
    if (!now && files.new && !hasProvision(index('new'), id)) continue
    if (!now && !files.new) continue
    const part = isPart(index(files.new ? 'new' : 'old'), id) || (files.old !== undefined && files.new !== undefined && isPart(index('old'), id))
    out.push({kind: 'status changed', section: letter, id, clause: part ? null : clauseOfStatusId(id), before: was ?? null, after: now ?? null})
  }
  return out
}

function statusOf(file: SectionFile | undefined): StatusEntry[] {
  if (!file || !/\nstatus:/.test(frontmatterOf(file.text))) return []
  const frontmatter = frontmatterOf(file.text)
  // Without its last line end, as the section's index reads it, so the map is read once for both.
  // Only a block scalar (`|`, `>`) reads a final line end as part of a value: with none, the map is the same.
  const yaml = frontmatter.endsWith('\n') && !/[|>]/.test(frontmatter) ? frontmatter.slice(0, -1) : frontmatter
  return readStatusMap(yaml, file.file, 2)
}

function frontmatterOf(text: string): string {
  const open = text.indexOf('\n')
  const close = text.indexOf('\n---', open)
  return close < 0 ? '' : text.slice(open, close + 1).replace(/^\n/, '')
}

function isPart(index: SectionIndex | undefined, id: string): boolean {
  return index?.parts.some((part) => part.id === id) ?? false
}

/** Whether the document holds the part or provision. */
function hasProvision(index: SectionIndex | undefined, id: string): boolean {
  if (isPart(index, id)) return true
  const chunk: ClauseChunk | undefined = index?.clauses.find((c) => c.id === clauseOfStatusId(id))
  if (!chunk) return false
  if (chunk.id === id) return true
  for (const {provision} of walkProvisions([{letter: '', title: '', version: '', parts: [{id: null, title: null, groups: [{heading: null, clauses: [chunk.parse()]}]}]}])) {
    if (provision.id === id) return true
  }
  return false
}
