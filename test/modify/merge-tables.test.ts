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

  it('merges changes to different rows: one record changes a row, the other deletes another', () => {
    const a = clause('The following table applies:', [['DCC', '3 Working Days'], ['Supplier', '10 days']])
    const b = clause('The following table applies:', [['DCC', '5 Working Days']])
    const merged = mergeClause(base, a, b, ['A', 'B'])
    expect(merged.ok && merged.value).toEqual(clause('The following table applies:', [['DCC', '3 Working Days']]))
  })

  it('refuses two different changes of one row as a conflict naming the row', () => {
    const a = clause('The following table applies:', [['DCC', '3 Working Days'], ['Supplier', '10 days']])
    const b = clause('The following table applies:', [['DCC', '4 Working Days'], ['Supplier', '10 days']])
    const merged = mergeClause(base, a, b, ['A', 'B'])
    expect(merged.ok).toBe(false)
    expect(!merged.ok && merged.conflicts).toEqual([{clause: 'F2.11', provision: 'F2.11', field: 'table', row: 'DCC', base: 'DCC | 5 Working Days', sides: [{name: 'A', wording: 'DCC | 3 Working Days'}, {name: 'B', wording: 'DCC | 4 Working Days'}]}])
  })

  it('refuses a row deleted by one record and changed by the other, and a header change against a row change', () => {
    const changed = clause('The following table applies:', [['DCC', '3 Working Days'], ['Supplier', '10 days']])
    const deleted = clause('The following table applies:', [['Supplier', '10 days']])
    const merged = mergeClause(base, changed, deleted, ['A', 'B'])
    expect(!merged.ok && merged.conflicts.map((c) => [c.field, c.row])).toEqual([['table', 'DCC']])
    const columns: Clause = {...base, table: {...base.table!, header: ['Party', 'Period']}}
    const header = mergeClause(base, changed, columns, ['A', 'B'])
    expect(!header.ok && header.conflicts).toMatchObject([{field: 'table', sides: [{name: 'A', wording: 'Party | Time / DCC | 3 Working Days / Supplier | 10 days'}, {name: 'B', wording: 'Party | Period / DCC | 5 Working Days / Supplier | 10 days'}]}])
    expect(!header.ok && header.conflicts[0]?.row).toBeUndefined()
  })

  it('takes rows both records insert at one place, the first record\'s first', () => {
    const a = clause('The following table applies:', [['Authority', '1 day'], ['DCC', '5 Working Days'], ['Supplier', '10 days']])
    const b = clause('The following table applies:', [['Panel', '2 days'], ['DCC', '5 Working Days'], ['Supplier', '11 days']])
    const merged = mergeClause(base, a, b, ['A', 'B'])
    expect(merged.ok && merged.value.table?.rows.map((row) => row.cells)).toEqual([['Authority', '1 day'], ['Panel', '2 days'], ['DCC', '5 Working Days'], ['Supplier', '11 days']])
  })
})
