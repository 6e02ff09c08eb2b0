import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {InForce, Section} from '../../src/model/types.js'
import {walkProvisions} from '../../src/model/walk.js'
import {parseSection} from '../../src/parse/parse-section.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {section} from '../helpers/arbitraries.js'

const file = 'test/fixtures/status-corpus/sec-text/1.0/section-x.md'
const text = readFileSync(file, 'utf8')

function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' || key === 'file' ? undefined : v))) as T
}

const statusOf = (tree: Section): Record<string, InForce> =>
  Object.fromEntries([...walkProvisions([tree])].filter((l) => l.provision.inForce).map((l) => [l.provision.id, l.provision.inForce as InForce]))

/** The fixture with its status map replaced by `lines`. */
const withStatus = (lines: string): string => text.replace(/status:\n(?: {2}.*\n)+/, lines)

describe('the frontmatter status map', () => {
  it('puts each status onto its provision and writes the same bytes back', () => {
    const tree = parseSection(text, file)
    expect(statusOf(tree)).toEqual({
      'X2.4(b)': {lapses: '2027-03-31'},
      'X2.5': {commences: 'direction'},
      'X2.6': {commences: '2026-04-01', lapses: '2028-12-31'}
    })
    expect(serializeSection(tree)).toBe(text)
  })

  it('writes the map in document order with commences before lapses, whatever order it was typed in', () => {
    const typed = withStatus('status:\n  X2.6: {lapses: "2028-12-31", commences: "2026-04-01"}\n  "X2.5":\n    commences: direction\n  "X2.4(b)": {lapses: "2027-03-31"}\n')
    expect(serializeSection(parseSection(typed, file))).toBe(text)
  })

  it('a file without statuses has no status key', () => {
    expect(serializeSection(parseSection(withStatus(''), file))).not.toContain('status')
  })

  it.each([
    ['an unknown provision', 'status:\n  "X2.4(c)": {lapses: "2027-03-31"}\n', /section-x\.md:6:3: Unknown provision X2\.4\(c\) in 'status'/],
    ['an unknown clause', 'status:\n  "X9.1": {commences: "direction"}\n', /section-x\.md:6:3: Unknown provision X9\.1 in 'status'/],
    ['a date that is not a real date', 'status:\n  "X2.5": {lapses: "2027-02-30"}\n', /section-x\.md:6:20: Unexpected date '2027-02-30' for 'lapses' of X2\.5, expected a real calendar date \(YYYY-MM-DD\): February 2027 has 28 days/],
    ['a month that does not exist', 'status:\n  "X2.5": {commences: "2027-13-01"}\n', /section-x\.md:6:23: Unexpected date '2027-13-01' for 'commences' of X2\.5, expected a real calendar date \(YYYY-MM-DD\): there is no month 13 or "direction"/],
    ['an unknown key', 'status:\n  "X2.5": {starts: "2027-01-01"}\n', /section-x\.md:6:12: Unknown status key 'starts' for X2\.5, expected 'commences' or 'lapses'/],
    ['an empty status', 'status:\n  "X2.5": {}\n', /section-x\.md:6:3: Unexpected status of X2\.5, expected \{commences/],
    ['a status that is not a map', 'status: "X2.5"\n', /section-x\.md:5:1: Unexpected value for 'status'/],
    ['a number for a date', 'status:\n  "X2.5": {lapses: 20270331}\n', /section-x\.md:6:20: Unexpected 20270331 for 'lapses' of X2\.5, expected a quoted date such as "2027-03-31"/],
    ['a provision written twice', 'status:\n  "X2.5": {lapses: "2027-03-31"}\n  "X2.5": {lapses: "2027-03-31"}\n', /section-x\.md:7:3: Malformed YAML: Map keys must be unique/]
  ])('refuses %s with its file:line:col', (_name, lines, message) => {
    expect(() => parseSection(withStatus(lines), file)).toThrow(message)
  })

  it('parse(serialise(tree)) equals the tree and its bytes, for generated sections with statuses', () => {
    const date = fc.date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true}).map((d) => d.toISOString().slice(0, 10))
    const inForce = fc.oneof(
      fc.record({commences: fc.oneof(fc.constant('direction'), date)}),
      fc.record({lapses: date}),
      fc.record({commences: fc.oneof(fc.constant('direction'), date), lapses: date})
    )
    const withStatuses = section.chain((tree) => {
      const ids = [...walkProvisions([tree])].map((l) => l.provision.id)
      return fc.tuple(fc.constant(tree), fc.array(fc.tuple(fc.constantFrom(...ids), inForce), {maxLength: 4}))
    })
    fc.assert(
      fc.property(withStatuses, ([tree, statuses]) => {
        for (const {provision} of walkProvisions([tree])) {
          const status = statuses.find(([id]) => id === provision.id)
          if (status) provision.inForce = status[1]
        }
        const written = serializeSection(tree)
        const back = parseSection(written, 'section-g.md')
        expect(strip(back)).toEqual(strip(tree))
        expect(serializeSection(back)).toBe(written)
      }),
      {numRuns: 500}
    )
  }, 300_000)
})
