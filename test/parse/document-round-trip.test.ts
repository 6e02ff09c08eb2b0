import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documentFileName, documentOfFile} from '../../src/model/document-files.js'
import type {Section} from '../../src/model/types.js'
import {parseSection} from '../../src/parse/parse-section.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {appendixOrSchedule} from '../helpers/arbitraries.js'

/** The model without source places, for comparing trees. */
function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' || key === 'file' ? undefined : v))) as T
}

const fixture = 'test/fixtures/appendices-corpus/sec-text'

describe('Appendix and Schedule files round-trip', () => {
  it('the illustrative fixture is canonical: parse then serialise gives the same bytes', () => {
    for (const version of readdirSync(fixture)) {
      for (const name of readdirSync(path.join(fixture, version)).filter((n) => n !== 'manifest.yaml')) {
        const file = path.join(fixture, version, name)
        const text = readFileSync(file, 'utf8')
        const document = documentOfFile(name)
        expect(document).toBeDefined()
        expect(serializeSection(parseSection(text, file, {...document}))).toBe(text)
      }
    }
  })

  it('parse(serialise(tree)) equals the tree and writes the same bytes, for generated Appendices and Schedules', () => {
    fc.assert(
      fc.property(appendixOrSchedule, (tree: Section) => {
        const text = serializeSection(tree)
        const back = parseSection(text, documentFileName(tree), {letter: tree.letter, kind: tree.kind ?? 'section'})
        expect(strip(back)).toEqual(strip(tree))
        expect(serializeSection(back)).toBe(text)
        // The file prints the document's own numbers, never the ID prefix.
        expect(text).not.toMatch(/^\*\*(?:Sch\d+|[A-Z]{1,2}):/m)
      }),
      {numRuns: 300}
    )
  })
})
