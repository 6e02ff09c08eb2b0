import {describe, expect, it} from 'vitest'
import {findContents} from '../../../src/import/text/furniture.js'

describe('tables of contents', () => {
  it('takes the heading and the entries ending in leaders and a page number, a wrapped title with its entry, and stops at the text', () => {
    const lines = ['Table of Contents', '', 'G1 General ....... 3', 'G2 A long title that', '   wraps onto a second line ....... 4', 'G3 Part           12', '', 'G1 General', 'G1.1 Text.']
    expect([...findContents(lines)]).toEqual([0, 2, 3, 4, 5])
  })

  it('is no table of contents without an entry after its heading', () => {
    expect([...findContents(['Contents', 'G1.1 The contents of the notice shall be as follows.'])]).toEqual([])
  })
})
