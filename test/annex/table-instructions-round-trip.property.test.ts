import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {applyInstructions} from '../../src/instructions/apply-instructions.js'
import {parseInstructions} from '../../src/instructions/parse-instructions.js'
import type {Section, Version} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexInstructions} from '../../src/render/annex-instructions.js'
import {tableModification} from '../helpers/arbitraries.js'
import {mp087Meta} from './fixtures.js'

const versionOf = (sections: Section[]): Version => ({id: 'x', manifest: {version: 'x', base: null, changes: [], source: 'test'}, dir: 'x', sections})
const plain = (sections: Section[]): unknown => JSON.parse(JSON.stringify(clausesOf(sections), (key, value: unknown) => (key === 'place' ? undefined : value)))

describe('amending instructions over tables', () => {
  it('round-trip over random table modifications: entries substituted, rows inserted and deleted by name, a table with a column added or removed substituted whole, else the clause substituted', () => {
    let rowInstructions = 0
    let tableInstructions = 0
    fc.assert(
      fc.property(tableModification, ({before, after}) => {
        const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))
        rowInstructions += text.split('\n').filter((line) => /the row for|new row/.test(line)).length
        tableInstructions += text.split('\n').filter((line) => /^\d+\. For the table in .* substitute the following table:$/.test(line)).length
        const applied = applyInstructions(versionOf([before]), parseInstructions(text, 'instructions.txt')).sections
        expect(plain(applied), text).toEqual(plain([after]))
      }),
      {numRuns: 400}
    )
    expect(rowInstructions).toBeGreaterThan(20)
    // Columns added or removed (about one case in five): the table substituted whole.
    expect(tableInstructions).toBeGreaterThan(10)
  })
})
