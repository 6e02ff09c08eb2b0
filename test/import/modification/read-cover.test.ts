import {describe, expect, it} from 'vitest'
import {readCover} from '../../../src/import/modification/read-cover.js'
import type {TextParagraph} from '../../../src/import/text-paragraph.js'
import {annexCover} from '../../../src/layout/annex-cover.js'
import {mp087Meta} from '../../annex/fixtures.js'

const paragraphs = (texts: string[]): TextParagraph[] => texts.map((text, index) => ({text, place: {file: 'annex.docx', paragraph: index + 1}}))

/** The cover our layout writes, read back: ID, title, base and the kind of change record. */
describe('readCover', () => {
  it('reads back the cover the annex layout writes, for a modification and for a direction', () => {
    for (const kind of ['modification', 'direction'] as const) {
      const cover = annexCover(kind === 'direction' ? {...mp087Meta, kind} : mp087Meta)
      expect(readCover(paragraphs([cover.title, cover.annex, cover.aboutHeading, ...cover.about, 'Section G ‘Security’']))).toEqual({
        id: mp087Meta.id,
        title: mp087Meta.title,
        base: mp087Meta.base,
        kind
      })
    }
  })

  it('names no kind where the cover has no sentence of purpose, and reads nothing after the first Section title', () => {
    expect(readCover(paragraphs(['Section G ‘Security’', 'This document contains the changes to the SEC made by this direction of the Secretary of State.']))).toEqual({})
  })
})
