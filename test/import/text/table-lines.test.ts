import {describe, expect, it} from 'vitest'
import {findTables, joinAcrossPages, type LaidLine, type LineSegment} from '../../../src/import/text/table-lines.js'

/** A laid-out line (illustrative): its baseline and its segments as [x, text], each segment's words its pieces. */
const line = (y: number, ...segments: Array<[number, string]>): LaidLine => ({
  page: 1,
  y,
  size: 10,
  startsBlock: /^(?:\([a-z]+\)|[A-Z]\d+\.\d+)$/.test(segments[0]?.[1] ?? ''),
  ...(/^\([a-z]+\)$/.test(segments[0]?.[1] ?? '') && {labelled: true}),
  segments: segments.map(([x, text]): LineSegment => ({text, x, pieces: text.split(' ').map((word, at) => ({text: word, x: x + at * 30, spaceBefore: true}))}))
})

describe('findTables: tables by the positions of their text', () => {
  it('reads rows apart by their wider gaps, wrapped cells joined (a centred first cell too), header first', () => {
    const lines = [
      line(700, [50, 'F2.11 The table:']),
      line(670, [50, 'Party'], [150, 'Obligation'], [400, 'Time']),
      line(640, [150, 'notify the User and']),
      line(627, [50, 'DCC'], [150, 'the Panel of each'], [400, '5 Working Days']),
      line(614, [150, 'matter']),
      line(584, [50, 'User'], [150, 'respond'], [410, 'promptly']),
      line(550, [80, '(a) a sub-paragraph.'])
    ]
    expect(findTables(lines, 3)).toEqual([
      {first: 1, last: 5, edges: [50, 150, 400], rows: [['Party', 'Obligation', 'Time'], ['DCC', 'notify the User and the Panel of each matter', '5 Working Days'], ['User', 'respond', 'promptly']], starts: [[1, 1, 1], [3, 2, 3], [5, 5, 5]]}
    ])
  })

  it('where every line stands at one spacing, a line with text in the first column starts a row and one without continues it', () => {
    const lines = [line(700, [50, 'Threshold'], [200, 'Value']), line(688, [50, 'Availability'], [200, '99.5%']), line(676, [200, 'of the time']), line(664, [50, 'Latency'], [200, '2 s'])]
    expect(findTables(lines, 3)[0]?.rows).toEqual([['Threshold', 'Value'], ['Availability', '99.5% of the time'], ['Latency', '2 s']])
  })

  it('splits a cell that fills its column where a word starts at the next column’s edge', () => {
    const lines = [line(700, [50, 'Party'], [110, 'Time']), line(680, [50, 'Registration Data Provider 20'])]
    // "Provider" at x 110 stands at the edge of the second column.
    lines[1] = {...(lines[1] as LaidLine), segments: [{text: 'Registration Data 20 Days', x: 50, pieces: [{text: 'Registration', x: 50, spaceBefore: true}, {text: 'Data', x: 80, spaceBefore: true}, {text: '20', x: 110, spaceBefore: true}, {text: 'Days', x: 125, spaceBefore: true}]}]}
    lines.push(line(660, [50, 'DCC'], [110, '5 Days']))
    expect(findTables(lines, 3)[0]?.rows).toEqual([['Party', 'Time'], ['Registration Data', '20 Days'], ['DCC', '5 Days']])
  })

  it('never takes numbered paragraphs (a label, then a gap) or a single row for a table', () => {
    expect(findTables([line(700, [50, '(a)'], [90, 'first item;']), line(680, [50, '(b)'], [90, 'second item.'])], 3)).toEqual([])
    expect(findTables([line(700, [50, 'G3.17'], [90, 'Where a User:']), line(680, [90, 'text']), line(660, [50, 'Party'], [200, 'Time'])], 3)).toEqual([])
  })

  it('reports words left of the first column, in their row, rather than guess', () => {
    const found = findTables([line(700, [60, 'Party'], [200, 'Time']), line(680, [30, 'X DCC'], [200, '5 Days'])], 3)
    expect(found[0]?.problem).toEqual({reason: 'the words "X" stand left of the table\'s first column, expected every cell within a column', row: 1})
    // A third row at the header's edge: one row's stray words never set a column.
    const three = findTables([line(700, [60, 'Party'], [200, 'Time']), line(680, [30, 'X DCC'], [200, '5 Days']), line(660, [60, 'User'], [200, '10 Days'])], 3)
    expect(three[0]?.problem?.row).toBe(1)
  })

  it('takes the columns from the body where the header row is centred or right-aligned over them', () => {
    const lines = [
      line(700, [82, 'Party'], [260, 'Obligation'], [455, 'Time']),
      line(680, [50, 'DCC'], [150, 'notify the User'], [400, '5 Working Days']),
      line(660, [50, 'Supplier Party'], [150, 'acknowledge'], [400, '10 Working Days']),
      line(640, [50, 'User'], [150, 'respond'], [400, 'promptly'])
    ]
    const [table] = findTables(lines, 3)
    expect(table?.edges).toEqual([50, 150, 400])
    expect(table?.rows).toEqual([['Party', 'Obligation', 'Time'], ['DCC', 'notify the User', '5 Working Days'], ['Supplier Party', 'acknowledge', '10 Working Days'], ['User', 'respond', 'promptly']])
    expect(table?.problem).toBeUndefined()
    // A header cell that crosses into the next column is no centred header: the words outside are reported.
    const crossing = findTables([line(700, [82, 'Party'], [140, 'Obligation'], [455, 'Time']), ...lines.slice(1)], 3)
    expect(crossing[0]?.problem).toBeDefined()
  })

  it('reads a table whose first column holds labels where its columns line up, and keeps a labelled list a list', () => {
    const table = [
      line(700, [50, 'Paragraph'], [120, 'Party'], [300, 'Applies']),
      line(680, [50, '(a)'], [120, 'Supplier Party'], [300, 'Yes']),
      line(660, [50, '(b)'], [120, 'Network Party'], [300, 'No'])
    ]
    expect(findTables(table, 3)[0]?.rows).toEqual([['Paragraph', 'Party', 'Applies'], ['(a)', 'Supplier Party', 'Yes'], ['(b)', 'Network Party', 'No']])
    // Without a header row, the labelled rows line up with each other.
    expect(findTables(table.slice(1), 3)[0]?.rows).toEqual([['(a)', 'Supplier Party', 'Yes'], ['(b)', 'Network Party', 'No']])
    // A list: a label, its text wrapping under it, and wide gaps of justified text that line up with nothing.
    const list = [
      line(700, [50, '(a)'], [90, 'give the Panel notice of'], [260, 'each matter that']),
      line(688, [90, 'arises under this Section; and']),
      line(676, [50, '(b)'], [90, 'keep a record'], [210, 'of the notices it gives.'])
    ]
    expect(findTables(list, 3)).toEqual([])
  })
})

