import type {Version} from '../../model/types.js'
import {indexVersion} from '../text/version-index.js'
import type {Fix} from '../types.js'

/** The new text of one provision's fields after the fixes: what a draft modification is written from. */
export interface FixedProvision {
  id: string
  text?: string
  tail?: string
}

/** The result of applying fixes: the edited fields, and the fixes left out because they overlap an earlier one. */
export interface AppliedFixes {
  edits: FixedProvision[]
  skipped: Fix[]
}

/**
 * Applies fixes to the text of a version's provisions, in memory; nothing is written. Fixes are
 * applied field by field from the end of the text backwards, so offsets stay valid; a fix that
 * overlaps one already taken is skipped (and returned), never merged by guesswork.
 */
export function applyFixes(version: Version, fixes: readonly Fix[]): AppliedFixes {
  const byField = new Map<string, Fix[]>()
  const skipped: Fix[] = []
  for (const fix of fixes) {
    if (fix.version !== version.id) {
      skipped.push(fix)
      continue
    }
    const key = `${fix.provisionId}\u0000${fix.field}`
    byField.set(key, [...(byField.get(key) ?? []), fix])
  }
  const index = indexVersion(version).byId
  const edits = new Map<string, FixedProvision>()
  for (const [key, list] of [...byField.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [id = '', field = 'text'] = key.split('\u0000') as [string, 'text' | 'tail']
    const provision = index.get(id)?.provision
    if (!provision) {
      skipped.push(...list)
      continue
    }
    let text = provision[field]
    let floor = Infinity
    const ordered = [...list].sort((a, b) => b.start - a.start || b.end - a.end)
    for (const fix of ordered) {
      if (fix.end > floor || fix.start < 0 || fix.end > text.length || fix.start > fix.end) {
        skipped.push(fix)
        continue
      }
      text = text.slice(0, fix.start) + fix.text + text.slice(fix.end)
      floor = fix.start
    }
    if (text === provision[field]) continue
    const edit = edits.get(id) ?? {id}
    edit[field] = text
    edits.set(id, edit)
  }
  return {edits: [...edits.values()], skipped}
}
