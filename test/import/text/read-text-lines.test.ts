import {describe, expect, it} from 'vitest'
import {paragraphsFromLines, type SourceLine} from '../../../src/import/text/read-text-lines.js'
import {readTextFile} from '../../../src/import/text/read-text-file.js'

const lines = (texts: string[], page = 1): SourceLine[] => texts.map((text, index) => ({text, page, line: index + 1}))
const texts = (source: ReturnType<typeof paragraphsFromLines>): string[] => source.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))

describe('paragraphs from extracted text', () => {
  it('joins wrapped lines, ends a paragraph at a label or a short line with closing punctuation, ignores blank lines that stand inside sentences', () => {
    const source = paragraphsFromLines(lines([
      'G3.20 Each User shall, wherever it is practicable to do so, establish with:',
      '',
      '(a) the manufacturers of the hardware and developers of the software and',
      '',
      'firmware which form part of its User Systems; and',
      '(b) (where applicable) any Smart Metering System (excluding a Communications',
      'Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device)',
      'for which it is the Responsible Supplier,',
      'arrangements designed to ensure that the User will be notified.'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual([
      'G3.20 Each User shall, wherever it is practicable to do so, establish with:',
      '(a) the manufacturers of the hardware and developers of the software and firmware which form part of its User Systems; and',
      '(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,',
      'arrangements designed to ensure that the User will be notified.'
    ])
    expect(source.paragraphs.map((p) => p.place.line)).toEqual([1, 3, 6, 9])
  })

  it('reads an Appendix\'s or a Schedule\'s own numbering after its title: a bare clause number starts a paragraph, a part heading "2 Title" over a clause (or a cross-heading) stands alone; a wrapped line starting with a number does not (illustrative text)', () => {
    const source = paragraphsFromLines(lines([
      'Schedule 11: Illustrative Applicability',
      '1 Introduction',
      '1.1 This illustrative Schedule sets out which illustrative matters apply to each',
      'Party.',
      '2 Illustrative Obligations',
      'Notices',
      '2.1 Each Party shall give notice of each illustrative matter within',
      '15 Working Days of the day on which it arises.',
      'Appendix AB: Illustrative Document',
      '1 Scope',
      '1.1 This illustrative Appendix applies to each Party.',
      'Section G: Illustrative Security',
      'G1.1 A Section\'s clause, and then',
      '2 Things on a wrapped line.'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual([
      'Schedule 11: Illustrative Applicability',
      '1 Introduction',
      '1.1 This illustrative Schedule sets out which illustrative matters apply to each Party.',
      '2 Illustrative Obligations',
      'Notices',
      '2.1 Each Party shall give notice of each illustrative matter within 15 Working Days of the day on which it arises.',
      'Appendix AB: Illustrative Document',
      '1 Scope',
      '1.1 This illustrative Appendix applies to each Party.',
      'Section G: Illustrative Security',
      "G1.1 A Section's clause, and then 2 Things on a wrapped line."
    ])
  })

  it('keeps a Part heading apart from a cross-heading line under it, and joins a Part title that wraps', () => {
    const clause = 'G3.1 Each illustrative Party shall give the Panel notice of each illustrative matter.'
    const split = paragraphsFromLines(lines(['G3 Illustrative Part', 'Illustrative Cross-Heading', clause]), 'x.txt', 'txt')
    expect(texts(split)).toEqual(['G3 Illustrative Part', 'Illustrative Cross-Heading', clause])
    // A Part heading line that runs (nearly) full wrapped: its next line is the rest of its title.
    const wrapped = paragraphsFromLines(lines(['G3 Illustrative Part with a Title Long Enough to Wrap Over Its Line on a Narrow Page', 'And More', clause]), 'x.txt', 'txt')
    expect(texts(wrapped)).toEqual(['G3 Illustrative Part with a Title Long Enough to Wrap Over Its Line on a Narrow Page And More', clause])
    // A line that starts like a Part ID inside a sentence is not a heading: the sentence runs on.
    const sentence = paragraphsFromLines(lines(['G3.1 Each illustrative Party shall comply with Section', 'G3 Illustrative Obligations', 'of this illustrative text.', clause.replace('G3.1', 'G3.2')]), 'x.txt', 'txt')
    expect(texts(sentence)[0]).toBe('G3.1 Each illustrative Party shall comply with Section G3 Illustrative Obligations of this illustrative text.')
  })

  it('ends a paragraph at blank lines where the text puts them between paragraphs, even after a full line', () => {
    const source = paragraphsFromLines(lines([
      'G3.17 Each Party shall give the Panel notice of each matter that arises under this Section, within',
      'the period that the Panel sets out from time to time, and in the form that the Panel requires.',
      '',
      'The Panel shall publish each notice it receives under this Section and shall keep a copy of each',
      'notice for the period that it sets out.'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual([
      'G3.17 Each Party shall give the Panel notice of each matter that arises under this Section, within the period that the Panel sets out from time to time, and in the form that the Panel requires.',
      'The Panel shall publish each notice it receives under this Section and shall keep a copy of each notice for the period that it sets out.'
    ])
    expect(source.paragraphs.map((p) => p.place.line)).toEqual([1, 4])
  })

  it('where a blank line stands between every line, ends a paragraph at a wider gap (as the seed leaves between its paragraphs), never at furniture', () => {
    const source = paragraphsFromLines(lines([
      'An error has been identified in the illustrative Section which compromises the security of the',
      '',
      'illustrative system, and the section needs to be amended.',
      '',
      ' ',
      '',
      'What is the proposed solution of the illustrative problem that the Proposer has raised today in',
      '',
      'Page 2 of 12',
      '',
      'writing to the Panel?'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual([
      'An error has been identified in the illustrative Section which compromises the security of the illustrative system, and the section needs to be amended.',
      'What is the proposed solution of the illustrative problem that the Proposer has raised today in writing to the Panel?'
    ])
  })

  it('doubts each paragraph of a table the text does not lay out, its cells set apart by blank lines', () => {
    // pdftotext without -layout: the cells one by one, a blank line between them; the running text wraps without one.
    const source = paragraphsFromLines(lines([
      'F2.11 The following table sets out each party’s illustrative obligation, as the Panel',
      'sets it out:',
      'Party', '', 'Obligation', '', 'Time', '', 'DCC', '', 'notify', '', '5 Working Days', '',
      'F2.12 A clause after the table that the Panel sets out for the',
      'purposes of this Section.'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual(['F2.11 The following table sets out each party’s illustrative obligation, as the Panel sets it out:', 'Party', 'Obligation', 'Time', 'DCC', 'notify', '5 Working Days', 'F2.12 A clause after the table that the Panel sets out for the purposes of this Section.'])
    expect(source.paragraphs.map((p) => p.doubt !== undefined)).toEqual([false, true, true, true, true, true, true, false])
  })

  it('removes the running footer caught inside a line, and whole furniture lines, and lists them with their places', () => {
    const source = paragraphsFromLines(lines([
      '(a) any hardware, software or firmware which forms part of its User Systems; or SEC –',
      'Section G 322',
      '(b) any Device,',
      'Page 4 of 12',
      '17'
    ]), 'x.txt', 'txt')
    expect(texts(source)).toEqual(['(a) any hardware, software or firmware which forms part of its User Systems; or', '(b) any Device,'])
    expect(source.furniture).toEqual([
      {text: 'Page 4 of 12', place: {file: 'x.txt', line: 4}, midLine: false},
      {text: '17', place: {file: 'x.txt', line: 5}, midLine: false},
      {text: 'SEC – Section G 322', place: {file: 'x.txt', line: 1}, midLine: true}
    ])
  })

  it('rejoins hyphenated words: a soft break before a lower-case letter, a real hyphen before a capital', () => {
    const source = paragraphsFromLines(lines(['(a) the Security Sub-', 'Committee shall ensure the secu-', 'rity of the Device;']), 'x.txt', 'txt')
    expect(texts(source)).toEqual(['(a) the Security Sub-Committee shall ensure the security of the Device;'])
    expect(source.dehyphenated).toEqual([{printed: 'secu-rity', read: 'security', place: {file: 'x.txt', line: 2}}])
  })

  it('keeps the hyphen of a word broken over a line end where the document prints it unbroken elsewhere, and lists every such word', () => {
    const source = paragraphsFromLines(lines(['(a) a self-evidently illustrative matter; and', '(b) another self-', 'evidently illustrative matter, and its secu-', 'rity.']), 'x.txt', 'txt')
    expect(texts(source)).toEqual(['(a) a self-evidently illustrative matter; and', '(b) another self-evidently illustrative matter, and its security.'])
    expect(source.dehyphenated).toEqual([
      {printed: 'self-evidently', read: 'self-evidently', place: {file: 'x.txt', line: 2}},
      {printed: 'secu-rity', read: 'security', place: {file: 'x.txt', line: 3}}
    ])
  })

  it('learns running headers from the edges of pages, digits aside', () => {
    const pages = [1, 2, 3].flatMap((page) => lines([`Smart Energy Code v6.${page} header`, `G3.${page} Text of clause ${page} which goes on.`], page))
    const source = paragraphsFromLines(pages, 'x.pdf', 'pdf')
    expect(texts(source)).toEqual(['G3.1 Text of clause 1 which goes on.', 'G3.2 Text of clause 2 which goes on.', 'G3.3 Text of clause 3 which goes on.'])
    expect(source.furniture.map((f) => f.place.page)).toEqual([1, 2, 3])
  })

  it('takes for furniture only lines at the top or bottom of a page, never repeated wording in the body or a line that carries on a clause', () => {
    const clause = (n: number): string[] => [`G3.${n} Each Party shall keep record ${n} of the matters notified to it under`, 'this Section and shall make it available on request.']
    const pages = [1, 2, 3].flatMap((page) => lines([`Illustrative Code header`, ...clause(page * 2 - 1), ...clause(page * 2), `Page ${page}`], page))
    const source = paragraphsFromLines(pages, 'x.pdf', 'pdf')
    expect(texts(source)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `G3.${n} Each Party shall keep record ${n} of the matters notified to it under this Section and shall make it available on request.`))
    expect(source.furniture.map((f) => f.text)).toEqual(['Illustrative Code header', 'Page 1', 'Illustrative Code header', 'Page 2', 'Illustrative Code header', 'Page 3'])
  })

  it('keeps a repeated line that carries on a clause at the foot of every page, though it stands nowhere else', () => {
    const pages = [1, 2].flatMap((page) => lines([`G3.${page} Each Party shall keep the record of the matters notified to it under`, 'this Section and shall make it available on request.'], page))
    const source = paragraphsFromLines(pages, 'x.pdf', 'pdf')
    expect(texts(source)).toEqual([1, 2].map((n) => `G3.${n} Each Party shall keep the record of the matters notified to it under this Section and shall make it available on request.`))
    expect(source.furniture).toEqual([])
  })

  it('reads text files as strict UTF-8: an invalid byte is an error naming its line, never replaced', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('G3.1 fine\nG3.2 bad '), 0xff, 0x0a])
    expect(() => readTextFile(bytes, 'bad.txt')).toThrow(/bad\.txt:2:10: Invalid UTF-8: bytes FF at byte offset 19/)
  })

  it('numbers pages at form feeds', () => {
    const source = readTextFile(new TextEncoder().encode('G3.1 One.\n\fG3.2 Two.\n'), 'x.txt')
    expect(source.paragraphs.map((p) => p.place)).toEqual([{file: 'x.txt', page: 1, line: 1}, {file: 'x.txt', page: 2, line: 2}])
  })
})
