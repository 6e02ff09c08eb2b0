import {describe, expect, it} from 'vitest'
import {readDocx} from '../../src/import/docx/read-docx-paragraphs.js'
import {readParagraphs} from '../../src/import/paragraph-readings.js'
import {recogniseStructure} from '../../src/import/recognise-structure.js'
import type {Clause, Section} from '../../src/model/types.js'
import {makeDocx, para, run, table} from './make-docx.js'

/** Illustrative text, not SEC text. */
const recognise = (body: string[]): ReturnType<typeof recogniseStructure> => recogniseStructure(readParagraphs(readDocx(makeDocx(body), 'x.docx').paragraphs, 'accept'), {plain: false})
const clauses = (sections: Section[]): Clause[] => sections.flatMap((s) => s.parts.flatMap((p) => p.groups.flatMap((g) => g.clauses)))
const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const p = (text: string, indent?: number): string => para(run(text), indent === undefined ? {} : {indent})

describe('Word tables', () => {
  it('reads a table after a clause’s lead-in as its table: the first row the header, rows numbered from 1', () => {
    const {sections, entries} = recognise([
      p("Section F 'Illustrative'"),
      p('F2.11 The following table sets out the obligations:', 0),
      table([[[p('Party')], [p('Obligation')], [p('Time')]], [[p('DCC')], [p('notify | report')], [p('5 Working Days')]], [[p('User')], [p('')], [p('promptly')]]]),
      p('(a) a sub-paragraph after the table.', 720)
    ])
    const [f211] = clauses(sections)
    expect(strip(f211?.table)).toEqual({id: 'F2.11/table', header: ['Party', 'Obligation', 'Time'], rows: [{id: 'F2.11/table/1', cells: ['DCC', 'notify | report', '5 Working Days']}, {id: 'F2.11/table/2', cells: ['User', '', 'promptly']}]})
    expect(f211?.items.map((item) => item.id)).toEqual(['F2.11(a)'])
    expect(entries.filter((e) => e.fate === 'kept').map((e) => e.target)).toEqual(['Section F title', 'F2.11', 'F2.11/table header', 'F2.11/table header', 'F2.11/table header', 'F2.11/table/1', 'F2.11/table/1', 'F2.11/table/1', 'F2.11/table/2', 'F2.11/table/2', 'F2.11(a)'])
    expect(entries.filter((e) => e.fate === 'empty')).toHaveLength(1)
  })

  it('gives a table to the sub-paragraph it follows', () => {
    const {sections} = recognise([p("Section F 'Illustrative'"), p('F2.12 Lead:', 0), p('(a) as follows:', 720), table([[[p('A')], [p('B')]], [[p('1')], [p('2')]]]), p('(b) next.', 720)])
    const [f212] = clauses(sections)
    expect(f212?.items[0]?.table?.id).toBe('F2.12(a)/table')
    expect(f212?.items[0]?.table?.rows[0]?.id).toBe('F2.12(a)/table/1')
  })

  it('reads a two-column "term | meaning" table in A1.1 as definitions, each meaning read as a clause is (sub-paragraphs, tail)', () => {
    const {sections, entries} = recognise([
      p("Section A 'Definitions and Interpretation'"),
      p('A1.1 In this Code, except where the context otherwise requires, the expressions in the left hand column below shall have the meanings given to them in the right hand column:', 0),
      table([
        [[p('Anomaly Detection Threshold')], [p('means, in respect of an illustrative thing:', 0), p('(a) the first limb; and', 720), p('(b) the second limb:', 720), p('(i) one;', 1440), p('(ii) two,', 1440), p('the tail of the definition.', 0)]],
        [[p('Another Term')], [p('has the meaning given to that expression in Section T3.34.')]]
      ]),
      p('A1.2 Next clause.', 0)
    ])
    const [a11, a12] = clauses(sections)
    expect(a12?.id).toBe('A1.2')
    expect(strip(a11?.items)).toEqual([
      {
        kind: 'sub-paragraph',
        id: 'A1.1[Anomaly Detection Threshold]',
        label: 'Anomaly Detection Threshold',
        term: 'Anomaly Detection Threshold',
        text: 'means, in respect of an illustrative thing:',
        items: [
          {kind: 'sub-paragraph', id: 'A1.1[Anomaly Detection Threshold](a)', label: 'a', text: 'the first limb; and', items: [], tail: ''},
          {
            kind: 'sub-paragraph',
            id: 'A1.1[Anomaly Detection Threshold](b)',
            label: 'b',
            text: 'the second limb:',
            items: [
              {kind: 'sub-paragraph', id: 'A1.1[Anomaly Detection Threshold](b)(i)', label: 'i', text: 'one;', items: [], tail: ''},
              {kind: 'sub-paragraph', id: 'A1.1[Anomaly Detection Threshold](b)(ii)', label: 'ii', text: 'two,', items: [], tail: ''}
            ],
            tail: ''
          }
        ],
        tail: 'the tail of the definition.'
      },
      {kind: 'sub-paragraph', id: 'A1.1[Another Term]', label: 'Another Term', term: 'Another Term', text: 'has the meaning given to that expression in Section T3.34.', items: [], tail: ''}
    ])
    expect(entries.map((e) => e.target)).toContain('A1.1[Anomaly Detection Threshold](b)(ii)')
    expect(entries.map((e) => e.target)).toContain('A1.1[Anomaly Detection Threshold] tail')
    expect(entries.every((e) => e.fate === 'kept')).toBe(true)
  })

  it('continues a definitions list over a table split in two (a page break in Word), and takes the text after it as the clause’s tail', () => {
    const row = (term: string): string[][] => [[p(term)], [p(`means ${term.toLowerCase()}.`)]]
    const {sections} = recognise([p("Section A 'Definitions'"), p('A1.1 Definitions:', 0), table([row('Alpha'), row('Beta')]), table([row('Gamma')]), p('Words defined above apply throughout.', 0)])
    const [a11] = clauses(sections)
    expect(a11?.items.map((item) => item.id)).toEqual(['A1.1[Alpha]', 'A1.1[Beta]', 'A1.1[Gamma]'])
    expect(a11?.tail).toBe('Words defined above apply throughout.')
  })

  const refused: Array<[string, string[], RegExp]> = [
    ['a term defined twice (case-insensitively), naming the first place', [p('F1.1 Definitions:'), table([[[p('Alpha')], [p('means one.')]], [[p('ALPHA')], [p('means two.')]]])], /Unexpected second definition of "ALPHA" \(first defined at x\.docx paragraph 3\)/],
    ['a term with a bracket', [p('F1.1 Definitions:'), table([[[p('Alpha [old]')], [p('means one.')]]])], /Unexpected term "Alpha \[old\]" in the definitions table of F1\.1/],
    ['a ragged row', [p('F2.11 Lead:'), table([[[p('A')], [p('B')], [p('C')]], [[p('1')], [p('2')]]])], /Unexpected row 2 of the table after F2\.11 with 2 cells in a table of 3 columns, expected 3 cells \(as many as the header row\), found 2/],
    ['merged cells', [p('F2.11 Lead:'), table([[[p('A')], [p('B')]], [[p('1')], [p('2')]]], (row, column) => (row === 1 && column === 0 ? '<w:gridSpan w:val="2"/>' : ''))], /Unexpected merged cells in the table after F2\.11/],
    ['a cell of two paragraphs', [p('F2.11 Lead:'), table([[[p('A')], [p('B')]], [[p('1'), p('more')], [p('2')]]])], /Unexpected table cell of 2 paragraphs after F2\.11/],
    ['a table after a list and its tail', [p('F2.11 Lead:', 0), p('(a) item,', 720), p('the tail.', 0), table([[[p('A')], [p('B')]]])], /Unexpected table after the sub-paragraphs of F2\.11, expected a table after the lead-in/],
    ['a second table', [p('F2.11 Lead:'), table([[[p('A')], [p('B')]]]), table([[[p('C')], [p('D')]]])], /Unexpected second table in F2\.11/],
    ['definitions after labelled sub-paragraphs', [p('F1.1 Definitions:', 0), p('(a) item,', 720), p('the tail.', 0), table([[[p('Alpha')], [p('means one.')]]])], /Unexpected definitions table after the labelled sub-paragraphs of F1\.1/],
    ['a table before any clause', [table([[[p('A')], [p('B')]]])], /Unexpected table outside a clause/]
  ]
  it('names only the rows at fault, each with its reason; the well-formed rows are left out with the table, naming those rows', () => {
    const rows = [[[p('A')], [p('B')], [p('C')]], [[p('1')], [p('2')], [p('3')]], [[p('4')], [p('5')]], [[p('6')], [p('7')], [p('8')]], [[p('9')]]]
    const {entries} = recognise([p("Section F 'Illustrative'"), p('F2.11 Lead:'), table(rows)])
    const unplaced = entries.filter((e) => e.fate === 'unplaced')
    expect(unplaced.map((e) => e.text)).toEqual(['4', '5', '9', 'A', 'B', 'C', '1', '2', '3', '6', '7', '8'])
    expect(unplaced[0]?.reason).toBe('Unexpected row 3 of the table after F2.11 with 2 cells in a table of 3 columns, expected 3 cells (as many as the header row), found 2')
    expect(unplaced[2]?.reason).toBe('Unexpected row 5 of the table after F2.11 with 1 cell in a table of 3 columns, expected 3 cells (as many as the header row), found 1')
    for (const good of unplaced.slice(3)) expect(good.reason).toMatch(/^Left out with the table after F2\.11, refused for its rows 3 and 5 \(this row [124] itself is well formed\)$/)
  })

  for (const [what, body, reason] of refused) {
    it(`refuses ${what}: the paragraph and why, every paragraph of the table unplaced`, () => {
      const {entries} = recognise([p("Section F 'Illustrative'"), ...body])
      const problems = entries.filter((e) => e.fate === 'unplaced')
      expect(problems.map((e) => e.reason ?? '').join('\n')).toMatch(reason)
      expect(problems.length).toBeGreaterThan(0)
    })
  }
})
