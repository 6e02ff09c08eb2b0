import {describe, expect, it} from 'vitest'
import {readDocx} from '../../../src/import/docx/read-docx-paragraphs.js'
import {readParagraphs} from '../../../src/import/paragraph-readings.js'
import {del, ins, makeDocx, para, run} from '../make-docx.js'

const texts = (bytes: Uint8Array, reading: 'accept' | 'reject'): string[] => readParagraphs(readDocx(bytes, 'x.docx').paragraphs, reading).map((p) => p.text)

describe('Word paragraphs', () => {
  it('reads insertions, deletions and moves as the two readings, with their authors in order', () => {
    const moved = '<w:moveFrom w:id="3" w:author="Mover" w:date="2026-01-02T00:00:00Z"><w:r><w:delText>old place</w:delText></w:r></w:moveFrom>'
    const movedTo = '<w:moveTo w:id="4" w:author="Mover" w:date="2026-01-02T00:00:00Z"><w:r><w:t>new place</w:t></w:r></w:moveTo>'
    const bytes = makeDocx([para(run('G3.1 The ') + del('old ') + ins('new ') + run('text')), para(run('A ') + moved + movedTo + run('.'))])
    expect(texts(bytes, 'accept')).toEqual(['G3.1 The new text', 'A new place.'])
    expect(texts(bytes, 'reject')).toEqual(['G3.1 The old text', 'A old place.'])
    expect(readDocx(bytes, 'x.docx').authors).toEqual(['Drafter B', 'Drafter A', 'Mover'])
  })

  it('joins paragraphs at a tracked paragraph mark in the reading that removes it', () => {
    const deletedMark = '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A" w:date="2026-01-02T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">one </w:t></w:r></w:p>'
    const bytes = makeDocx([deletedMark, para(run('two'))])
    expect(texts(bytes, 'accept')).toEqual(['one two'])
    expect(texts(bytes, 'reject')).toEqual(['one', 'two'])
  })

  it('reads tabs and breaks as spaces, symbols and non-breaking hyphens as characters, skips field codes, counts comments', () => {
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    const bytes = makeDocx(
      [para(`<w:r><w:t>G3.1</w:t><w:tab/><w:t>Sub</w:t><w:noBreakHyphen/><w:t>Committee &amp; </w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:br/><w:t>x</w:t></w:r>${field}`)],
      {comments: '<w:comment w:id="0" w:author="Reviewer"><w:p><w:r><w:t>Why?</w:t></w:r></w:p></w:comment>'}
    )
    expect(texts(bytes, 'accept')).toEqual(['G3.1 Sub\u2011Committee & \u00b7 x7'])
    expect(readDocx(bytes, 'x.docx').comments).toEqual([{author: 'Reviewer', text: 'Why?'}])
  })

  it('reads colour marks from run properties', () => {
    const bytes = makeDocx([para(run('kept ') + run('gone', '<w:strike/>') + run('added', '<w:color w:val="0000FF"/><w:u w:val="single"/>') + run('plain', '<w:u w:val="none"/>'))])
    expect(readDocx(bytes, 'x.docx').paragraphs[0]?.markings).toEqual([
      {struck: false, underlined: false, coloured: false, link: false},
      {struck: true, underlined: false, coloured: false, link: false},
      {struck: false, underlined: true, coloured: true, link: false},
      {struck: false, underlined: false, coloured: false, link: false}
    ])
  })

  it('reads marks from character styles (through w:basedOn), a run\'s own properties overriding them', () => {
    const styles = [
      '<w:style w:type="character" w:styleId="Base"><w:name w:val="Base"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>',
      '<w:style w:type="character" w:styleId="Inserted"><w:name w:val="Inserted Text"/><w:basedOn w:val="Base"/><w:rPr><w:u w:val="double"/></w:rPr></w:style>'
    ].join('')
    const bytes = makeDocx([para(run('added', '<w:rStyle w:val="Inserted"/>') + run('plain', '<w:rStyle w:val="Inserted"/><w:u w:val="none"/>'))], {styles})
    expect(readDocx(bytes, 'x.docx').paragraphs[0]?.markings).toEqual([
      {struck: false, underlined: true, coloured: true, link: false},
      {struck: false, underlined: false, coloured: true, link: false}
    ])
  })

  it('marks link text: w:hyperlink, a HYPERLINK field (complex or simple), a Hyperlink or Internet Link style', () => {
    const blue = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    const styles = '<w:style w:type="character" w:styleId="InternetLink"><w:name w:val="Internet Link"/><w:rPr><w:color w:val="000080"/><w:u w:val="single"/></w:rPr></w:style>'
    const field = (text: string, instruction: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(text, blue)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const bytes = makeDocx(
      [
        para(
          `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${run('one', blue)}</w:hyperlink>` +
            field('two', ' HYPERLINK "https://example.org/" ') +
            `<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/&quot; ">${run('three', blue)}</w:fldSimple>` +
            run('four', '<w:rStyle w:val="InternetLink"/>') +
            field('7', ' PAGE ') +
            run('added', blue)
        )
      ],
      {styles}
    )
    const [paragraph] = readDocx(bytes, 'x.docx').paragraphs
    expect(paragraph?.runs.map((r) => r.text)).toEqual(['one', 'two', 'three', 'four', '7', 'added'])
    expect(paragraph?.markings.map((m) => m.link)).toEqual([true, true, true, true, false, false])
  })
})
