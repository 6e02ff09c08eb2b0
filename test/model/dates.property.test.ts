import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {dateProblem, isCalendarDate} from '../../src/model/dates.js'

describe('calendar dates', () => {
  it('accepts exactly the days the calendar has (as the proleptic Gregorian calendar of Date counts them)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1000, max: 9999}), fc.integer({min: 0, max: 14}), fc.integer({min: 0, max: 32}), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        const date = new Date(Date.UTC(year, month - 1, day))
        const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
        expect(isCalendarDate(text)).toBe(real)
        expect(dateProblem(text) === undefined).toBe(real)
      }),
      {numRuns: 3000}
    )
  })

  it('says what is wrong', () => {
    expect(dateProblem('2019-02-31')).toMatch(/February 2019 has 28 days/)
    expect(dateProblem('2020-02-30')).toMatch(/February 2020 has 29 days/)
    expect(dateProblem('2019-13-45')).toMatch(/no month 13/)
    expect(dateProblem('29/11/2019')).toMatch(/expected a date written YYYY-MM-DD/)
    expect(dateProblem('2000-02-29')).toBeUndefined()
    expect(dateProblem('1900-02-29')).toMatch(/28 days/)
  })
})
