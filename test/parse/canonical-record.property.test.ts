import fc from 'fast-check'
import {parse, stringify} from 'yaml'
import {describe, expect, it} from 'vitest'
import {parseYamlRecord, readCanonicalRecord} from '../../src/parse/parse-frontmatter.js'

const key = fc.constantFrom('version', 'base', 'changes', 'release', 'effective', 'source', 'excerpt', 'title', 'x-y', 'a_1')
const text = fc.oneof(
  fc.string({maxLength: 20}),
  fc.constantFrom('6.21', 'MP087', "Manufacturers: Duty to Notify", 'a "quoted" word', 'back\\slash', 'العربية', '# not a comment', 'null', '[]', '  padded  ', '')
)
const nestedKey = fc.constantFrom('raised', 'decided', 'name', 'date', 'x-y', 'a_1')
const value = fc.oneof(text, fc.constant(null), fc.array(text, {maxLength: 4}), fc.dictionary(nestedKey, text, {maxKeys: 3}))
const record = fc.dictionary(key, value, {minKeys: 1, maxKeys: 6})

/** The record written the way serializeManifest writes manifests. */
const canonical = (values: Record<string, unknown>): string =>
  stringify(values, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false})

describe('readCanonicalRecord', () => {
  it('reads what yaml reads, wherever it reads a record at all', () => {
    fc.assert(
      fc.property(record, (values) => {
        const written = canonical(values)
        const fast = readCanonicalRecord(written, 'manifest.yaml')
        if (fast) expect(fast.values).toEqual(parse(written))
      }),
      {numRuns: 3000}
    )
  })

  it('declines text outside the canonical subset rather than guess', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('version: "1"', 'base: null', 'changes:', '  - "MP1"', 'a: b', 'c: "x\\"y"', '# note', '', 'changes: []', 'version: "2"', ' - "x"', 'dates:', '  raised: "2019-10-04"', '  name: "SECAS"', '  raised: "x"', '  date: 2019', '   name: "y"', 'status:', '  "X2.4(b)": {lapses: "2027-03-31"}', '  "X2.5": {commences: "direction", lapses: "2028-01-01"}', '  "X2.5": {commences: "a, b"}', '  "AB:2.11": {commences: "x", commences: "y"}', '  "X": {}', '  "Y": {lapses: "1", }', '  "Z": {lapses: "1",}', '  "W": { lapses: "1"}', '  "V": {lapses: 1}'), {maxLength: 6}), (lines) => {
        const written = lines.join('\n')
        const fast = readCanonicalRecord(written, 'f')
        if (!fast) return
        expect(fast.values).toEqual(parse(written))
      }),
      {numRuns: 3000}
    )
  })

  it('reads the committed manifests without yaml, with the place of every key', () => {
    const fast = readCanonicalRecord('version: "6.21"\nbase: "6.17"\nchanges:\n  - "MP087"\nrelease: "November 2019 SEC Release"\n', 'm.yaml')
    expect(fast?.values).toEqual({version: '6.21', base: '6.17', changes: ['MP087'], release: 'November 2019 SEC Release'})
    expect(fast?.places.release).toEqual({file: 'm.yaml', start: {line: 5, column: 1}})
    expect(parseYamlRecord('version: 6.21\n', 'm.yaml').values).toEqual({version: 6.21})
  })

  it("reads a modification's frontmatter, block mappings and all, without yaml", () => {
    const fast = readCanonicalRecord('id: "MP087"\ndates:\n  raised: "2019-10-04"\n  decided: "2019-10-11"\nauthor:\n  name: "SECAS"\n  date: "2019-10-04"\nclassification: "White"', 'modification.md', 2)
    expect(fast?.values).toEqual({id: 'MP087', dates: {raised: '2019-10-04', decided: '2019-10-11'}, author: {name: 'SECAS', date: '2019-10-04'}, classification: 'White'})
    expect(fast?.places.author).toEqual({file: 'modification.md', start: {line: 6, column: 1}})
    expect(readCanonicalRecord('dates:\n  raised: "1"\n  raised: "2"', 'f')).toBeUndefined()
    expect(readCanonicalRecord('dates:\n  raised: "1"\n  - "2"', 'f')).toBeUndefined()
  })

  it("reads a document's status map, a flow mapping a line, without yaml", () => {
    const text = 'section: "X"\ntitle: "Illustrative"\nversion: "1.0"\nstatus:\n  "X2.4(b)": {lapses: "2027-03-31"}\n  "AB:2.11": {commences: "direction", lapses: "2028-12-31"}'
    const fast = readCanonicalRecord(text, 'section-x.md', 2)
    expect(fast?.values).toEqual(parse(text))
    expect(fast?.values.status).toEqual({'X2.4(b)': {lapses: '2027-03-31'}, 'AB:2.11': {commences: 'direction', lapses: '2028-12-31'}})
    for (const entry of ['  "X": {}', '  "X": {lapses: "1",}', '  "X": {lapses: "1", lapses: "2"}', "  'X': {lapses: \"1\"}", '  "X": {lapses: 1}']) {
      expect(readCanonicalRecord(`status:\n${entry}`, 'f')).toBeUndefined()
    }
  })
})
