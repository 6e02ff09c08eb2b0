import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {applyInstructions} from '../../src/instructions/apply-instructions.js'
import {parseInstructions} from '../../src/instructions/parse-instructions.js'
import type {Section, Version} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexInstructions} from '../../src/render/annex-instructions.js'
import {paragraphsSectionPair} from '../helpers/arbitraries.js'
import {mp087Meta} from './fixtures.js'

const versionOf = (sections: Section[]): Version => ({id: 'x', manifest: {version: 'x', base: null, changes: [], source: 'test'}, dir: 'x', sections})
const plain = (sections: Section[]): unknown => JSON.parse(JSON.stringify(clausesOf(sections), (key, value: unknown) => (key === 'place' ? undefined : value)))

function roundTrip(before: Section[], after: Section[]): Section[] {
  const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections(before, after), 'clause'))
  return applyInstructions(versionOf(before), parseInstructions(text, 'instructions.txt')).sections
}

describe('amending instructions of texts of several paragraphs and text between two lists', () => {
  it('a clause whose paragraphs change is substituted whole and applies back, paragraph for paragraph', () => {
    fc.assert(fc.property(paragraphsSectionPair, ([before, after]) => {
      expect(plain(roundTrip([before], [after]))).toEqual(plain([after]))
    }), {numRuns: 150})
  })

})
