import {describe, expect, it} from 'vitest'
import type {Clause} from '../../src/model/types.js'
import {mergeClause} from '../../src/modify/merge-clauses.js'

const clause = (text: string, rows: string[][]): Clause => ({
  kind: 'clause', id: 'F2.11', text, items: [], tail: '',
  table: {id: 'F2.11/table', header: ['Party', 'Time'], rows: rows.map((cells, index) => ({id: `F2.11/table/${index + 1}`, cells}))}
})

describe('merging two records that change one clause with a table', () => {
  const base = clause('The following table applies:', [['DCC', '5 Working Days'], ['Supplier', '10 days']])

  it('keeps one record\'s table change and the other\'s word change', () => {
    const words = clause('The following table shall apply:', [['DCC', '5 Working Days'], ['Supplier', '10 days']])
    const rows = clause('The following table applies:', [['DCC', '3 Working Days'], ['Supplier', '10 days']])
    for (const [a, b] of [[words, rows], [rows, words]] as const) {
      const merged = mergeClause(base, a, b, ['A', 'B'])
      expect(merged.ok && merged.value).toEqual(clause('The following table shall apply:', [['DCC', '3 Working Days'], ['Supplier', '10 days']]))
    }
  })

  it('refuses two different changes of the table as a conflict', () => {
    const a = clause('The following table applies:', [['DCC', '3 Working Days'], ['Supplier', '10 days']])
    const b = clause('The following table applies:', [['DCC', '5 Working Days']])
    const merged = mergeClause(base, a, b, ['A', 'B'])
    expect(merged.ok).toBe(false)
    expect(!merged.ok && merged.conflicts[0]).toMatchObject({provision: 'F2.11', field: 'structure', sides: [{name: 'A', wording: 'Party | Time / DCC | 3 Working Days / Supplier | 10 days'}, {name: 'B', wording: 'Party | Time / DCC | 5 Working Days'}]})
  })
})
