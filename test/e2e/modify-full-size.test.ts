import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-full-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** A section file's body: everything after its frontmatter (which names the version). */
const body = (file: string): string => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')

describe('modifications at the size of the real code', () => {
  it("drafts every edited section of the full-size corpus with mod new, and redline release rebuilds the edited text exactly", async () => {
    // 20 sections, about 17,800 provisions; the edits repeat cross-headings from part to part,
    // insert headings above existing clauses, rename and delete headings, insert, delete and renumber clauses.
    const root = path.join(work, 'full')
    await generateCorpus(root, {scale: 1, seed: 11})
    mkdirSync(path.join(root, 'modifications'), {recursive: true})
    const edited = path.join(root, 'sec-text/9.1')
    // Every section file, and each Appendix or Schedule the release changed or added (its records
    // amend Appendix clauses and document versions, a Schedule paragraph, and insert Appendix AO).
    const original = (name: string): string | undefined => (existsSync(path.join(root, 'sec-text/9.0', name)) ? body(path.join(root, 'sec-text/9.0', name)) : undefined)
    const files = readdirSync(edited).filter((name) => name.startsWith('section-') || (name.endsWith('.md') && original(name) !== body(path.join(edited, name)))).sort()
    expect(files.filter((name) => !name.startsWith('section-'))).toHaveLength(10)
    // The drafter's working copies: 9.0's files edited into 9.1's text (their frontmatter still names 9.0).
    const copies = path.join(work, 'edited')
    mkdirSync(copies, {recursive: true})
    const ids = files.map((name, index) => {
      const id = `MPX${String(index + 1).padStart(2, '0')}`
      writeFileSync(path.join(copies, name), readFileSync(path.join(edited, name), 'utf8').replace(/^version: "9\.1"$/m, 'version: "9.0"'))
      const drafted = runCli(['--root', root, 'mod', 'new', id, '--base', '9.0', '--from', path.join(copies, name), '--title', `Edits to ${name}`])
      expect(drafted.stderr).toBe('')
      expect(drafted.status).toBe(0)
      return id
    })
    const released = runCli(['--root', root, 'release', '--base', '9.0', '--as', '9.2', ...ids])
    expect(released.stderr).toBe('')
    expect(released.status).toBe(0)
    for (const name of files) expect(body(path.join(root, 'sec-text/9.2', name)), name).toBe(body(path.join(edited, name)))
  }, 120_000)
})
