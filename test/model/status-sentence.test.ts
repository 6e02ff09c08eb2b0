import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readStatusSentence, statusSentence} from '../../src/model/status-sentence.js'
import type {InForce} from '../../src/model/types.js'

const statuses: Array<InForce | undefined> = [undefined, {commences: 'direction'}, {commences: '2026-04-01'}, {lapses: '2027-03-31'}, {commences: '2026-04-01', lapses: '2028-12-31'}]

describe('status sentences', () => {
  it.each([
    ['X2.4(b)', 'Section X2.4(b) shall cease to have effect on 31 March 2027.'],
    ['X2', 'Section X2 shall cease to have effect on 31 March 2027.'],
    ['AB:2.11', 'Section 2.11 of Appendix AB shall cease to have effect on 31 March 2027.'],
    ['AB:2.11(a)(ii)', 'Section 2.11(a)(ii) of Appendix AB shall cease to have effect on 31 March 2027.'],
    ['Sch11:3', 'paragraph 3 of Schedule 11 shall cease to have effect on 31 March 2027.'],
    ['Sch11:3.2', 'paragraph 3.2 of Schedule 11 shall cease to have effect on 31 March 2027.'],
    ['AB:2', 'Part 2 of Appendix AB shall cease to have effect on 31 March 2027.']
  ])('name %s as the code cites it, and read back', (id, sentence) => {
    expect(statusSentence(id, {lapses: '2027-03-31'})).toBe(sentence)
    expect(readStatusSentence(sentence)).toEqual({id, inForce: {lapses: '2027-03-31'}})
  })

  it('read back every status of every kind of provision, in a direction too (property)', () => {
    const ids = fc.constantFrom('G3.20', 'X2.4(b)', 'X2', 'H14.36A', 'AB:2.11', 'AB:2.11(a)', 'AB:2', 'Sch11:3', 'Sch11:3.2(b)')
    fc.assert(fc.property(ids, fc.constantFrom(...statuses), fc.boolean(), (id, inForce, direction) => {
      expect(readStatusSentence(statusSentence(id, inForce, {direction}))).toEqual({id, inForce})
    }))
  })
})
