import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Clause, Section} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {parseLegalText} from '../../src/modify/parse-legal-text.js'
import {writeClauseDraft} from '../../src/modify/write-legal-text.js'
import {tableModification} from '../helpers/arbitraries.js'
import {strip} from './fixtures.js'

/** The clause change a legal text holding one drafted clause reads back as. */
function readBack(before: Clause | undefined, after: Clause | undefined): {markdown: string; before?: Clause; after?: Clause} {
  const markdown = `# Section G: Security\n\n${writeClauseDraft({id: (after ?? before)?.id ?? '', before, after})}\n`
  const [change] = parseLegalText(markdown, 'legal-text.md')[0]?.clauses ?? []
  return {markdown, before: change?.before, after: change?.after}
}

describe('CriticMarkup over tables (property)', () => {
  it('a drafted clause reads back, marks rejected, as the old clause and, accepted, as the new one: rows inserted and deleted, cells edited (hostile text), tables added and removed', () => {
    let tables = 0
    fc.assert(
      fc.property(tableModification, ({before, after}) => {
        const byId = (section: Section): Map<string, Clause> => new Map(clausesOf([section]).map((c) => [c.id, c]))
        const [oldClauses, newClauses] = [byId(before), byId(after)]
        for (const id of new Set([...oldClauses.keys(), ...newClauses.keys()])) {
          const [old, next] = [oldClauses.get(id), newClauses.get(id)]
          if (JSON.stringify(old) === JSON.stringify(next)) continue
          const read = readBack(old, next)
          if (read.markdown.includes('| ---')) tables++
          expect(strip({before: read.before, after: read.after}), read.markdown).toEqual(strip({before: old, after: next}))
        }
      }),
      {numRuns: 200}
    )
    expect(tables).toBeGreaterThan(50)
  })

  it('writes a row inserted or deleted as a block mark over its line, and a cell\'s words with word marks', () => {
    const table = (rows: string[][]): Clause['table'] => ({id: 'F2.11/table', header: ['Party', 'Time'], rows: rows.map((cells, index) => ({id: `F2.11/table/${index + 1}`, cells}))})
    const clause = (rows: string[][]): Clause => ({kind: 'clause', id: 'F2.11', text: 'The following table applies:', table: table(rows), items: [], tail: ''})
    const markdown = writeClauseDraft({id: 'F2.11', before: clause([['DCC', 'within 5 Working Days of the request'], ['Supplier', '10 days']]), after: clause([['DCC', 'within 3 Working Days of the request'], ['Network Party', '2 days']])})
    expect(markdown).toBe(
      [
        '**F2.11** The following table applies:',
        '',
        '| Party | Time |',
        '| --- | --- |',
        '| DCC | within {~~5 Working Days~>3 Working Days~~} of the request |',
        '{--| Supplier | 10 days |--}',
        '{++| Network Party | 2 days |++}'
      ].join('\n')
    )
  })
})