describe('joinAcrossPages: a table that runs on over a page break', () => {
  const onPage = (page: number, laid: LaidLine): LaidLine => ({...laid, page})
  const join = (lines: LaidLine[]): ReturnType<typeof joinAcrossPages> => joinAcrossPages(findTables(lines, 3), lines, (index) => /^\d+$/.test(lines[index]?.segments[0]?.text ?? ''), 3)

  it('joins the parts, the header repeated on the new page left out and named, the page number between them furniture', () => {
    const lines = [
      onPage(1, line(700, [50, 'Party'], [200, 'Time'])),
      onPage(1, line(680, [50, 'DCC'], [200, '5 Days'])),
      onPage(1, line(40, [300, '1'])),
      onPage(2, line(760, [50, 'Party'], [200, 'Time'])),
      onPage(2, line(740, [50, 'User'], [200, '10 Days']))
    ]
    const {tables, joins} = join(lines)
    expect(tables.map((table) => table.rows)).toEqual([[['Party', 'Time'], ['DCC', '5 Days'], ['User', '10 Days']]])
    expect(joins).toEqual([{furniture: [2], repeatedHeader: [3]}])
  })

  it('keeps apart two tables of other columns, or with legal text between them', () => {
    const other = [onPage(1, line(700, [50, 'Party'], [200, 'Time'])), onPage(1, line(680, [50, 'DCC'], [200, '5 Days'])), onPage(2, line(760, [50, 'Threshold'], [150, 'Value'], [300, 'Unit'])), onPage(2, line(740, [50, 'Availability'], [150, '99.5'], [300, '%']))]
    expect(join(other).tables).toHaveLength(2)
    const between = [onPage(1, line(700, [50, 'Party'], [200, 'Time'])), onPage(1, line(680, [50, 'DCC'], [200, '5 Days'])), onPage(2, line(770, [50, 'F2.12 Another clause.'])), onPage(2, line(740, [50, 'Party'], [200, 'Time'])), onPage(2, line(720, [50, 'User'], [200, '10 Days']))]
    expect(join(between).tables).toHaveLength(2)
  })
})
