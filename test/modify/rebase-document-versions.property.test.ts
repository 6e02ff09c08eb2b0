import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Clause, Section, Version} from '../../src/model/types.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {rebaseModification} from '../../src/modify/rebase.js'
import {metaOf} from './fixtures.js'

const clause = (text: string): Clause => ({kind: 'clause', id: 'AB:2.1', text, items: [], tail: ''})

/** A version holding Appendix AB (illustrative) at the given document version, its clause AB:2.1 with the given words. */
function versionWith(id: string, documentVersion: string, text: string): Version {
  const appendix: Section = {kind: 'appendix', letter: 'AB', title: 'Illustrative Document', version: id, documentVersion, parts: [{id: 'AB:2', title: 'Processing', groups: [{heading: null, clauses: [clause(text)]}]}]}
  return {id, dir: `sec-text/${id}`, manifest: {version: id, base: null, changes: [], source: 'test'}, sections: [appendix]}
}

const documentVersion = fc.tuple(fc.integer({min: 1, max: 3}), fc.integer({min: 0, max: 3})).map(([a, b]) => `V${a}.${b}`)

describe('rebase of a document version (property)', () => {
  it('keeps the record’s change when the target did not change it, drops it when the target made the same change, and is a conflict otherwise — never one side silently kept', () => {
    fc.assert(
      fc.property(documentVersion, documentVersion, documentVersion, fc.boolean(), (original, ours, theirs, amendsClause) => {
        fc.pre(ours !== original || amendsClause)
        // A record wholly in the target already has nothing left to draft (refused, as for clauses).
        fc.pre(amendsClause || theirs !== ours)
        const base = versionWith('1.0', original, 'The DCC shall receive each request.')
        const edited = versionWith('1.0', ours, amendsClause ? 'The DCC must receive each request.' : 'The DCC shall receive each request.')
        const record = draftModification(metaOf('MPX', '1.0'), base, {sections: edited.sections}).modification
        const onto = versionWith('1.1', theirs, 'The DCC shall receive each request.')
        const result = rebaseModification(record, onto, base)
        const conflicts = result.ok ? [] : result.conflicts
        const legalText = result.ok ? result.draft.legalText : (result.draft?.legalText ?? '')
        if (ours === original || theirs === original) {
          expect(conflicts).toEqual([])
          // The record's change survives, against the target's version.
          if (ours !== original) expect(legalText).toContain(`Document version: {~~${theirs}~>${ours}~~}`)
          else expect(legalText).not.toContain('Document version')
        } else if (theirs === ours) {
          expect(conflicts).toEqual([])
          expect(legalText).not.toContain('Document version')
        } else {
          expect(conflicts.map((c) => [c.field, c.base, c.sides.map((s) => s.wording)])).toEqual([['document-version', original, [ours, theirs]]])
          if (amendsClause) {
            // The block stands over the target's version line, which the drafter marks.
            expect(legalText).toContain(`<<<<<<< conflict in the document version of Appendix AB: MPX and 1.1 both change these words.`)
            expect(legalText).toContain(`>>>>>>> end of conflict\n\nDocument version: ${theirs}\n`)
          }
        }
      }),
      {numRuns: 300}
    )
  })
})
