import {describe, expect, it} from 'vitest'
import {childId, CLAUSE_NUMBER, compareClauseNumbers, comparePartIds, PART_ID, printedLabel, PROVISION_ID, provisionInWords, splitProvisionId, idProblem} from '../../src/model/ids.js'

describe('the ID grammar', () => {
  it('takes letter-suffixed parts (N4A) and clauses inserted at two levels (H14.36A, N4A.1B)', () => {
    for (const id of ['G3', 'N4A', 'H14']) expect(PART_ID.test(id)).toBe(true)
    for (const id of ['G3.20', 'G3.20A', 'H14.36A', 'N4A.1', 'N4A.1B']) expect(CLAUSE_NUMBER.test(id)).toBe(true)
    for (const id of ['G3.20(b)(i)', 'H14.36C(c)', 'N4A.1(a)']) expect(PROVISION_ID.test(id)).toBe(true)
    for (const id of ['G3AA', 'g3', 'G', 'G3.']) expect(PART_ID.test(id) || CLAUSE_NUMBER.test(id)).toBe(false)
    expect(splitProvisionId('H14.36C(c)')).toEqual({clause: 'H14.36C', labels: ['c']})
    expect(splitProvisionId('N4A.1(a)(ii)')).toEqual({clause: 'N4A.1', labels: ['a', 'ii']})
  })

  it('orders parts and clauses the way the code reads: N4 < N4A < N5, H14.36 < H14.36A < H14.37', () => {
    expect(['N5', 'N4A', 'N10', 'N4'].sort(comparePartIds)).toEqual(['N4', 'N4A', 'N5', 'N10'])
    expect(['N5.1', 'N4A.2', 'N4.9', 'N4A.1', 'N4A.1A'].sort(compareClauseNumbers)).toEqual(['N4.9', 'N4A.1', 'N4A.1A', 'N4A.2', 'N5.1'])
    expect(['H14.37', 'H14.36A', 'H14.36', 'H14.36C', 'H2.1'].sort(compareClauseNumbers)).toEqual(['H2.1', 'H14.36', 'H14.36A', 'H14.36C', 'H14.37'])
  })
})

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

describe('definition IDs', () => {
  it('splits a definition and a definition’s paragraph into clause, term and labels', () => {
    expect(splitProvisionId('A1.1[Anomaly Detection Threshold]')).toEqual({clause: 'A1.1', term: 'Anomaly Detection Threshold', labels: []})
    expect(splitProvisionId('A1.1[Anomaly Detection Threshold](b)(ii)')).toEqual({clause: 'A1.1', term: 'Anomaly Detection Threshold', labels: ['b', 'ii']})
    expect(splitProvisionId('A1.1[SMETS2+ (Alt) & Co](a)')).toEqual({clause: 'A1.1', term: 'SMETS2+ (Alt) & Co', labels: ['a']})
    expect(splitProvisionId('G3.20(b)')).toEqual({clause: 'G3.20', labels: ['b']})
  })

  it('refuses terms with brackets, line breaks or outer spaces, and a term after a label', () => {
    for (const id of ['A1.1[]', 'A1.1[a[b]]', 'A1.1[ Term]', 'A1.1[Term ]', 'A1.1[Te\nrm]', 'A1.1(a)[Term]', 'A1.1[Term][Other]']) {
      expect(PROVISION_ID.test(id), id).toBe(false)
    }
  })

  it('builds child IDs, printed labels and prose names', () => {
    expect(childId('A1.1', {label: 'Panel', term: 'Panel'})).toBe('A1.1[Panel]')
    expect(childId('A1.1[Panel]', {label: 'a'})).toBe('A1.1[Panel](a)')
    expect(printedLabel({kind: 'sub-paragraph', id: 'A1.1[Panel]', label: 'Panel', term: 'Panel'})).toBe('Panel')
    expect(printedLabel({kind: 'sub-paragraph', id: 'G3.20(b)', label: 'b'})).toBe('(b)')
    expect(provisionInWords('A1.1[Anomaly Detection Threshold](b)(ii)')).toBe('paragraph (b)(ii) of the definition of Anomaly Detection Threshold')
    expect(provisionInWords('A1.1[Panel]')).toBe('the definition of Panel')
    expect(provisionInWords('G3.20(b)')).toBe('G3.20(b)')
  })
})
