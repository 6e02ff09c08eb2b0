import {describe, expect, it} from 'vitest'
import type {DocxParagraph} from '../../../src/import/docx/read-docx-paragraphs.js'
import {hasTrackedChanges} from '../../../src/import/modification/colour-marks.js'

const paragraph = (text: string, extra: Partial<DocxParagraph> = {}): DocxParagraph => ({runs: text === '' ? [] : [{type: 'equal', text}], markings: [], place: {file: 'annex.docx', paragraph: 1}, ...extra})

describe('hasTrackedChanges', () => {
  it('finds a table row tracked as inserted or deleted whose cells are empty (no run carries the change)', () => {
    const row = (rowMark?: 'insert' | 'delete'): DocxParagraph[] => [0, 1, 2].map((column) => paragraph('', {cell: {table: 1, row: 3, column, ...(rowMark && {rowMark})}}))
    expect(hasTrackedChanges([paragraph('Amend Section F2.11 as follows:'), ...row()])).toBe(false)
    expect(hasTrackedChanges([paragraph('Amend Section F2.11 as follows:'), ...row('insert')])).toBe(true)
    expect(hasTrackedChanges([paragraph('Amend Section F2.11 as follows:'), ...row('delete')])).toBe(true)
  })

  it('finds changed runs and tracked paragraph marks, as before', () => {
    expect(hasTrackedChanges([{...paragraph(''), runs: [{type: 'insert', text: 'new'}]}])).toBe(true)
    expect(hasTrackedChanges([paragraph('text', {mark: 'delete'})])).toBe(true)
    expect(hasTrackedChanges([paragraph('text')])).toBe(false)
  })
})
