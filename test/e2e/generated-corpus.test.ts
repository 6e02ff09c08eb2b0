import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
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
 * corpora as the tool writes them: every file canonical (`fmt --check` passes), every version with
 * an effective date (`show --as-at` reaches each).
 */
const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-generated-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const corpora: Array<[string, (root: string) => Promise<unknown>]> = [
  ['full-size', (root) => generateCorpus(root, {scale: 1, seed: 5}) as Promise<unknown>],
  ['adversarial', (root) => generateCorpus(root, {scale: 1, seed: 5, adversarial: true}) as Promise<unknown>],
  ['appendices', (root) => generateAppendicesCorpus(root) as Promise<unknown>]
]

describe('the generated corpora (synthetic, illustrative)', () => {
  it.each(corpora)('%s: fmt --check passes, and every version has an effective date that show --as-at reaches', async (name, generate) => {
    const root = path.join(work, name)
    await generate(root)
    const formatted = runCli(['--root', root, 'fmt', '--check'])
    expect(formatted.stdout + formatted.stderr).toMatch(/^\d+ files are canonical\n$/)
    expect(formatted.status).toBe(0)
    const versions = readdirSync(path.join(root, 'sec-text')).sort()
    expect(versions).toEqual(['9.0', '9.1'])
    for (const version of versions) {
      const manifest = readFileSync(path.join(root, 'sec-text', version, 'manifest.yaml'), 'utf8')
      const effective = /^effective: "(\d{4}-\d{2}-\d{2})"$/m.exec(manifest)?.[1]
      expect(effective, `${name} ${version}: ${manifest}`).toBeDefined()
      // A clause of the version's first document, shown as at its effective date: that version answers.
      const first = readdirSync(path.join(root, 'sec-text', version)).filter((file) => file.endsWith('.md')).sort()[0] ?? ''
      const clause = /^\*\*(\d+(?:\.\d+)?|[A-Z]\d+\.\d+)\*\*/m.exec(readFileSync(path.join(root, 'sec-text', version, first), 'utf8'))?.[1] ?? ''
      const document = first.replace(/\.md$/, '').replace(/^section-/, '').replace(/^appendix-/, '').replace(/^schedule-/, 'Sch').toUpperCase()
      const id = /^[A-Z]\d/.test(clause) ? clause : `${document.replace(/^SCH/, 'Sch')}:${clause}`
      const shown = runCli(['--root', root, 'show', id, '--as-at', effective ?? ''])
      expect(shown.stderr).toBe('')
      expect(shown.status).toBe(0)
      expect(shown.stdout).toMatch(new RegExp(`\\(version ${version.replace('.', '\\.')}, effective [^)]*\\) \\S+ was in force\\.\\n$`))
    }
  }, 240_000)
})
