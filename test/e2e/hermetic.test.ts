import {cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli, sampleRecordIds} from '../helpers/cli.js'

describe('tests stay hermetic while a drafter works in the repository', () => {
  it("a record added the README's way (mod new) is not in the tests' copies of the corpus", () => {
    // A stand-in for the repository with a drafter's new record in it.
    const repo = mkdtempSync(path.join(tmpdir(), 'sec-redline-repo-'))
    for (const entry of ['sec-text', 'modifications', 'redline.config.yaml']) cpSync(path.join(repoRoot, entry), path.join(repo, entry), {recursive: true})
    const edited = path.join(repo, 'section-g.md')
    writeFileSync(edited, readFileSync(path.join(repo, 'sec-text/6.21/section-g.md'), 'utf8').replace('wherever it is practicable', 'where it is practicable'))
    const drafted = runCli(['--root', repo, 'mod', 'new', 'MP123', '--base', '6.21', '--from', edited, '--date', '2026-01-05'])
    expect(drafted.status).toBe(0)
    expect(existsSync(path.join(repo, 'modifications/MP123/legal-text.md'))).toBe(true)

    expect(sampleRecordIds(repo)).toEqual(['MP087', 'SEC520'])
    const copy = copyCorpus(repo)
    expect(existsSync(path.join(copy, 'modifications/MP123'))).toBe(false)
    expect(existsSync(path.join(copy, 'modifications/MP087/legal-text.md'))).toBe(true)
    expect(existsSync(path.join(copy, 'modifications/README.md'))).toBe(true)
    // The listing a test asserts is the sample corpus's, whatever the drafter added.
    expect(runCli(['--root', copy, 'apply', 'MP87']).stderr).toMatch(/expected one of MP087, SEC520;/)
  })
})
