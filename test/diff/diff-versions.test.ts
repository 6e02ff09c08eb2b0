import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {VersionSource} from '../../src/corpus/version-source.js'
import {diffVersions} from '../../src/diff/index.js'
import type {Clause, Section, SubParagraph} from '../../src/model/types.js'
import {walkProvisions} from '../../src/model/walk.js'
import {resolveProvision} from '../../src/redline/accept-reject.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {section as sectionArbitrary} from '../helpers/arbitraries.js'

function source(section: Section, version: string): VersionSource {
  const text = serializeSection({...section, version})
  return {id: version, label: version, manifest: null, sections: [{letter: section.letter, file: `sec-text/${version}/section-g.md`, text}]}
}

/** Every provision of a section by ID, with its own text and tail. */
function ownTexts(section: Section): Map<string, {text: string; tail: string}> {
  return new Map([...walkProvisions([section])].map(({provision}) => [provision.id, {text: provision.text, tail: provision.tail}]))
}

/** A mutated copy of a section: some texts edited, some sub-paragraphs dropped, some clauses replaced by [Not used]. */
const mutation = fc.record({edit: fc.integer({min: 0, max: 6}), drop: fc.integer({min: 0, max: 5}), notUsed: fc.integer({min: 0, max: 6}), word: fc.constantFrom('relevant', 'SMETS2+', '<b>', '[x]', '£5')})

function mutate(section: Section, m: {edit: number; drop: number; notUsed: number; word: string}): Section {
  const copy = structuredClone(section)
  let n = 0
  for (const part of copy.parts) {
    for (const group of part.groups) {
      for (const clause of group.clauses) {
        n++
        if (n % 7 === m.notUsed) Object.assign(clause, {text: '[Not used]', items: [], tail: ''})
        const visit = (p: Clause | SubParagraph): void => {
          n++
          if (n % 5 === m.edit) p.text = p.text === '' ? m.word : `${p.text} ${m.word}`
          if (p.items.length > 0 && n % 6 === m.drop) {
            p.items = p.items.slice(0, -1)
            if (p.items.length === 0) p.tail = ''
          }
          p.items.forEach(visit)
        }
        visit(clause)
      }
    }
  }
  return copy
}

describe('diffVersions', () => {
  it('finds no change between a version and itself', () => {
    fc.assert(
      fc.property(sectionArbitrary, (section) => {
        const diff = diffVersions(source(section, '1.0'), source(section, '1.1'))
        expect(diff.changes).toEqual([])
        expect(diff.headings).toEqual([])
        expect(diff.summary.totals.unchanged).toBe([...walkProvisions([section])].length)
      }),
      {numRuns: 50}
    )
  })

  it('never alters a character: every change rejects to the old text and accepts to the new text', () => {
    fc.assert(
      fc.property(sectionArbitrary, mutation, (section, m) => {
        const after = mutate(section, m)
        const diff = diffVersions(source(section, '1.0'), source(after, '1.1'))
        const oldTexts = ownTexts(section)
        const newTexts = ownTexts(after)
        for (const change of diff.changes) {
          const rejected = resolveProvision(change.redline, 'reject')
          const accepted = resolveProvision(change.redline, 'accept')
          if (change.oldId !== null && change.kind !== 'not-used') {
            expect(rejected?.text).toBe(oldTexts.get(change.oldId)?.text)
            expect(rejected?.tail).toBe(oldTexts.get(change.oldId)?.tail)
          }
          if (change.newId !== null) {
            expect(accepted?.text).toBe(newTexts.get(change.newId)?.text)
            expect(accepted?.tail).toBe(newTexts.get(change.newId)?.tail)
          }
        }
        // Every provision whose own words changed is reported.
        for (const [id, texts] of newTexts) {
          const old = oldTexts.get(id)
          if (old && (old.text !== texts.text || old.tail !== texts.tail)) {
            expect(diff.changes.some((c) => c.newId === id || (c.clause === id.replace(/\(.*$/, '') && c.kind !== 'changed'))).toBe(true)
          }
        }
      }),
      {numRuns: 100}
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(sectionArbitrary, mutation, (section, m) => {
        const after = mutate(section, m)
        expect(JSON.stringify(diffVersions(source(section, '1.0'), source(after, '1.1')))).toBe(
          JSON.stringify(diffVersions(source(section, '1.0'), source(after, '1.1')))
        )
      }),
      {numRuns: 20}
    )
  })
})
