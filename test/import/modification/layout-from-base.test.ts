import {describe, expect, it} from 'vitest'
import {layoutFromBase} from '../../../src/import/modification/layout-from-base.js'
import type {SourceParagraph} from '../../../src/import/source-paragraph.js'
import type {Clause} from '../../../src/model/types.js'

/** Illustrative text. A clause with a lead-in of two paragraphs, a list and a tail. */
const base: Clause = {
  kind: 'clause',
  id: 'G3.20',
  text: 'The Supplier shall:\nwhere it is able,',
  items: [
    {kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text: 'notify the Panel;', items: [], tail: ''},
    {kind: 'sub-paragraph', id: 'G3.20(b)', label: 'b', text: 'notify the User,', items: [], tail: ''}
  ],
  tail: 'within five days.'
}
const baseClauses = new Map([[base.id, base]])
const options = {knownTitles: new Map([['G', 'Security']])}

/** Paragraphs as LibreOffice re-saves them: [style, indent, text, mark]; a text in [- -] is deleted whole. */
const written = (rows: Array<[string, number, string, ('delete' | 'insert')?]>): SourceParagraph[] =>
  rows.map(([style, indent, text, mark], index) => ({
    runs: [{type: mark === 'delete' ? 'delete' : mark === 'insert' ? 'insert' : 'equal', text}],
    place: {file: 'annex.docx', paragraph: index + 1},
    style,
    indent,
    ...(mark !== undefined && {mark})
  }))

describe('the layout of paragraphs LibreOffice restyled after deleted paragraph marks, from the base', () => {
  it('gives a paragraph after a deleted one the layout of its level where the annex shows the base clause whole', () => {
    const paragraphs = written([
      ['instruction', 0, 'Amend Section G3.20 as follows:'],
      ['clause', 1134, 'G3.20\tThe Supplier shall:'],
      ['clause tail', 1134, 'where it is able,', 'delete'],
      // LibreOffice gave (a) the deleted paragraph's style and indent.
      ['clause tail', 1134, '(a)\tnotify the Panel;'],
      ['sub-paragraph 1', 1854, '(b)\tnotify the User,'],
      ['clause tail', 1134, 'within five days.']
    ])
    const {paragraphs: out, restored} = layoutFromBase(paragraphs, baseClauses, options)
    expect(out.map((paragraph) => [paragraph.style, paragraph.indent])).toEqual([
      ['instruction', 0],
      ['clause', 1134],
      ['clause tail', 1134],
      ['sub-paragraph 1', 1854],
      ['sub-paragraph 1', 1854],
      ['clause tail', 1134]
    ])
    expect([...restored].map((paragraph) => paragraph.place.paragraph)).toEqual([4])
  })

  it('gives a level no paragraph left alone shows the indent of the even steps the others stand on', () => {
    const one: Clause = {...base, items: base.items.slice(0, 1)}
    const paragraphs = written([
      ['clause', 1134, 'G3.20\tThe Supplier shall:'],
      ['clause tail', 1134, 'where it is able,', 'delete'],
      ['clause tail', 1134, '(a)\tnotify the Panel;'],
      ['sub-paragraph tail 1', 1854, 'and the User,', 'insert'],
      ['clause tail', 1134, 'within five days.']
    ])
    const {paragraphs: out} = layoutFromBase(paragraphs, new Map([[one.id, one]]), options)
    expect(out.map((paragraph) => paragraph.indent)).toEqual([1134, 1134, 1854, 1854, 1134])
  })

  it('leaves a clause as written where its paragraphs do not pair one for one with the base', () => {
    const paragraphs = written([
      ['clause', 1134, 'G3.20\tThe Supplier shall:'],
      ['clause tail', 1134, 'not in the base', 'delete'],
      ['clause tail', 1134, '(a)\tnotify the Panel;'],
      ['sub-paragraph 1', 1854, '(b)\tnotify the User,'],
      ['clause tail', 1134, 'within five days.']
    ])
    const {paragraphs: out, restored} = layoutFromBase(paragraphs, baseClauses, options)
    expect(restored.size).toBe(0)
    expect(out).toEqual(paragraphs)
  })
})
