import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documentName, type DocumentName} from '../../src/model/ids.js'
import {citedTables, parseNumberedTable} from '../../src/model/table-references.js'
import type {Located} from '../../src/model/types.js'

const appendix = fc.tuple(fc.constantFrom('', 'A'), fc.constantFrom(...'ABCDKLMZ')).map(([a, b]): DocumentName => ({kind: 'appendix', letter: `${a}${b}`}))
const schedule = fc.integer({min: 1, max: 40}).map((n): DocumentName => ({kind: 'schedule', letter: String(n)}))
const document = fc.oneof(appendix, schedule)
const number = fc.integer({min: 1, max: 999})

/** A provision of Section G citing the text (its own document is Section G). */
const inSectionG = {section: {kind: 'section', letter: 'G'}} as unknown as Located

describe('the numbered-table grammar (src/model/table-references.ts), one grammar for citations and for what a user types', () => {
  it('reads "Table N of <document>" and "Table N in <document>" typed whole as it finds them cited in running text', () => {
    fc.assert(
      fc.property(number, document, fc.constantFrom('of', 'in'), (n, doc, word) => {
        const reference = `Table ${n} ${word} ${documentName(doc)}`
        expect(parseNumberedTable(reference)).toEqual({number: n, document: doc})
        expect([...citedTables(`The times in ${reference} apply.`, inSectionG)]).toEqual([{kind: 'numbered', document: doc, number: n, text: reference}])
      }),
      {numRuns: 500}
    )
  })

  it('reads "Table N" alone without a document, and nothing else', () => {
    expect(parseNumberedTable('Table 2')).toEqual({number: 2})
    expect(parseNumberedTable(' Table 2 ')).toEqual({number: 2})
    for (const text of ['Table 0', 'Table 2A', 'Table 2 of Section F', 'Table 2 of Appendix AB:', 'table 2', 'AB:2.11/table', 'Table 2.1', 'Tables 2 and 3']) expect(parseNumberedTable(text), text).toBeUndefined()
  })
})
