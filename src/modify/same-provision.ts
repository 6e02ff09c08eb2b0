import type {Provision} from '../model/types.js'
import {sameTable} from '../model/table-text.js'

/** Whether two provisions have the same words and structure (places and key order aside). */
export function sameProvision(a: Provision | null | undefined, b: Provision | null | undefined): boolean {
  if (!a || !b) return a === b || (!a && !b)
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.text === b.text &&
    a.tail === b.tail &&
    (a.kind === 'sub-paragraph' ? a.textBefore ?? '' : '') === (b.kind === 'sub-paragraph' ? b.textBefore ?? '' : '') &&
    sameTable(a.table, b.table) &&
    a.items.length === b.items.length &&
    a.items.every((item, index) => sameProvision(item, b.items[index]))
  )
}
