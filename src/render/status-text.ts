import {longDate} from '../model/dates.js'
import {describeInForce, inForceOn, type InForceState} from '../model/in-force.js'
import type {Located, Provision} from '../model/types.js'

/** A provision's effective state on a date: the first of its ancestors or itself that is not in force decides. */
export function locatedStateOn(located: Located, date: string): {state: InForceState; of: Provision} {
  for (const provision of [...located.ancestors, located.provision]) {
    const state = inForceOn(provision.inForce, date)
    if (state !== 'in force') return {state, of: provision}
  }
  return {state: 'in force', of: located.provision}
}

/** The statuses that bear on a located provision (its ancestors', its own, its sub-paragraphs'), one line each: `Status of X2.4(b): ceases to have effect on 31 March 2027.` */
export function statusTextLines(located: Located): string[] {
  const lines: string[] = []
  const visit = (provision: Provision): void => {
    if (provision.inForce) lines.push(`Status of ${provision.id}: ${describeInForce(provision.inForce)}.`)
    provision.items.forEach(visit)
  }
  for (const ancestor of located.ancestors) if (ancestor.inForce) lines.push(`Status of ${ancestor.id}: ${describeInForce(ancestor.inForce)}.`)
  visit(located.provision)
  return lines
}

/** `On 1 January 2026 (version 1.0, effective 1 January 2025) X2.6 was not in force: not yet commenced (comes into force on 1 April 2026).` */
export function asAtLine(located: Located, date: string, version: string, effective: string | undefined): string {
  const {state, of} = locatedStateOn(located, date)
  const where = `On ${longDate(date)} (version ${version}${effective ? `, effective ${longDate(effective)}` : ''}) ${located.provision.id}`
  if (state === 'in force') return `${where} was in force.`
  const because = of === located.provision ? describeInForce(of.inForce) : `${of.id} ${describeInForce(of.inForce)}`
  return `${where} was not in force: ${state} (${because}).`
}
