import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import type {Clause, Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexMarkdown} from '../../src/render/annex-markdown.js'
import {mp087Meta} from './fixtures.js'

const clause = (id: string, text: string): Clause => ({kind: 'clause', id, text, items: [], tail: ''})

/** Part G5 with two neighbouring groups that share their heading's words. */
const twoGroups = (first: string, second: string): Section[] => [
  {
    letter: 'G', title: 'Security', version: 'x',
    parts: [{id: 'G5', title: 'Audit', groups: [
      {heading: 'Annual Review', clauses: [clause('G5.1', first)]},
      {heading: 'Annual Review', clauses: [clause('G5.2', second)]}
    ]}]
  }
]

describe('buildAnnex', () => {
  it('keeps two neighbouring cross-headings of the same name as two groups, each with its heading', () => {
    const annex = buildAnnex(mp087Meta, redlineSections(twoGroups('The Panel shall review.', 'Each User shall report.'), twoGroups('The Panel shall review annually.', 'Each User shall report promptly.')))
    expect(annex.sections[0]?.groups.map((group) => group.clauses.map((c) => c.id))).toEqual([['G5.1'], ['G5.2']])
    expect(renderAnnexMarkdown(annex).match(/^### Annual Review$/gm)).toHaveLength(2)
  })
})
