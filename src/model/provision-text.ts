import type {Provision} from '../model/types.js'

/**
 * A provision as plain legal text, the way the code prints it: the number or label, its text,
 * sub-paragraphs indented four spaces per level, and the tail text back at the provision's indent.
 */
export function provisionToText(provision: Provision, indent = ''): string {
  const label = provision.kind === 'clause' ? provision.id : `(${provision.label})`
  const lines = [`${indent}${label}${provision.text === '' ? '' : ` ${provision.text}`}`]
  for (const item of provision.items) lines.push(provisionToText(item, `${indent}    `))
  if (provision.tail !== '') lines.push(`${indent}${provision.kind === 'clause' ? '' : '    '}${provision.tail}`)
  return lines.join('\n')
}
