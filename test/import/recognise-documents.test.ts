import {describe, expect, it} from 'vitest'
import {readDocx} from '../../src/import/docx/read-docx-paragraphs.js'
import {readParagraphs} from '../../src/import/paragraph-readings.js'
import {appendixTitle} from '../../src/import/recognise-documents.js'
import {recogniseStructure} from '../../src/import/recognise-structure.js'
import {makeDocx, para, run} from './make-docx.js'

/** Illustrative text, not SEC text. */
const recognise = (body: string[]): ReturnType<typeof recogniseStructure> => recogniseStructure(readParagraphs(readDocx(makeDocx(body), 'x.docx').paragraphs, 'accept'), {plain: false})
const p = (text: string, options: {indent?: number; style?: string} = {}): string => para(run(text), options)
const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('Appendices and Schedules', () => {
  it('recognises their titles: a separator or quotes, or a bare designation in a heading style; body text citing one is not a title', () => {
    expect(appendixTitle('Appendix AB: Service Request Processing Document', undefined)).toEqual({letter: 'AB', title: 'Service Request Processing Document', kind: 'appendix'})
    expect(appendixTitle('APPENDIX C – Illustrative', undefined)).toEqual({letter: 'C', title: 'Illustrative', kind: 'appendix'})
    expect(appendixTitle("Appendix Z 'Quoted Title'", undefined)).toEqual({letter: 'Z', title: 'Quoted Title', kind: 'appendix'})
    expect(appendixTitle('Schedule 11', 'heading 1')).toEqual({letter: '11', title: '', kind: 'schedule'})
    expect(appendixTitle('Schedule 11', undefined)).toBeUndefined()
    expect(appendixTitle('Appendix AB sets out the processing.', undefined)).toBeUndefined()
  })

  it('reads an Appendix with its own numbering: parts AB:2, clauses AB:2.11, sub-paragraphs AB:2.11(a)', () => {
    const {sections, entries} = recognise([
      p('Appendix AB: Illustrative Processing Document', {style: 'Heading1'}),
      p('2 Processing Requests', {style: 'Heading2'}),
      p('2.11 An illustrative clause:', {indent: 0}),
      p('(a) its first item; and', {indent: 720}),
      p('(b) its second item.', {indent: 720}),
      p('2.12 Another clause.', {indent: 0})
    ])
    expect(strip(sections)).toEqual([
      {
        letter: 'AB', title: 'Illustrative Processing Document', version: '', kind: 'appendix',
        parts: [{id: 'AB:2', title: 'Processing Requests', groups: [{heading: null, clauses: [
          {kind: 'clause', id: 'AB:2.11', text: 'An illustrative clause:', items: [
            {kind: 'sub-paragraph', id: 'AB:2.11(a)', label: 'a', text: 'its first item; and', items: [], tail: ''},
            {kind: 'sub-paragraph', id: 'AB:2.11(b)', label: 'b', text: 'its second item.', items: [], tail: ''}
          ], tail: ''},
          {kind: 'clause', id: 'AB:2.12', text: 'Another clause.', items: [], tail: ''}
        ]}]}]
      }
    ])
    expect(entries.map((e) => e.target)).toEqual(['Appendix AB title', 'part AB:2', 'AB:2.11', 'AB:2.11(a)', 'AB:2.11(b)', 'AB:2.12'])
  })

  it('reads a Schedule as Sch11:…, beside a Section in one consolidated document', () => {
    const {sections} = recognise([p("Section G 'Security'"), p('G3.1 A clause.'), p('Schedule 11', {style: 'Heading1'}), p('3.2 A paragraph of the Schedule.')])
    expect(sections.map((s) => [s.kind ?? 'section', s.letter, s.parts[0]?.groups[0]?.clauses.map((c) => c.id)])).toEqual([['section', 'G', ['G3.1']], ['schedule', '11', ['Sch11:3.2']]])
  })

  it('refuses a Section clause number inside an Appendix, and a clause of another part', () => {
    const {entries} = recognise([p('Appendix AB: Illustrative', {style: 'Heading1'}), p('2 Part', {style: 'Heading2'}), p('2.1 Fine.'), p('G3.1 Misplaced.'), p('3.1 Wrong part.')])
    expect(entries.filter((e) => e.fate === 'unplaced').map((e) => e.reason)).toEqual([
      'Unexpected clause G3.1 in Appendix AB, expected its own numbering (2.11)',
      'Unexpected clause AB:3.1 in Part AB:2, expected a clause of that part or a Part heading before it'
    ])
  })
})
