import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {indexSection} from '../../src/parse/index-section.js'
import {alignClauses} from '../../src/diff/align-clauses.js'

function chunks(clauses: Array<[string, string]>, version: string) {
  const body = clauses.map(([id, text]) => `**${id}** ${text}`).join('\n\n')
  const text = `---\nsection: "G"\ntitle: "Security"\nversion: "${version}"\n---\n\n# Section G: Security\n\n## G3 User Obligations\n\n${body}\n`
  return indexSection({letter: 'G', file: `sec-text/${version}/section-g.md`, text}).clauses
}

const long = (n: number): string =>
  `Each User shall, wherever it is practicable to do so, establish arrangements with the manufacturer number ${n} of the hardware and the developers of the software and firmware.`

describe('alignClauses', () => {
  it('pairs equal clauses, finds a renumbered clause with similarity 1 and a near one with its score', () => {
    const before = chunks([['G3.1', long(1)], ['G3.2', long(2)], ['G3.3', long(3)], ['G3.4', '[Not used]']], '1')
    const after = chunks([['G3.1', long(1)], ['G3.2', '[Not used]'], ['G3.3', long(3).replace('Each User', 'Every User')], ['G3.5', long(2)], ['G3.6', 'A new clause.']], '2')
    const matches = alignClauses(before, after).map((m) => [m.kind, m.old?.id ?? null, m.new?.id ?? null, 'similarity' in m ? m.similarity : null])
    expect(matches).toEqual(
      expect.arrayContaining([
        ['unchanged', 'G3.1', 'G3.1', null],
        ['moved', 'G3.2', 'G3.5', 1],
        ['changed', 'G3.3', 'G3.3', null],
        ['deleted', 'G3.4', null, null],
        ['added', null, 'G3.2', null],
        ['added', null, 'G3.6', null]
      ])
    )
    expect(matches).toHaveLength(6)
  })

  it('uses every clause of each side exactly once, and calls unchanged only equal text under one ID', () => {
    const clause = fc.tuple(fc.integer({min: 1, max: 12}), fc.constantFrom(long(1), long(2), long(3), 'Short.', '[Not used]', long(4).replace('shall', 'must')))
    const side = fc.uniqueArray(clause, {selector: ([n]) => n, maxLength: 10}).map((list) => list.map(([n, text]): [string, string] => [`G3.${n}`, text]))
    fc.assert(
      fc.property(side, side, (a, b) => {
        const before = chunks(a, '1')
        const after = chunks(b, '2')
        const matches = alignClauses(before, after)
        const olds = matches.flatMap((m) => (m.old ? [m.old] : []))
        const news = matches.flatMap((m) => (m.new ? [m.new] : []))
        expect(new Set(olds).size).toBe(before.length)
        expect(olds).toHaveLength(before.length)
        expect(new Set(news).size).toBe(after.length)
        expect(news).toHaveLength(after.length)
        for (const match of matches) {
          if (match.kind === 'unchanged') expect(match.old.source.slice(match.old.id.length)).toBe(match.new.source.slice(match.new.id.length))
          if (match.kind === 'moved') expect(match.old.id).not.toBe(match.new.id)
          if (match.kind === 'changed') expect(match.old.id).toBe(match.new.id)
        }
      }),
      {numRuns: 2000}
    )
  })
})
