import {longDate} from '../model/dates.js'
import {escapeMarkdownInline} from '../escape/markdown.js'
import {visibleText} from '../escape/terminal.js'
import {describeInForce, holdersAbove, inForceOn, statusesBearingOn, statusesUnder, type InForceState, type ProvisionStatus} from '../model/in-force.js'
import type {InForce, Located, Part} from '../model/types.js'

/** A provision's effective state on a date: the first of its part, its ancestors or itself that is not in force decides. */
export function locatedStateOn(located: Located, date: string): {state: InForceState; of: {id: string; inForce?: InForce}} {
  for (const holder of [...holdersAbove(located), located.provision]) {
    const state = inForceOn(holder.inForce, date)
    if (state !== 'in force') return {state, of: holder}
  }
  return {state: 'in force', of: located.provision}
}

/** The statuses of some parts of a document and of every provision in them, in document order. */
export function partsStatusEntries(parts: readonly Part[]): ProvisionStatus[] {
  return parts.flatMap((part) => [
    ...(part.id !== null && part.inForce ? [{id: part.id, inForce: {...part.inForce}}] : []),
    ...part.groups.flatMap((group) => group.clauses.flatMap(statusesUnder))
  ])
}

/** The statuses that bear on a located provision (its ancestors', its own, its sub-paragraphs'), as show lists them. */
export const statusEntries = statusesBearingOn

/** One line a status: `Status of X2.4(b): ceases to have effect on 31 March 2027.` */
export function statusEntryLine(entry: ProvisionStatus): string {
  return `Status of ${entry.id}: ${describeInForce(entry.inForce)}.`
}

/** The statuses that bear on a located provision (its ancestors', its own, its sub-paragraphs'), one line each: `Status of X2.4(b): ceases to have effect on 31 March 2027.` */
export function statusTextLines(located: Located): string[] {
  return statusEntries(located).map(statusEntryLine)
}

/** `On 1 January 2026 (version 1.0, effective 1 January 2025) X2.6 was not in force: not yet commenced (comes into force on 1 April 2026).` */
export function asAtLine(located: Located, date: string, version: string, effective: string | undefined): string {
  return stateLine(located.provision.id, locatedStateOn(located, date), date, version, effective)
}

/** A part's state on a date: its own status decides. */
export function partStateOn(part: Part & {id: string}, date: string): {state: InForceState; of: {id: string; inForce?: InForce}} {
  return {state: inForceOn(part.inForce, date), of: part}
}

/** `On 1 January 2026 (version 1.0, effective 1 January 2025) X2 was not in force: awaiting a direction (…).` */
export function partAsAtLine(part: Part & {id: string}, date: string, version: string, effective: string | undefined): string {
  return stateLine(part.id, partStateOn(part, date), date, version, effective)
}

function stateLine(id: string, {state, of}: {state: InForceState; of: {id: string; inForce?: InForce}}, date: string, version: string, effective: string | undefined): string {
  const where = `On ${longDate(date)} (version ${version}${effective ? `, effective ${longDate(effective)}` : ''}) ${id}`
  if (state === 'in force') return `${where} was in force.`
  const because = of.id === id ? describeInForce(of.inForce) : `${of.id} ${describeInForce(of.inForce)}`
  return `${where} was not in force: ${state} (${because}).`
}

/** Status lines under a shown text, for a terminal: a blank line, then one line each (control characters as pictures). */
export function withStatusText(body: string, lines: readonly string[]): string {
  return lines.length === 0 ? body : `${body}\n\n${visibleText(lines.join('\n'))}`
}

/** Status lines under shown markdown: each an italic paragraph, as the markdown annex writes its notes. */
export function withStatusMarkdown(body: string, lines: readonly string[]): string {
  return lines.length === 0 ? body : `${body}\n\n${lines.map((line) => `_${escapeMarkdownInline(line)}_`).join('\n\n')}`
}
