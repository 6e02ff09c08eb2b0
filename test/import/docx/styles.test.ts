import {describe, expect, it} from 'vitest'
import {readCharacterStyles, readStyles} from '../../../src/import/docx/styles.js'

const styles = (body: string): string => `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:styles>`

describe('readStyles and readCharacterStyles: one walk through w:basedOn', () => {
  const xml = styles(`
<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Clause Child"/><w:basedOn w:val="Base"/><w:pPr><w:ind w:left="1440"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/><w:pPr><w:ind w:left="100"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Struck"><w:name w:val="Struck"/><w:rPr><w:strike/><w:color w:val="FF0000"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Link"><w:name w:val="Hyperlink"/><w:basedOn w:val="Struck"/><w:rPr><w:strike w:val="0"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Self"><w:name w:val="Self"/><w:basedOn w:val="Self"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>`)

  it('inherits what a paragraph style does not set from the style it is based on', () => {
    const read = readStyles(xml)
    expect(read.get('Child')).toEqual({name: 'clause child', numId: '4', ilvl: 1, indent: 1440})
    expect(read.get('Base')).toEqual({name: 'base', numId: '4', ilvl: 1, indent: 720})
  })

  it('inherits a character style’s marks, its own overriding them', () => {
    expect(readCharacterStyles(xml).get('Link')).toEqual({name: 'hyperlink', marking: {struck: false, coloured: true, link: true}})
  })

  it('ends a basedOn loop instead of following it for ever: each style keeps what it sets itself', () => {
    const read = readStyles(xml)
    expect(read.get('Loop1')?.name).toBe('loop1')
    expect(read.get('Loop2')?.name).toBe('loop2')
    expect(readCharacterStyles(xml).get('Self')).toEqual({name: 'self', marking: {underlined: true}})
  })

  it('reads no styles from a document without styles.xml', () => {
    expect(readStyles(undefined).size).toBe(0)
    expect(readCharacterStyles(undefined).size).toBe(0)
  })
})
