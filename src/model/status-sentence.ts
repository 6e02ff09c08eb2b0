import {isCalendarDate, longDate} from './dates.js'
import {APPENDIX_LETTER_SOURCE, citedId, citePart, citeProvision, PART_ID_SOURCE, PROVISION_ID_SOURCE, SCHEDULE_NUMBER_SOURCE} from './ids.js'
import type {InForce} from './types.js'

/**
 * The one grammar of a status change in drafting words, written by the annex and the amending
 * instructions and read back by `apply --instructions`:
 *
 * - `Section X2.4(b) shall cease to have effect on 31 March 2027.`
 * - `Section H14.36C shall come into force on 1 April 2026.`
 * - `Section H14.36A shall come into force on a date specified in a direction.`
 * - `… shall come into force on 1 April 2026 and shall cease to have effect on 31 March 2027.`
 * - `Section X2.5 shall be in force.` (its commencement or sunset removed)
 * - `Section X2 shall come into force on a date specified in a direction.` (a part: every provision in it)
 * - `Section 2.11 of Appendix AB shall …`, `paragraph 3 of Schedule 11 shall …`, `Part 2 of Appendix AB
 *   shall …`: an Appendix's or a Schedule's provision or part, cited as the code cites it
 *
 * In a direction (a change record of kind `direction`) each sentence is the Secretary of State's:
 * `The Secretary of State directs that Section X2.5 shall come into force on 1 October 2026.`
 */
export function statusSentence(id: string, inForce: InForce | undefined, options: {direction?: boolean} = {}): string {
  const commences = inForce?.commences
  const lapses = inForce?.lapses
  const start = commences === undefined ? undefined : `come into force on ${commences === 'direction' ? DIRECTION : longDate(commences)}`
  const end = lapses === undefined ? undefined : `cease to have effect on ${longDate(lapses)}`
  const verbs = [start, end].filter((part) => part !== undefined).map((part) => `shall ${part}`)
  return `${options.direction ? DIRECTS : ''}${subject(id)} ${verbs.length === 0 ? 'shall be in force' : verbs.join(' and ')}.`
}

/**
 * A Section's provision or part as `Section X2.4(b)`, `Section X2`; an Appendix's or Schedule's as
 * the code cites it: `Section 2.11 of Appendix AB`, `Part 2 of Appendix AB` (an Appendix's part has
 * no point in its number), `paragraph 3 of Schedule 11` (a Schedule's numbers are its paragraphs').
 */
function subject(id: string): string {
  if (!id.includes(':')) return `Section ${id}`
  return id.includes('.') || id.startsWith('Sch') ? citeProvision(id) : citePart(id)
}

const DIRECTION = 'a date specified in a direction'
const DIRECTS = 'The Secretary of State directs that '
const LONG_DATE = '(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})'
const SENTENCE = new RegExp(
  `^(${DIRECTS})?(?:Section (${PROVISION_ID_SOURCE}|${PART_ID_SOURCE})|((?:Section|paragraph|Part) \\S+ of (?:Appendix ${APPENDIX_LETTER_SOURCE}|Schedule ${SCHEDULE_NUMBER_SOURCE}))) (?:shall be in force|(?:shall come into force on (${DIRECTION}|${LONG_DATE.slice(1, -1)}))?(?:(?: and )?shall cease to have effect on ${LONG_DATE})?)\\.$`
)
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Reads a status sentence back (a direction's too): the part or provision and its status (undefined: in force); undefined when the line is not one. */
export function readStatusSentence(line: string): {id: string; inForce: InForce | undefined} | undefined {
  const match = SENTENCE.exec(line)
  if (!match) return undefined
  const [, , own, cited, commences, lapses] = match
  const id = own ?? (cited === undefined ? undefined : citedId(cited))
  if (id === undefined) return undefined
  if (commences === undefined && lapses === undefined) return line.endsWith(' shall be in force.') ? {id, inForce: undefined} : undefined
  const inForce: InForce = {}
  if (commences !== undefined) {
    const date = commences === DIRECTION ? 'direction' : isoDate(commences)
    if (date === undefined) return undefined
    inForce.commences = date
  }
  if (lapses !== undefined) {
    const date = isoDate(lapses)
    if (date === undefined) return undefined
    inForce.lapses = date
  }
  return {id, inForce}
}

function isoDate(long: string): string | undefined {
  const [day = '', month = '', year = ''] = long.split(' ')
  const iso = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(iso) ? iso : undefined
}
