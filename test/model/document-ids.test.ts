import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  compareClauseNumbers,
  compareDocuments,
  documentName,
  documentOf,
  parseDocumentReference,
  partOf,
  printedNumber,
  splitProvisionId
} from '../../src/model/ids.js'
import {compareDocumentFiles, documentFileName, documentOfFile} from '../../src/model/document-files.js'

describe('IDs of Appendices and Schedules', () => {
  it('prints the number the document prints', () => {
    expect(printedNumber('G3.20')).toBe('G3.20')
    expect(printedNumber('AB:2.11')).toBe('2.11')
    expect(printedNumber('AB:2.11(a)')).toBe('2.11(a)')
    expect(printedNumber('Sch11:3')).toBe('3')
    expect(printedNumber('AB:2')).toBe('2')
  })

  it('reads the document of an ID; the colon keeps Appendix A apart from Section A', () => {
    expect(documentOf('G3.20(b)')).toEqual({kind: 'section', letter: 'G'})
    expect(documentOf('A2.11')).toEqual({kind: 'section', letter: 'A'})
    expect(documentOf('A:2.11')).toEqual({kind: 'appendix', letter: 'A'})
    expect(documentOf('AB:2.11(a)')).toEqual({kind: 'appendix', letter: 'AB'})
    expect(documentOf('Sch11:3.2(a)')).toEqual({kind: 'schedule', letter: '11'})
    expect(documentOf('nonsense')).toBeUndefined()
  })

  it('splits provision IDs of every document and the part they stand in', () => {
    expect(splitProvisionId('AB:2.11A(a)(ii)')).toEqual({clause: 'AB:2.11A', labels: ['a', 'ii']})
    expect(splitProvisionId('Sch11:3')).toEqual({clause: 'Sch11:3', labels: []})
    expect(splitProvisionId('ZZ:2.1')).toBeUndefined()
    expect(splitProvisionId('AB:2.x')).toBeUndefined()
    expect(partOf('AB:2.11')).toBe('AB:2')
    expect(partOf('Sch11:3')).toBeUndefined()
    expect(partOf('G3.20')).toBe('G3')
  })

  it('reads whole-document references a user types', () => {
    expect(parseDocumentReference('Appendix AB')).toEqual({kind: 'appendix', letter: 'AB'})
    expect(parseDocumentReference('AB')).toEqual({kind: 'appendix', letter: 'AB'})
    expect(parseDocumentReference('Schedule 11')).toEqual({kind: 'schedule', letter: '11'})
    expect(parseDocumentReference('Sch11')).toEqual({kind: 'schedule', letter: '11'})
    expect(parseDocumentReference('G')).toEqual({kind: 'section', letter: 'G'})
    expect(parseDocumentReference('Section G')).toEqual({kind: 'section', letter: 'G'})
    expect(parseDocumentReference('Appendix ABC')).toBeUndefined()
    expect(documentName({kind: 'schedule', letter: '11'})).toBe('Schedule 11')
  })

  it('orders Sections, then Schedules, then Appendices (the contents list of the code)', () => {
    const names = ['appendix-ab.md', 'schedule-11.md', 'appendix-b.md', 'section-x.md', 'schedule-5.md', 'section-a.md']
    expect([...names].sort(compareDocumentFiles)).toEqual(['section-a.md', 'section-x.md', 'schedule-5.md', 'schedule-11.md', 'appendix-b.md', 'appendix-ab.md'])
    expect(compareClauseNumbers('AB:2.9', 'AB:2.11')).toBeLessThan(0)
    expect(compareClauseNumbers('AB:2.11', 'AB:2.11A')).toBeLessThan(0)
    expect(compareClauseNumbers('AB:10.1', 'AB:2.11')).toBeGreaterThan(0)
    expect(compareClauseNumbers('G9.1', 'AB:1.1')).toBeLessThan(0)
  })

  it('file names and documents are one grammar both ways', () => {
    const designation = fc.oneof(
      fc.record({kind: fc.constant('section' as const), letter: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}),
      fc.record({kind: fc.constant('appendix' as const), letter: fc.stringMatching(/^A?[A-Z]$/)}),
      fc.record({kind: fc.constant('schedule' as const), letter: fc.integer({min: 1, max: 99}).map(String)})
    )
    fc.assert(
      fc.property(designation, (document) => {
        expect(documentOfFile(documentFileName(document))).toEqual(document)
        expect(compareDocuments(document, document)).toBe(0)
      })
    )
  })
})
