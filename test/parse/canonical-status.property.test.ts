import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/errors.js'
import {readCanonicalRecord} from '../../src/parse/parse-frontmatter.js'
import {readStatusMap} from '../../src/parse/parse-status.js'
import {inForceFlow} from '../../src/serialize/serialize-status.js'

const date = fc.constantFrom('2026-04-01', '2027-03-31', '2028-12-31', '2024-02-29')
const inForce = fc.oneof(
  fc.record({commences: fc.oneof(date, fc.constant('direction'))}),
  fc.record({lapses: date}),
  fc.record({commences: fc.oneof(date, fc.constant('direction')), lapses: date})
)
const id = fc.constantFrom('X2.4(b)', 'X2.5', 'X2', 'AB:2.11', 'Sch11:3(a)', 'X2.6A[Alert Threshold](c)', 'X3.1(a)(ii)')
const statuses = fc.uniqueArray(fc.tuple(id, inForce), {selector: ([key]) => key, minLength: 1, maxLength: 5})

/** A frontmatter with the status map as serialize-status writes it, or with single-quoted keys (the same map, for yaml only). */
function frontmatter(entries: ReadonlyArray<readonly [string, {commences?: string; lapses?: string}]>, quote: '"' | "'"): string {
  const lines = entries.map(([key, value]) => `  ${quote}${key}${quote}: ${inForceFlow(value) ?? ''}`)
  return ['section: "X"', 'title: "Illustrative"', 'version: "1.0"', 'status:', ...lines].join('\n')
}

function errorOf(read: () => unknown): string {
  try {
    read()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return String((error as InputError).message)
  }
  throw new Error('expected an input error')
}

describe('readStatusMap, canonical maps read without yaml', () => {
  it('reads the map as yaml reads it, places and all (a column shift included)', () => {
    fc.assert(
      fc.property(statuses, fc.nat(20), (entries, shift) => {
        const canonical = readStatusMap(frontmatter(entries, '"'), 'section-x.md', 2, shift)
        const viaYaml = readStatusMap(frontmatter(entries, "'"), 'section-x.md', 2, shift)
        expect(canonical).toEqual(viaYaml)
        expect(canonical.map((entry) => entry.id)).toEqual(entries.map(([key]) => key))
        // The double-quoted map is the canonical line scan's, the single-quoted one is not.
        expect(readCanonicalRecord(frontmatter(entries, '"'), 'section-x.md', 2)).toBeDefined()
        expect(readCanonicalRecord(frontmatter(entries, "'"), 'section-x.md', 2)).toBeUndefined()
      }),
      {numRuns: 300}
    )
  })

  it('leaves a map it would refuse to yaml, which names the place', () => {
    const bad = (flow: string, quote: '"' | "'"): string => `section: "X"\nstatus:\n  ${quote}X2.5${quote}: ${flow}`
    for (const flow of ['{commences: "2027-02-30"}', '{lapses: "direction"}', '{lapses: "soon"}']) {
      expect(errorOf(() => readStatusMap(bad(flow, '"'), 'section-x.md', 2))).toBe(errorOf(() => readStatusMap(bad(flow, "'"), 'section-x.md', 2)))
    }
  })
})
