import {describe, expect, it} from 'vitest'
import {splitTableId, TABLE_ID, TABLE_ID_SOURCE, TABLE_ROW_ID_SOURCE, tableIdOf, tableRowIdOf} from '../../src/model/ids.js'

describe('table IDs', () => {
  it('names a provision\'s table and its body rows by their 1-based number', () => {
    expect(tableIdOf('F2.11')).toBe('F2.11/table')
    expect(tableIdOf('F2.11(b)')).toBe('F2.11(b)/table')
    expect(tableRowIdOf('F2.11/table', 3)).toBe('F2.11/table/3')
    expect(splitTableId('F2.11/table')).toEqual({provision: 'F2.11'})
    expect(splitTableId('F2.11(b)(ii)/table/12')).toEqual({provision: 'F2.11(b)(ii)', row: 12})
    expect(splitTableId('N4A.1A/table/1')).toEqual({provision: 'N4A.1A', row: 1})
  })

  it.each(['F2.11', 'F2.11/table/0', 'F2.11/table/03', 'F2.11/tables', 'F2.11/table/', 'F2.11/Table', '/table', 'F2.11/table/1/2'])(
    'refuses %s',
    (id) => {
      expect(TABLE_ID.test(id)).toBe(false)
      expect(splitTableId(id)).toBeUndefined()
    }
  )

  it('gives patterns to build others from: a table ID and a row ID in running text', () => {
    const row = new RegExp(`\\b${TABLE_ROW_ID_SOURCE}\\b`)
    expect(row.exec('see F2.11(a)/table/4 here')?.[0]).toBe('F2.11(a)/table/4')
    expect(new RegExp(`^${TABLE_ID_SOURCE}$`).test('G3.20/table')).toBe(true)
  })
})
