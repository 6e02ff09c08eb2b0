import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {applyPatch, parsePatch} from 'diff'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/corpus/corpus.js'
import type {Clause} from '../../src/model/types.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import {exportPatch} from '../../src/modify/export-patch.js'
import {buildRelease} from '../../src/modify/release.js'
import {writeModification} from '../../src/modify/write-modification.js'
import {serializeManifest} from '../../src/serialize/serialize-manifest.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {clause, lineText} from '../helpers/arbitraries.js'
import {metaOf, versionOf} from './fixtures.js'

/** A corpus on disk with version 1.0 holding `before`, and MP1 changing it to `after`. */
function corpusWith(before: Clause[], after: Clause[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-patch-'))
  const base = versionOf('1.0', before)
  mkdirSync(path.join(root, 'sec-text/1.0'), {recursive: true})
  writeFileSync(path.join(root, 'sec-text/1.0/manifest.yaml'), serializeManifest(base.manifest))
  writeFileSync(path.join(root, 'sec-text/1.0/section-g.md'), serializeSection(base.sections[0]!))
  const corpus = openCorpus(root)
  writeModification(corpus, draftModification(metaOf('MP1', '1.0'), corpus.version('1.0'), {sections: versionOf('1.0', after).sections}))
  return root
}

/** Applies a git-style patch in memory (jsdiff), returning the files it creates or changes. */
function applyInMemory(root: string, patch: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const file of parsePatch(patch)) {
    const from = file.oldFileName?.replace(/^a\//, '') ?? ''
    const to = (file.newFileName ?? '').replace(/^b\//, '')
    const source = from === '/dev/null' ? '' : readFileSync(path.join(root, from), 'utf8')
    const result = applyPatch(source, file)
    if (result === false) throw new Error(`patch does not apply to ${from}`)
    out[to] = result
  }
  return out
}

const pair = fc.tuple(clause('G3.20'), clause('G3.20'), clause('G3.21')).filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b))
const textClause = (text: string): Clause => ({kind: 'clause', id: 'G3.20', text, items: [], tail: ''})
const textPair = fc.tuple(lineText, lineText, clause('G3.21')).filter(([a, b]) => a !== b).map(([a, b, other]) => [textClause(a), textClause(b), other] as const)

describe('redline patch (property)', () => {
  it('the patch applied (jsdiff) gives the same files as redline release', () => {
    fc.assert(
      fc.property(fc.oneof(textPair, pair), ([a, b, other]) => {
        const root = corpusWith([a, other], [b, other])
        try {
          const corpus = openCorpus(root)
          const patch = exportPatch(corpus, 'MP1', {as: '2.0', name: 'Test Release', date: '2019-11-29'})
          const built = buildRelease(corpus, {base: '1.0', as: '2.0', ids: ['MP1'], name: 'Test Release', date: '2019-11-29'})
          const expected = Object.fromEntries(built.files.map((f) => [`sec-text/2.0/${f.name}`, f.data]))
          expect(applyInMemory(root, patch)).toEqual(expected)
        } finally {
          rmSync(root, {recursive: true, force: true})
        }
      }),
      {numRuns: 300}
    )
  })

  it('the patch applied with real git apply gives the same files as redline release', () => {
    fc.assert(
      fc.property(pair, ([a, b, other]) => {
        const root = corpusWith([a, other], [b, other])
        try {
          const corpus = openCorpus(root)
          writeFileSync(path.join(root, 'p.diff'), exportPatch(corpus, 'MP1', {as: '2.0'}))
          const applied = spawnSync('git', ['apply', '--unsafe-paths', 'p.diff'], {cwd: root, encoding: 'utf8'})
          expect(applied.stderr).toBe('')
          const built = buildRelease(corpus, {base: '1.0', as: '2.0', ids: ['MP1']})
          for (const file of built.files) expect(readFileSync(path.join(root, 'sec-text/2.0', file.name), 'utf8')).toBe(file.data)
        } finally {
          rmSync(root, {recursive: true, force: true})
        }
      }),
      {numRuns: 60}
    )
  })
})
