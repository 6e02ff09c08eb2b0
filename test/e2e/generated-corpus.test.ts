import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'
// @ts-expect-error: a plain ES module without types
import {generateAppendicesCorpus} from '../bench/generate-appendices.mjs'

/**
 * The synthetic corpora of the benchmarks (test/bench/generate-*.mjs, illustrative text) are
 * corpora as the tool writes them: every file canonical (`fmt --check` passes).
 */
const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-generated-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const corpora: Array<[string, (root: string) => Promise<unknown>]> = [
  ['full-size', (root) => generateCorpus(root, {scale: 1, seed: 5}) as Promise<unknown>],
  ['adversarial', (root) => generateCorpus(root, {scale: 1, seed: 5, adversarial: true}) as Promise<unknown>],
  ['appendices', (root) => generateAppendicesCorpus(root) as Promise<unknown>]
]

describe('the generated corpora (synthetic, illustrative)', () => {
  it.each(corpora)('%s: fmt --check passes', async (name, generate) => {
    const root = path.join(work, name)
    await generate(root)
    const formatted = runCli(['--root', root, 'fmt', '--check'])
    expect(formatted.stdout + formatted.stderr).toMatch(/^\d+ files are canonical\n$/)
    expect(formatted.status).toBe(0)
  }, 240_000)
})
