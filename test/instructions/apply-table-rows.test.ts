import {describe, expect, it} from 'vitest'
import {applyRowInstruction} from '../../src/instructions/apply-table-rows.js'
import type {Provision} from '../../src/model/types.js'

/** An illustrative provision with a table (not SEC text). */
const provision = (): Provision => ({
  kind: 'clause', id: 'F2.11', text: 'Illustrative.', items: [], tail: '',
  table: {id: 'F2.11/table', header: ['Party', 'Time'], rows: [{id: 'F2.11/table/1', cells: ['DCC', '5 Working Days']}, {id: 'F2.11/table/2', cells: ['DCC Days', '5 Days']}]}
})

describe('a word change in one entry of a table row', () => {
  it('changes the one entry that holds the words, and refuses words in two entries or twice in one', () => {
    const one = provision()
    expect(applyRowInstruction(one, {kind: 'row-words', provision: 'F2.11', row: 'DCC', edit: {kind: 'substitute', words: '5', by: '7'}})).toBeUndefined()
    expect(one.table?.rows[0]?.cells).toEqual(['DCC', '7 Working Days'])
    expect(applyRowInstruction(provision(), {kind: 'row-words', provision: 'F2.11', row: 'DCC Days', edit: {kind: 'omit', words: 'Days'}})).toBe(
      'Ambiguous words: the edit fits 2 entries of the row for "DCC Days" of the table in Section F2.11, expected words that stand in one entry'
    )
    const twice = provision()
    ;(twice.table?.rows[0] as {cells: string[]}).cells[1] = '5 or 5'
    expect(applyRowInstruction(twice, {kind: 'row-words', provision: 'F2.11', row: 'DCC', edit: {kind: 'omit', words: '5'}})).toMatch(/^Unexpected "5": occurs more than once in an entry of the row for "DCC"/)
  })
})
