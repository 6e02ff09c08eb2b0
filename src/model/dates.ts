/** The one date grammar of the corpus: a real calendar date written `YYYY-MM-DD`. */
export const DATE_FORM = 'YYYY-MM-DD'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `value` is `YYYY-MM-DD` naming a day that exists (2019-02-28 yes; 2019-02-31, 2019-13-45 no). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** Why `value` is not a date, for a message: `expected YYYY-MM-DD` or `February 2019 has 28 days`. */
export function dateProblem(value: string): string | undefined {
  if (isCalendarDate(value)) return undefined
  const match = DATE.exec(value)
  if (!match) return `expected a date written ${DATE_FORM}`
  const [year, month] = [Number(match[1]), Number(match[2])]
  if (month < 1 || month > 12) return `expected a real calendar date (${DATE_FORM}): there is no month ${match[2]}`
  return `expected a real calendar date (${DATE_FORM}): ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`
}

/** Today as `YYYY-MM-DD` (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** A date as the code writes it in prose: `2027-03-31` → `31 March 2027`. */
export function longDate(value: string): string {
  const match = DATE.exec(value)
  if (!match) return value
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
