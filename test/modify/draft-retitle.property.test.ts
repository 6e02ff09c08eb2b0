import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/errors.js'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {parseLegalText} from '../../src/modify/parse-legal-text.js'
import type {Section, Version} from '../../src/model/types.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {documentTitle, modification} from '../helpers/arbitraries.js'
import {metaOf, strip} from './fixtures.js'

const versionWith = (section: Section): Version => ({id: '1.0', dir: 'sec-text/1.0', manifest: {version: '1.0', base: null, changes: [], source: 'test'}, sections: [{...section, version: '1.0'}]})

describe('a document retitled by a drafted record (property, illustrative titles)', () => {
  it('random modifications of a Section, Appendix or Schedule with its title changed: the record reads back as the retitle and applies to the base giving the edited document, title and file alike', () => {
    fc.assert(
      fc.property(modification, documentTitle, ({before, after}, title) => {
        if (title === before.title) return
        const base = versionWith(before)
        const edited = {...after, version: '1.0', title}
        // An edit refused whatever the title (a layout no record can carry yet, a clause the generator put under another part's number) is not this property's case.
        try {
          draftModification(metaOf('MP0', '1.0'), base, {sections: [{...edited, title: before.title}], file: 'edited.md'})
        } catch (error) {
          if (error instanceof InputError && !/^Nothing to draft/.test(error.messages[0]?.reason ?? '')) return
          if (!(error instanceof InputError)) throw error
        }
        const draft = draftModification(metaOf('MP1', '1.0'), base, {sections: [edited], file: 'edited.md'})
        const section = draft.modification.sections[0]
        expect(strip(section?.retitle)).toMatchObject({before: before.title, after: title})
        const applied = applyModifications(base, [draft.modification]).sections[0] as Section
        expect(applied.title).toBe(title)
        expect(serializeSection(applied)).toBe(serializeSection(edited))
      }),
      {numRuns: 150}
    )
  })
})

describe('a title line written as context (property, illustrative titles)', () => {
  it('a document whose title holds `{`, `}`, `~>` or marks, amended but not retitled: the record\'s title line reads back as the title, and the record applies to the base giving the edited document', () => {
    fc.assert(
      fc.property(modification, documentTitle, ({before, after}, title) => {
        const base = versionWith({...before, title})
        const edited = {...after, version: '1.0', title}
        let draft
        try {
          draft = draftModification(metaOf('MP1', '1.0'), base, {sections: [edited], file: 'edited.md'})
        } catch (error) {
          // An edit refused whatever the title (nothing to draft, a layout no record can carry yet) is not this property's case.
          if (error instanceof InputError) return
          throw error
        }
        const [read] = parseLegalText(draft.legalText, 'legal-text.md')
        expect(read?.title).toBe(title)
        expect(read?.retitle).toBeUndefined()
        const applied = applyModifications(base, [draft.modification]).sections[0] as Section
        expect(serializeSection(applied)).toBe(serializeSection(edited))
      }),
      {numRuns: 150}
    )
  })

  it('reads escaped braces and arrows in a title line without marks, and in a whole new document\'s', () => {
    const [g, am] = parseLegalText('# Section G: A \\{++b++\\} \\~> c\\}\n\n{++# Appendix AM: New \\{Illustrative\\} \\~> Document++}\n', 'legal.md')
    expect(g).toMatchObject({letter: 'G', title: 'A {++b++} ~> c}'})
    expect(g?.retitle).toBeUndefined()
    expect(am).toMatchObject({letter: 'AM', kind: 'appendix', document: 'inserted', title: 'New {Illustrative} ~> Document'})
  })
})

describe('the title line of a legal text', () => {
  it('reads a retitle of a Section, an Appendix and a Schedule; a title with # is one substitution, escaped as a heading', () => {
    const [g, ab, sch] = parseLegalText('# Section G: Security{++ Matters++}\n\n# Appendix AB: {~~Old~>New~~} Document\n\n# Schedule 11: {~~Schedule #~>Schedule \\#2~~}\n', 'legal.md')
    expect(g).toMatchObject({letter: 'G', title: 'Security', retitle: {before: 'Security', after: 'Security Matters'}})
    expect(g?.kind).toBeUndefined()
    expect(ab).toMatchObject({letter: 'AB', kind: 'appendix', title: 'Old Document', retitle: {before: 'Old Document', after: 'New Document'}})
    expect(sch).toMatchObject({letter: '11', kind: 'schedule', retitle: {before: 'Schedule', after: 'Schedule #2'}})
  })

  it('refuses marks on the document name, an emptied title, and a title line that is no title, at the line (exit 2)', () => {
    expect(() => parseLegalText('# Section {~~G~>H~~}: Security\n', 'legal.md')).toThrow(/Unexpected Section H with marks accepted but Section G with marks rejected, expected one document/)
    expect(() => parseLegalText('# Section G: {--Security--}\n', 'legal.md')).toThrow(/Unexpected (empty title|title line)/)
    expect(() => parseLegalText('# Sec{++tion++} G: Security\n', 'legal.md')).toThrow(/Unexpected title line .* with marks rejected/)
  })
})
