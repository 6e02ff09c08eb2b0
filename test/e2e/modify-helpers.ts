import {readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {copyCorpus, repoRoot, runCli, type CliResult} from '../helpers/cli.js'

const section617 = readFileSync(path.join(repoRoot, 'sec-text/6.17/section-g.md'), 'utf8')

/** Drafts modification `id` in `root` from an edited copy of section G of 6.17, as a drafter would (`mod new --from`). */
export function draft(root: string, id: string, edit: (text: string) => string, extra: string[] = []): void {
  const file = path.join(root, `${id}-section-g.md`)
  writeFileSync(file, edit(section617))
  const result = runCli(['--root', root, 'mod', 'new', id, '--base', '6.17', '--from', file, '--date', '2019-10-04', ...extra])
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
}

/** A copy of the sample corpus without 6.21, the version MP087 built. */
export function freshCorpus(): string {
  const root = copyCorpus()
  rmSync(path.join(root, 'sec-text/6.21'), {recursive: true})
  return root
}

/** Every file under `dir` (hidden ones too) with its content: to prove nothing was written. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name)
      if (statSync(full).isDirectory()) visit(full)
      else out[path.relative(dir, full)] = readFileSync(full, 'utf8')
    }
  }
  visit(dir)
  return out
}

/** Exit 2 with a message matching `pattern`, and no stack trace. */
export function expectInputError(result: CliResult, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern)
  expect(result.status).toBe(2)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}
