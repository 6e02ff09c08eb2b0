import {printedLabel} from './ids.js'
import type {Provision} from '../model/types.js'
import {sameTable, tableToText} from './table-text.js'

/**
 * A provision as plain legal text, the way the code prints it: the number or label, its text,
 * sub-paragraphs indented four spaces per level, and the tail text back at the provision's indent.
 */
export function provisionToText(provision: Provision, indent = ''): string {
  const label = provision.kind === 'clause' ? provision.id : printedLabel(provision)
  const [first = '', ...more] = provision.text === '' ? [] : provision.text.split('\n')
  const own = `${indent}${provision.kind === 'clause' ? '' : '    '}`
  const lines = [`${indent}${label}${first === '' ? '' : ` ${first}`}`, ...more.map((paragraph) => `${own}${paragraph}`)]
  if (provision.table) lines.push(...tableToText(provision.table, `${indent}    `))
  for (const item of provision.items) {
    if (item.textBefore) lines.push(...item.textBefore.split('\n').map((paragraph) => `${own}${paragraph}`))
    lines.push(provisionToText(item, `${indent}    `))
  }
  if (provision.tail !== '') lines.push(...provision.tail.split('\n').map((paragraph) => `${own}${paragraph}`))
  return lines.join('\n')
}

/** A provision's words without its own label (its sub-paragraphs' labels kept), as plain text: to measure how alike two sub-paragraphs are. */
export function provisionBodyText(provision: Provision): string {
  return [provision.text, ...(provision.table ? tableToText(provision.table, '') : []), ...provision.items.map((item) => provisionToText(item)), provision.tail].join('\n')
}

/** Whether two provisions say the same, compared structurally: text, closing words and sub-paragraphs (labels included), but not their own labels. */
export function sameProvisionBody(a: Provision, b: Provision): boolean {
  return a.text === b.text && a.tail === b.tail && sameTable(a.table, b.table) && a.items.length === b.items.length && a.items.every((item, index) => {
    const other = b.items[index]
    return other !== undefined && item.label === other.label && item.term === other.term && (item.textBefore ?? '') === (other.textBefore ?? '') && sameProvisionBody(item, other)
  })
}
