import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Section, Version} from '../../src/model/types.js'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {appendixOrSchedule, section} from '../helpers/arbitraries.js'
import {metaOf} from './fixtures.js'

const versionOf = (sections: Section[]): Version => ({id: '1.0', dir: 'sec-text/1.0', manifest: {version: '1.0', base: null, changes: [], source: 'test'}, sections})

describe('a whole Appendix or Schedule deleted by a record (property)', () => {
  it('drafted from an edited version without it: applied, the version loses exactly that document and keeps every other byte', () => {
    fc.assert(
      fc.property(section, appendixOrSchedule, (sectionTree, document) => {
        const kept = {...sectionTree, version: '1.0'}
        const base = versionOf([kept, {...document, version: '1.0'}])
        const draft = draftModification(metaOf('MPX', '1.0'), base, {sections: [kept], deleted: [document]})
        const [change] = draft.modification.sections
        expect(draft.modification.sections).toHaveLength(1)
        expect(change?.document).toBe('deleted')
        expect(change?.clauses.every((c) => c.kind === 'deleted')).toBe(true)
        expect(draft.legalText.startsWith(`{--# ${document.kind === 'appendix' ? 'Appendix' : 'Schedule'} ${document.letter}: `)).toBe(true)
        const applied = applyModifications(base, [draft.modification])
        expect(applied.sections).toEqual([kept])
      }),
      {numRuns: 60}
    )
  })

  it('a Section is never deleted whole: refused', () => {
    fc.assert(
      fc.property(section, (sectionTree) => {
        expect(() => draftModification(metaOf('MPX', '1.0'), versionOf([sectionTree]), {sections: [], deleted: [sectionTree]})).toThrow(/Unexpected deletion of Section G, expected an Appendix or Schedule of version 1\.0/)
      }),
      {numRuns: 20}
    )
  })
})
