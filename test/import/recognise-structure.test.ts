import {describe, expect, it} from 'vitest'
import {recogniseStructure, type TextParagraph} from '../../src/import/recognise-structure.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'

const plain = (texts: string[]): TextParagraph[] => texts.map((text, index) => ({text, place: {file: 'x.txt', line: index + 1}}))
const laid = (rows: Array<[number, string, string?]>): TextParagraph[] =>
  rows.map(([indent, text, style], index) => ({text, indent, place: {file: 'x.docx', paragraph: index + 1}, ...(style !== undefined && {style})}))
const body = (paragraphs: TextParagraph[], isPlain: boolean): string => {
  const {sections} = recogniseStructure(paragraphs, {plain: isPlain})
  return serializeSection({...(sections[0] ?? {letter: 'G', title: '', parts: []}), version: '1'}).split('\n').slice(8).join('\n')
}

describe('structure recogniser', () => {
  it('reads titles in the styles the code uses, parts, cross-headings, clauses, [Not used]', () => {
    for (const title of ["Section G 'Security'", 'Section G ‘Security’', 'SECTION G – SECURITY', 'Section G: Security']) {
      const {sections} = recogniseStructure(plain([title, 'G3 System Security: Obligations on Users', 'Manufacturers', 'G3.1 [Not used]']), {plain: true, knownTitles: new Map([['G', 'Security']])})
      expect(sections.map((s) => [s.letter, s.title])).toEqual([['G', 'Security']])
      expect(sections[0]?.parts[0]).toMatchObject({id: 'G3', title: 'System Security: Obligations on Users', groups: [{heading: 'Manufacturers', clauses: [{id: 'G3.1', text: '[Not used]'}]}]})
    }
  })

  it('keeps a title in capitals as written unless the stored spelling is known', () => {
    expect(recogniseStructure(plain(['SECTION H – DCC SERVICES', 'H1.1 Text.']), {plain: true}).sections[0]?.title).toBe('DCC SERVICES')
  })

  it('in plain text nests by the label schemes and their sequence: (i) after (h) is a letter, (i) after (a) a roman numeral', () => {
    const letters = 'abcdefgh'.split('').map((l) => `(${l}) item ${l};`)
    expect(body(plain(['Section G: Security', 'G3.1 Lead:', ...letters, '(i) ninth item; and', '(j) tenth item.']), true)).toContain('- (i) ninth item; and\n- (j) tenth item.')
    expect(body(plain(['Section G: Security', 'G3.1 Lead:', '(a) first:', '(i) nested;', '(ii) nested,', '(b) second.']), true)).toBe(
      '**G3.1** Lead:\n\n- (a) first:\n  - (i) nested;\n  - (ii) nested,\n- (b) second.\n'
    )
  })

  it('with layout nests by indent and places each tail by its indent', () => {
    const paragraphs = laid([
      [0, 'Section G: Security', 'heading 1'],
      [720, 'G3.1 Lead:'],
      [1440, '(a) first:'],
      [2160, '(i) nested;'],
      [2160, '(ii) nested,'],
      [1440, 'tail of (a);'],
      [1440, '(b) second,'],
      [720, 'tail of the clause.']
    ])
    expect(body(paragraphs, false)).toBe('**G3.1** Lead:\n\n- (a) first:\n  - (i) nested;\n  - (ii) nested,\n\n  tail of (a);\n- (b) second,\n\ntail of the clause.\n')
  })

  it('without list indents reports a paragraph after nested lists as a guess, unless a tail style names its owner', () => {
    const flat = (style?: string): TextParagraph[] => laid([[0, 'Section G: Security', 'heading 1'], [0, 'G3.1 Lead:'], [0, '(a) first:'], [0, '(i) nested;'], [0, '(ii) nested,'], [0, 'the text after a list.', style]])
    const guessed = recogniseStructure(flat(), {plain: false}).entries.filter((e) => e.fate !== 'kept')
    expect(guessed).toHaveLength(1)
    expect(guessed[0]).toMatchObject({fate: 'ambiguous', target: 'G3.1(a) tail', place: {paragraph: 6}})
    expect(guessed[0]?.reason).toMatch(/^Unexpected paragraph after nested sub-paragraphs: the layout does not say whether it follows the list of G3\.1\(a\) or G3\.1 /)
    for (const [style, expected] of [['clause tail', '  - (ii) nested,\n\nthe text after a list.\n'], ['sub-paragraph tail 1', '  - (ii) nested,\n\n  the text after a list.\n']] as const) {
      const {entries} = recogniseStructure(flat(style), {plain: false})
      expect(entries.every((e) => e.fate === 'kept')).toBe(true)
      expect(body(flat(style), false)).toContain(expected)
    }
  })

  it('reports what it cannot place, with why, and leaves it out', () => {
    const {entries} = recogniseStructure(plain(['Section G: Security', 'G3.1 Lead:', '(a) first;', '(c) third.', 'G3.2', 'a paragraph after an empty lead-in']), {plain: true})
    const problems = entries.filter((e) => e.fate === 'unplaced')
    expect(problems.map((p) => [p.place.line, p.reason])).toEqual([
      [4, 'Unexpected label (c) here, expected (i) or (b)'],
      [6, 'Unexpected paragraph without a number or label in G3.2 after an empty lead-in, expected the lead-in\'s text first']
    ])
  })

  it('reads several paragraphs: a lead-in of two before its list, text between two lists, a tail of two', () => {
    const source = laid([
      [0, 'Section G: Security', 'heading 1'],
      [720, 'G3.1 First paragraph of the lead-in.'],
      [720, 'Second paragraph of the lead-in:'],
      [1440, '(a) first;'],
      [1440, 'second paragraph of (a);'],
      [1440, '(b) second,'],
      [720, 'text between two lists:'],
      [1440, '(c) third,'],
      [720, 'first paragraph of the tail.'],
      [720, 'Second paragraph of the tail.'],
      [720, 'G3.2 Text.'],
      [720, 'Second paragraph of G3.2.']
    ])
    expect(body(source, false)).toBe(
      '**G3.1** First paragraph of the lead-in.\n\nSecond paragraph of the lead-in:\n\n- (a) first;\n\n  second paragraph of (a);\n- (b) second,\n\ntext between two lists:\n\n- (c) third,\n\nfirst paragraph of the tail.\n\nSecond paragraph of the tail.\n\n**G3.2** Text.\n\nSecond paragraph of G3.2.\n'
    )
    // Plain text: a clause without sub-paragraphs takes further paragraphs, text after the one open list and a label that goes on make text between two lists.
    expect(body(plain(['Section G: Security', 'G3.1 Lead:', '(a) first,', 'between the lists:', '(b) second,', 'the tail.', 'G3.2 Text.', 'Second paragraph.']), true)).toBe(
      '**G3.1** Lead:\n\n- (a) first,\n\nbetween the lists:\n\n- (b) second,\n\nthe tail.\n\n**G3.2** Text.\n\nSecond paragraph.\n'
    )
  })

  it('reads a paragraph that opens like a label as text where the layout and the lists say so: a heading in a heading style, the clause\'s text at its own indent', () => {
    // Generated text can open like a label ("(f) …"): the section round-trip property once failed with "(f) outside a clause".
    const paragraphs = laid([
      [0, 'Section G: Security', 'heading 1'],
      [0, '(f) Illustrative Matters', 'heading 3'],
      [720, 'G3.1 Lead:'],
      [1440, '(a) first,'],
      [720, '(Z) text after the list.'],
      [0, '(96) Further Matters', 'heading 3'],
      [720, 'G3.2 Lead:'],
      [1440, '(a) first,'],
      [0, '(b) A Heading That Continues No List', 'heading 3']
    ])
    const {sections, entries} = recogniseStructure(paragraphs, {plain: false})
    expect(serializeSection({...(sections[0] as NonNullable<(typeof sections)[0]>), version: '1'}).split('\n').slice(8).join('\n')).toBe(
      '### (f) Illustrative Matters\n\n**G3.1** Lead:\n\n- (a) first,\n\n(Z) text after the list.\n\n### (96) Further Matters\n\n**G3.2** Lead:\n\n- (a) first,\n- (b) A Heading That Continues No List\n'
    )
    // A label that continues the open list is a sub-paragraph, whatever its style; one no list can take, under the list's indent, is still refused.
    expect(entries.filter((entry) => entry.fate === 'unplaced')).toEqual([])
    const wrong = recogniseStructure(laid([[0, 'Section G: Security', 'heading 1'], [720, 'G3.1 Lead:'], [1440, '(a) first,'], [1440, '(c) third.']]), {plain: false})
    expect(wrong.entries.find((entry) => entry.fate === 'unplaced')?.reason).toMatch(/Unexpected label \(c\)/)
  })

  it('in plain text does not guess whose tail follows nested sub-paragraphs', () => {
    const {entries} = recogniseStructure(plain(['Section G: Security', 'G3.1 Lead:', '(a) first:', '(i) nested,', 'which tail is this?']), {plain: true})
    expect(entries.at(-1)).toMatchObject({fate: 'unplaced', reason: expect.stringContaining('whether it follows the list of G3.1 or G3.1(a)') as unknown})
  })

  it('never reads clauses before any title as cover: refused where no title is known, the text after them too', () => {
    const {entries, sections} = recogniseStructure(plain(['An illustrative cover', 'G3.1 Lead:', '(a) item.', 'G3.2 Text.']), {plain: true})
    expect(sections).toEqual([])
    expect(entries.map((e) => e.fate)).toEqual(['cover', 'unplaced', 'unplaced', 'unplaced'])
    expect(entries[1]?.reason).toBe("Unexpected clause G3.1 before a Section title, expected a Section title such as 'Section G: Security' before the first clause")
    // Where the title is known, a Part heading opens the Section as a clause does.
    const known = recogniseStructure(plain(['G3 Illustrative Part', 'G3.1 Text.']), {plain: true, knownTitles: new Map([['G', 'Security']])})
    expect(known.entries.map((e) => [e.fate, e.target])).toEqual([['kept', 'part G3'], ['kept', 'G3.1']])
  })

  it('keeps the cover and instructions out of the text, and opens a Section at a clause when its title is known', () => {
    const {entries, sections} = recogniseStructure(plain(['MP087 Annex A', 'G3.1 Text.']), {plain: true, knownTitles: new Map([['G', 'Security']])})
    expect(entries.map((e) => e.fate)).toEqual(['cover', 'kept'])
    expect(sections[0]?.title).toBe('Security')
    expect(recogniseStructure(plain(['Section G: Security', 'Amend Section G3.1 as follows:', 'G3.1 Text.', 'Delete Section G3.2.', 'Insert new Section G3.3 as follows:']), {plain: true}).entries.map((e) => e.fate)).toEqual(['kept', 'instruction', 'kept', 'instruction', 'instruction'])
    // A tail that merely starts like an instruction is legal text.
    const tail = recogniseStructure(plain(['Section G: Security', 'G3.1 Lead:', '(a) item,', 'Amend the Section G3.2 plan accordingly.']), {plain: true})
    expect(tail.entries.map((e) => e.fate)).toEqual(['kept', 'kept', 'kept', 'kept'])
  })
  it('an indented paragraph under a list is text of the provision its indent names, not a heading', () => {
    // LibreOffice from HTML without heading styles: a short paragraph indented like the items, before the next clause.
    expect(body(laid([[0, 'Section G: Security', 'heading 1'], [567, 'G1.1 Lead:'], [1134, '(a) first,'], [1134, 'Short words'], [567, 'G1.2 Next.']]), false)).toBe(
      '**G1.1** Lead:\n\n- (a) first,\n\n  Short words\n\n**G1.2** Next.\n'
    )
    expect(body(laid([[0, 'Section G: Security', 'heading 1'], [567, 'G1.1 Lead:'], [1134, '(a) first,'], [567, 'Short tail words'], [567, 'G1.2 Next.']]), false)).toBe(
      '**G1.1** Lead:\n\n- (a) first,\n\nShort tail words\n\n**G1.2** Next.\n'
    )
  })

  it('where the layout contradicts a label, the one level that label can continue decides; a tail left of every list goes to the clause', () => {
    // (iii) given the indent of a level below (ii); the clause's own paragraph indented like its items.
    expect(body(laid([[0, 'Section G: Security', 'heading 1'], [1854, 'G3.1 Lead:'], [1854, '(a) first:'], [2574, '(i) one;'], [2574, '(ii) two;'], [3294, '(iii) three,'], [1134, 'the tail.']]), false)).toBe(
      '**G3.1** Lead:\n\n- (a) first:\n  - (i) one;\n  - (ii) two;\n  - (iii) three,\n\nthe tail.\n'
    )
  })
})
