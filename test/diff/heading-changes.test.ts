/**
 * Heading changes name their document by its ID (`G`, `AB`, `Sch11`), never a Schedule's bare
 * number, and the Markdown and HTML diffs name it in words (`Schedule 11`, `Appendix AB, Part 2`).
 * Illustrative titles, not SEC wording.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {headingChanges} from '../../src/diff/heading-changes.js'
import {headingChangePlace} from '../../src/diff/types.js'
import {documentId, documentName, parseDocumentReference, type DocumentKind} from '../../src/model/ids.js'
import {indexSection} from '../../src/parse/index-section.js'

/** A document file of one kind and designation, with one part (Sections: `G1`, others: `1`) and one clause. */
function documentFile(kind: DocumentKind, letter: string, title: string, partTitle: string): {file: string; text: string; letter: string; kind: DocumentKind} {
  const key = kind === 'section' ? 'section' : kind
  const name = documentName({kind, letter})
  const part = kind === 'section' ? `${letter}1` : '1'
  const text = `---\n${key}: "${letter}"\ntitle: "${title}"\nversion: "1.0"\n---\n\n# ${name}: ${title}\n\n## ${part} ${partTitle}\n\n**${part}.1** Illustrative text.\n`
  return {file: `${kind}-${letter.toLowerCase()}.md`, text, letter, kind}
}

const designation = fc.oneof(
  fc.record({kind: fc.constant<DocumentKind>('section'), letter: fc.constantFrom('A', 'G', 'X')}),
  fc.record({kind: fc.constant<DocumentKind>('appendix'), letter: fc.constantFrom('A', 'B', 'Z', 'AA', 'AB', 'AZ')}),
  fc.record({kind: fc.constant<DocumentKind>('schedule'), letter: fc.integer({min: 1, max: 40}).map(String)})
)

describe('headingChanges names the document by its ID', () => {
  it('a Schedule retitled is Sch11, named "Schedule 11"; an Appendix part retitled is AB, named "Appendix AB, Part 2"', () => {
    const before = indexSection(documentFile('schedule', '11', 'Illustrative Applicability', 'Scope'))
    const after = indexSection(documentFile('schedule', '11', 'Illustrative Applicability (Transitional)', 'Scope'))
    const [retitle] = headingChanges(before, after)
    expect(retitle).toMatchObject({level: 'document-title', section: 'Sch11', before: 'Illustrative Applicability', after: 'Illustrative Applicability (Transitional)'})
    expect(retitle && headingChangePlace(retitle)).toBe('Schedule 11')
    const part = headingChanges(indexSection(documentFile('appendix', 'AB', 'Illustrative', 'Receipt')), indexSection(documentFile('appendix', 'AB', 'Illustrative', 'Receipt of Requests')))
    expect(part).toHaveLength(1)
    expect(part[0]).toMatchObject({level: 'part-title', section: 'AB', part: 'AB:1'})
    expect(part[0] && headingChangePlace(part[0])).toBe('Appendix AB, Part 1')
    // Appendix A shares its ID with Section A: its kind tells them apart.
    const [appendixA] = headingChanges(indexSection(documentFile('appendix', 'A', 'Old', 'Part')), indexSection(documentFile('appendix', 'A', 'New', 'Part')))
    expect(appendixA && headingChangePlace(appendixA)).toBe('Appendix A')
  })

  it('property: for every kind of document, a retitle and a part retitle carry its ID, and the place reads back as its name', () => {
    fc.assert(
      fc.property(designation, ({kind, letter}) => {
        const changes = headingChanges(indexSection(documentFile(kind, letter, 'Old Title', 'Old Part')), indexSection(documentFile(kind, letter, 'New Title', 'New Part')))
        expect(changes.map((change) => change.level)).toEqual(['document-title', 'part-title'])
        for (const change of changes) {
          expect(change.section).toBe(documentId({kind, letter}))
          expect(change.documentKind).toBe(kind === 'section' ? undefined : kind)
          if (kind !== 'appendix') expect(parseDocumentReference(change.section)).toEqual({kind, letter})
          expect(headingChangePlace(change).startsWith(documentName({kind, letter}))).toBe(true)
        }
        expect(changes[1] && headingChangePlace(changes[1])).toBe(`${documentName({kind, letter})}, Part ${kind === 'section' ? `${letter}1` : '1'}`)
      })
    )
  })
})
