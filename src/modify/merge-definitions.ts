import type {Clause, SubParagraph} from '../model/types.js'
import {provisions} from './parse-legal-text.js'

const shape = (provision: SubParagraph): string => provisions(provision).map((p) => p.id).join(' ')

/**
 * The structure of a definitions clause that two edits of `base` both changed: definitions are
 * named by their terms, so the edits merge as sets. Definitions `b` keeps stand in its order;
 * those `a` deleted go; those `a` inserted stand after the definition they follow in `a` (an
 * alphabetical list stays alphabetical). A definition's own sub-paragraphs come from the side that
 * restructured them; both restructuring one definition differently is `undefined` (a conflict), as
 * is a structure neither side's lists can say (no definitions on one side).
 */
export function mergeDefinitionStructure(base: Clause, a: Clause, b: Clause): {structure: Clause; conflicts: string[]} | undefined {
  const isList = (clause: Clause): boolean => clause.items.length > 0 && clause.items.every((item) => item.term !== undefined)
  if (![base, a, b].every((clause) => isList(clause) || clause.items.length === 0) || ![base, a, b].some(isList)) return undefined
  const inBase = new Map(base.items.map((item) => [item.id, item]))
  const inA = new Map(a.items.map((item) => [item.id, item]))
  const inB = new Map(b.items.map((item) => [item.id, item]))
  const merged = b.items.filter((item) => !(inBase.has(item.id) && !inA.has(item.id)))
  a.items.forEach((item, index) => {
    if (inBase.has(item.id) || inB.has(item.id)) return
    let at = 0
    for (let k = index - 1; k >= 0; k--) {
      const position = merged.findIndex((other) => other.id === a.items[k]?.id)
      if (position >= 0) {
        at = position + 1
        break
      }
    }
    merged.splice(at, 0, item)
  })
  const conflicts: string[] = []
  const items = merged.map((item) => {
    const original = inBase.get(item.id)
    const fromA = inA.get(item.id)
    const fromB = inB.get(item.id)
    if (!original || !fromA || !fromB) return item
    const [o, x, y] = [shape(original), shape(fromA), shape(fromB)]
    if (x === o || x === y) return fromB
    if (y === o) return fromA
    conflicts.push(item.id)
    return fromB
  })
  return {structure: {...b, items}, conflicts}
}
