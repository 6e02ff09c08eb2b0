import {describe, expect, it} from 'vitest'
import {blankLineBreaks} from '../../../src/import/text/blank-lines.js'

describe('blankLineBreaks: where blank lines end paragraphs', () => {
  const texts = ['G3.1 The Party shall notify the', 'secretariat of each matter and keep', 'a record of it.', 'The Panel shall publish it.', 'G3.2 Another clause.']

  it('between paragraphs only (sentences wrap without one): each blank line ends a paragraph', () => {
    expect(blankLineBreaks(texts, [undefined, 0, 0, 1, 1])).toEqual([false, false, false, true, true])
  })

  it('between every line (sentences wrap over one): one says nothing, more end a paragraph', () => {
    expect(blankLineBreaks(texts, [undefined, 1, 1, 3, 1])).toEqual([false, false, false, true, false])
    // A page join without a blank line says nothing either.
    expect(blankLineBreaks(texts, [undefined, 1, 0, 3, 1])).toEqual([false, false, false, true, false])
  })

  it('where no sentence runs over a line, the spacing most lines keep; a tie, or no blank lines, breaks nothing', () => {
    const whole = ['G3.1 One.', 'G3.2 Two.', 'G3.3 Three.']
    expect(blankLineBreaks(whole, [undefined, 1, 1])).toEqual([false, false, false])
    expect(blankLineBreaks(texts, [undefined, 1, 0, 0, 1])).toEqual([false, false, false, false, false])
    expect(blankLineBreaks(texts, [undefined, 0, 0, 0, 0])).toEqual([false, false, false, false, false])
  })

  it('says nothing across furniture, a table or a page (undefined)', () => {
    expect(blankLineBreaks(texts, [undefined, 0, 0, undefined, 1])).toEqual([false, false, false, false, true])
  })
})
