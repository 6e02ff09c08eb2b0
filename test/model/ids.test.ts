import {describe, expect, it} from 'vitest'
import {idProblem} from '../../src/model/ids.js'

describe('the ID rule', () => {
  it.each(['MP087', '6.21', 'SEC520', 'CHECK-6.17-abc', 'CONTROL', 'COM10', 'M'.repeat(64)])('accepts %s', (id) => expect(idProblem(id)).toBeUndefined())
  it.each([
    ['CON', /reserved device name/],
    ['nul', /reserved device name/],
    ['Com1', /reserved device name/],
    ['LPT9.md', /reserved device name/],
    ['aux.draft', /reserved device name/],
    ['MP087.', /no '\.' at the end/],
    ['M'.repeat(65), /at most 64 characters \(it has 65\)/],
    ['..', /no path characters/],
    ['a/b', /no path characters/],
    ['', /non-empty/]
  ])('refuses %s', (id, problem) => expect(idProblem(id)).toMatch(problem))
})
