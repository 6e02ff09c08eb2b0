import type {InForce, Section} from '../model/types.js'
import {statusHolders} from '../model/status-holders.js'

/**
 * The frontmatter lines of a document's `status:` map, in document order (a part before its provisions),
 * one provision a line: `  "X2.4(b)": {lapses: "2027-03-31"}`. Empty when every provision is in force.
 */
export function statusLines(section: Section): string[] {
  const lines: string[] = []
  for (const holder of statusHolders([section])) {
    const value = inForceFlow(holder.inForce)
    if (value) lines.push(`  ${JSON.stringify(holder.id)}: ${value}`)
  }
  return lines.length === 0 ? [] : ['status:', ...lines]
}

/** `{commences: "direction", lapses: "2027-03-31"}`, or undefined for a provision in force. */
export function inForceFlow(inForce: InForce | undefined): string | undefined {
  if (!inForce) return undefined
  const fields: string[] = []
  if (inForce.commences !== undefined) fields.push(`commences: ${JSON.stringify(inForce.commences)}`)
  if (inForce.lapses !== undefined) fields.push(`lapses: ${JSON.stringify(inForce.lapses)}`)
  return fields.length === 0 ? undefined : `{${fields.join(', ')}}`
}
