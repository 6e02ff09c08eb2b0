import {describe, expect, it} from 'vitest'
import {parseClause} from '../../src/parse/parse-clause.js'
import {serializeClause} from '../../src/serialize/serialize-clause.js'

const origin = {file: 'sec-text/6.17/section-f.md', line: 10}

describe('a provision\'s table', () => {
  it('reads a canonical table after the lead-in and before the sub-paragraphs, with IDs for the table and each row', () => {
    const chunk = [
      '**F2.11** The following table sets out the obligations:',
      '',
      '| Party | Obligation | Time |',
      '| --- | --- | --- |',
      '| DCC | notify a \\| b | 5 Working Days |',
      '| Supplier Party |  | 10 Working Days |',
      '',
      '- (a) first;',
      '  - (i) nested',
      '',
      '    | X |',
      '    | --- |',
      '    | y |',
      '',
      '- (b) second.'
    ].join('\n')
    const clause = parseClause(chunk, origin)
    expect(clause.table).toMatchObject({
      id: 'F2.11/table',
      header: ['Party', 'Obligation', 'Time'],
      rows: [
        {id: 'F2.11/table/1', cells: ['DCC', 'notify a | b', '5 Working Days'], place: {start: {line: 14, column: 1}}},
        {id: 'F2.11/table/2', cells: ['Supplier Party', '', '10 Working Days']}
      ],
      place: {file: origin.file, start: {line: 12, column: 1}}
    })
    expect(clause.items[0]?.items[0]?.table).toMatchObject({id: 'F2.11(a)(i)/table', header: ['X'], rows: [{id: 'F2.11(a)(i)/table/1', cells: ['y']}]})
    expect(serializeClause(clause)).toBe(chunk)
  })

  it('writes drafters\' tables canonically: alignment colons, no outer pipes and no blank line before the table are accepted', () => {
    const clause = parseClause('**F2.11** Lead:\nParty | Time\n:-- | --:\nDCC | 5 days\n- (a) x', origin)
    expect(serializeClause(clause)).toBe('**F2.11** Lead:\n\n| Party | Time |\n| --- | --- |\n| DCC | 5 days |\n\n- (a) x')
  })

  it('refuses a ragged row at its line and column, saying how many cells were expected', () => {
    const chunk = '**F2.11** Lead:\n\n| Party | Time |\n| --- | --- |\n| DCC | 5 days |\n| Supplier | 10 days | extra |'
    expect(() => parseClause(chunk, origin)).toThrow(
      /sec-text\/6\.17\/section-f\.md:15:1.*Unexpected row 2 of the table in F2\.11 with 3 cells, expected 2/s
    )
  })

  it('refuses a table with no header delimiter row', () => {
    const chunk = '**F2.11** Lead:\n\n- (a) x\n\n  | Party | Time |\n  | DCC | 5 days |'
    expect(() => parseClause(chunk, origin)).toThrow(/section-f\.md:14:3.*table in F2\.11\(a\) without a header delimiter row/s)
  })

  it('refuses a table after the sub-paragraphs', () => {
    const chunk = '**F2.11** Lead:\n\n- (a) x\n\n| A |\n| --- |\n| b |'
    expect(() => parseClause(chunk, origin)).toThrow(/Unexpected table after the sub-paragraphs of F2\.11/)
  })
})
