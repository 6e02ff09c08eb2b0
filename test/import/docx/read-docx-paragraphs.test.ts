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
      {struck: false, underlined: false, coloured: false},
      {struck: true, underlined: false, coloured: false},
      {struck: false, underlined: true, coloured: true},
      {struck: false, underlined: false, coloured: false}
    ])
  })
})
