import fc from 'fast-check'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {describe, expect, it} from 'vitest'
import type {Clause, Section} from '../../src/model/types.js'
import {parseClause} from '../../src/parse/parse-clause.js'
import {parseSection} from '../../src/parse/parse-section.js'
import {serializeClause} from '../../src/serialize/serialize-clause.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {clauseWithParagraphs, sectionWithParagraphs} from '../helpers/arbitraries.js'

/** The model without source places, for comparing trees. */
function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' || key === 'file' ? undefined : v))) as T
}

const origin = {file: 'x.md', line: 1}

describe('several paragraphs: lead-ins, tails, text between two lists', () => {
  it('reads and writes the documented form (illustrative text)', () => {
    const text = [
      '**G9.17** The first paragraph of the lead-in.',
      '',
      'The second paragraph of the lead-in:',
      '',
      '- (a) one;',
      '- (b) two,',
      '  - (i) nested',
      '',
      '  a paragraph between two lists of (b)',
      '',
      '  - (ii) more',
      '',
      'text between two lists of the clause:',
      '',
      '- (c) three,',
      '',
      'the tail,',
      '',
      'and its second paragraph.'
    ].join('\n')
    const tree = parseClause(text, origin)
    expect(tree.text).toBe('The first paragraph of the lead-in.\nThe second paragraph of the lead-in:')
    expect(tree.items.map((item) => item.label)).toEqual(['a', 'b', 'c'])
    expect(tree.items[2]?.textBefore).toBe('text between two lists of the clause:')
    expect(tree.items[1]?.items[1]?.textBefore).toBe('a paragraph between two lists of (b)')
    expect(tree.items[1]?.items[1]?.id).toBe('G9.17(b)(ii)')
    expect(tree.tail).toBe('the tail,\nand its second paragraph.')
    expect(serializeClause(tree)).toBe(text)
    // remark-parse reads the same tree (a trailing blank line forces it).
    expect(strip(parseClause(`${text}\n`, origin))).toEqual(strip(tree))
  })

  it('a second paragraph of a sub-paragraph lead-in', () => {
    const text = '**G9.1** Lead:\n\n- (a) first\n\n  second\n  - (i) x\n- (b) y'
    const tree = parseClause(text, origin)
    expect(tree.items[0]?.text).toBe('first\nsecond')
    expect(serializeClause(tree)).toBe(text)
  })

  it('refuses a paragraph after an empty lead-in, with its place', () => {
    expect(() => parseClause('**G9.1**\n\nsecond\n\n- (a) x', origin)).toThrow(/Unexpected paragraph in G9\.1 after an empty lead-in/)
  })

  it('parse(serialise(clause)) equals the clause and writes the same bytes, by the line scan and by remark', () => {
    const parser = unified().use(remarkParse)
    fc.assert(
      fc.property(clauseWithParagraphs('G3.20'), (tree: Clause) => {
        const text = serializeClause(tree)
        const back = parseClause(text, origin)
        expect(strip(back)).toEqual(strip(tree))
        expect(serializeClause(back)).toBe(text)
        expect(strip(parseClause(`${text}\n`, origin))).toEqual(strip(tree))
        expect(parser.parse(text).children[0]?.type).toBe('paragraph')
      }),
      {numRuns: 800}
    )
  })

  it('parse(serialise(section)) equals the section and writes the same bytes', () => {
    fc.assert(
      fc.property(sectionWithParagraphs, (tree: Section) => {
        const text = serializeSection(tree)
        const back = parseSection(text, 'section-g.md')
        expect(strip(back)).toEqual(strip(tree))
        expect(serializeSection(back)).toBe(text)
      }),
      {numRuns: 80}
    )
  })
})
