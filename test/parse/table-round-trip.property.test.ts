import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Clause, Section} from '../../src/model/types.js'
import {parseClause} from '../../src/parse/parse-clause.js'
import {parseSection} from '../../src/parse/parse-section.js'
import {serializeClause} from '../../src/serialize/serialize-clause.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {clauseWithTables, sectionWithTables} from '../helpers/arbitraries.js'

/** The model without source places, for comparing trees. */
function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' || key === 'file' ? undefined : v))) as T
}

describe('tables round-trip', () => {
  it('write → parse gives the same tree and parse → write the same bytes, for generated sections with tables', () => {
    fc.assert(
      fc.property(sectionWithTables, (tree: Section) => {
        const text = serializeSection(tree)
        const back = parseSection(text, 'section-g.md')
        expect(strip(back)).toEqual(strip(tree))
        expect(serializeSection(back)).toBe(text)
      }),
      {numRuns: 300}
    )
    // Every generated string is hostile, so each goes through remark (the line scan's plain-text fast path never
    // applies): 40 sections spend 3 s in micromark's per-call set-up alone. 55-81 s at load 12; 240 s of room.
  }, 240_000)

  it('a clause with tables (hostile cell text: |, backslashes, markdown, <script>) reads back the same by the line scan and by remark', () => {
    fc.assert(
      fc.property(clauseWithTables('F2.11'), (tree: Clause) => {
        const text = serializeClause(tree)
        const viaScan = parseClause(text, {file: 'x.md', line: 1})
        const viaRemark = parseClause(`${text}\n`, {file: 'x.md', line: 1})
        expect(strip(viaScan)).toEqual(strip(tree))
        expect(strip(viaRemark)).toEqual(strip(tree))
        expect(serializeClause(viaScan)).toBe(text)
      }),
      {numRuns: 600}
    )
  })
})
