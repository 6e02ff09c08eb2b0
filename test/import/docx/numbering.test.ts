import {describe, expect, it} from 'vitest'
import {formatNumber, Numbering, NumberingProblem} from '../../../src/import/docx/numbering.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const level = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>`
const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="1">${level(0, 'decimal', 'G3.%1')}${level(1, 'lowerLetter', '(%2)')}${level(2, 'lowerRoman', '(%3)')}${level(3, 'upperLetter', '(%4)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '•')}${level(1, 'decimalZero', '%2')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="17"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

describe('Word numbering', () => {
  it('prints labels as Word does: levels, formats, restarts of deeper levels', () => {
    const n = new Numbering(numbering)
    expect(n.next('1', 0)).toBe('G3.1')
    expect(n.next('1', 1)).toBe('(a)')
    expect(n.next('1', 1)).toBe('(b)')
    expect(n.next('1', 2)).toBe('(i)')
    expect(n.next('1', 2)).toBe('(ii)')
    expect(n.next('1', 3)).toBe('(A)')
    expect(n.next('1', 1)).toBe('(c)')
    expect(n.next('1', 2)).toBe('(i)')
    expect(n.next('1', 0)).toBe('G3.2')
    expect(n.next('1', 1)).toBe('(a)')
    expect(n.indent('1', 2)).toBe(2160)
  })

  it('starts an instance with a start override at its own number, with its own counters', () => {
    const n = new Numbering(numbering)
    expect(n.next('1', 0)).toBe('G3.1')
    expect(n.next('2', 0)).toBe('G3.17')
    expect(n.next('2', 0)).toBe('G3.18')
    expect(n.next('1', 0)).toBe('G3.2')
  })

  it('tells the levels that print sub-paragraph labels (letters or roman numerals: %1., %1), (%1)) and the lists it defines', () => {
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${level(0, 'lowerRoman', '%1.')}${level(1, 'lowerLetter', '%2)')}${level(2, 'upperLetter', '(%3)')}${level(3, 'decimal', '%4.')}${level(4, 'lowerLetter', '%1.%5')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
    const n = new Numbering(xml)
    expect([0, 1, 2, 3, 4].map((ilvl) => n.printsItemLabel('1', ilvl))).toEqual([true, true, true, false, false])
    expect(n.printsItemLabel('9', 0)).toBe(false)
    expect([n.defines('1'), n.defines('0'), n.defines('9')]).toEqual([true, true, false])
  })

  it('gives bullets no label, numbering 0 none, and refuses what it cannot print', () => {
    const n = new Numbering(numbering)
    expect(n.next('3', 0)).toBe('')
    expect(n.next('0', 0)).toBeUndefined()
    expect(() => n.next('3', 1)).toThrow(NumberingProblem)
    expect(() => n.next('9', 0)).toThrow(/Unknown numbering w:numId 9/)
    expect(() => n.next('1', 7)).toThrow(/Unknown level 7/)
  })

  it('formats counters: letters double after z, roman numerals', () => {
    expect(formatNumber(26, 'lowerLetter')).toBe('z')
    expect(formatNumber(27, 'lowerLetter')).toBe('aa')
    expect(formatNumber(28, 'upperLetter')).toBe('BB')
    expect(formatNumber(9, 'lowerRoman')).toBe('ix')
    expect(formatNumber(14, 'upperRoman')).toBe('XIV')
    expect(formatNumber(12, 'decimal')).toBe('12')
  })
})
