import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {applyInstructions} from '../../src/instructions/apply-instructions.js'
import {parseInstructions} from '../../src/instructions/parse-instructions.js'
import type {Clause, Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexInstructions} from '../../src/render/annex-instructions.js'
import {mp087Meta} from '../annex/fixtures.js'
import {groupsOf, readGroups} from '../helpers/read-groups.js'

// Illustrative sections (not SEC wording): the shapes random properties found, kept as named cases.
const clause = (id: string): Clause => ({kind: 'clause', id, text: 'the', items: [], tail: ''})
const section = (groups: Array<[string | null, string[]]>): Section => ({
  letter: 'G', title: 'Security', version: '6.17',
  parts: [{id: null, title: null, groups: groups.map(([heading, ids]) => ({heading, clauses: ids.map(clause)}))}]
})

const cases: Array<[string, Section, Section]> = [
  [
    'a group’s first clause deleted, a new group inserted before the rest of it (seed 1754548946)',
    section([[null, ['G1.1']], ['Cross-heading', ['G1.2']], ['Cross-heading', ['G1.3', 'G1.4']]]),
    section([[null, ['G1.1']], ['Cross-heading', ['G1.2']], ['Cross-heading', ['G1.3A']], ['Cross-heading', ['G1.4']]])
  ],
  [
    'a headless first group deleted whole, a new first clause inserted under the next group’s heading (seed -1713784206)',
    section([[null, ['G1.1']], ['Cross-heading', ['G1.2']]]),
    section([['Cross-heading', ['G1.0A', 'G1.2']]])
  ],
  [
    'a headed first group deleted whole and the next group’s heading removed (seed 1181557750)',
    section([['Illustrative', ['G1.1']], ['Cross-heading', ['G1.2']]]),
    section([[null, ['G1.2']]])
  ]
]

describe('the redline of cross-heading groups', () => {
  it.each(cases)('gives back both versions’ groups: %s', (_, before, after) => {
    const redline = redlineSections([before], [after])
    expect(readGroups(redline, 'accept')).toEqual(groupsOf(after))
    expect(readGroups(redline, 'reject')).toEqual(groupsOf(before))
  })

  it.each(cases)('is written as instructions that, applied to the old version, give the new one’s groups: %s', (_, before, after) => {
    const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))
    const applied = applyInstructions({id: 'x', manifest: {version: 'x', base: null, changes: [], source: 'test'}, dir: 'x', sections: [before]}, parseInstructions(text, 'instructions.txt'))
    const nonEmpty = (s: Section): unknown => (groupsOf(s) as Array<[string | null, Array<[string | null, string[]]>]>).map(([id, groups]) => [id, groups.filter(([, ids]) => ids.length > 0)])
    expect(nonEmpty(applied.sections[0] as Section)).toEqual(groupsOf(after))
  })
})
