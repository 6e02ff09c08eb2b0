import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect} from 'vitest'
import {repoRoot, runCli, type CliResult} from '../helpers/cli.js'

/** The illustrative corpus with provisions not in force (test/fixtures/status-corpus: not SEC text). */
export const statusFixture = path.join(repoRoot, 'test/fixtures/status-corpus')

/** The real CLI on a fresh temporary copy of the status fixture, with the run-and-assert steps the status tests repeat. */
export interface StatusCorpus {
  root: string
  /** `redline --root <root> <args>`. */
  run(...args: string[]): CliResult
  /** Runs, expects exit 0 (showing standard error if not), answers standard output. */
  ok(...args: string[]): string
  /** Runs, expects exit 2 with `message` in standard error, answers the result. */
  refused(message: string, ...args: string[]): CliResult
  /** A file of the corpus, by its path under the root. */
  read(file: string): string
  write(file: string, text: string): void
  /** Rewrites a file of the corpus in place. */
  edit(file: string, change: (text: string) => string): void
  /** Writes the drafter's copy of `sec-text/<from>/section-x.md`, edited, as `<name>.md` and answers its path. */
  drafted(change: (text: string) => string, name?: string, from?: string): string
  /** Drafts record `id` from the drafter's edited copy of 1.1 (`mod new --from`, dated 2026-07-01), expecting exit 0. */
  draftRecord(id: string, change: (text: string) => string): void
}

export function statusCorpus(): StatusCorpus {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-status-'))
  cpSync(statusFixture, root, {recursive: true})
  const run = (...args: string[]): CliResult => runCli(['--root', root, ...args])
  const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
  const write = (file: string, text: string): void => writeFileSync(path.join(root, file), text)
  return {
    root,
    run,
    ok(...args) {
      const result = run(...args)
      expect(result.status, `redline ${args.join(' ')}: ${result.stderr}`).toBe(0)
      return result.stdout
    },
    refused(message, ...args) {
      const result = run(...args)
      expect(result.stderr).toContain(message)
      expect(result.status).toBe(2)
      return result
    },
    read,
    write,
    edit: (file, change) => write(file, change(read(file))),
    drafted(change, name = 'mine', from = '1.1') {
      const file = path.join(root, `${name}.md`)
      writeFileSync(file, change(read(`sec-text/${from}/section-x.md`)))
      return file
    },
    draftRecord(id, change) {
      const result = run('mod', 'new', id, '--from', this.drafted(change), '--date', '2026-07-01')
      expect(result.status, `redline mod new ${id}: ${result.stderr}`).toBe(0)
    }
  }
}

/**
 * Drafts record `id` against 1.1 from the drafter's edited copy (`mod new --from`, extra options
 * after), releases it as 1.2 and proves it: the release is exactly the drafter's file and verifies.
 */
export function draftAndRelease(corpus: StatusCorpus, change: (text: string) => string, id = 'MP901', extra: string[] = []): {drafted: string; legalText: string} {
  const file = corpus.drafted(change)
  const drafted = readFileSync(file, 'utf8')
  for (const args of [['mod', 'new', id, '--from', file, '--date', '2026-07-01', ...extra], ['release', '--base', '1.1', '--as', '1.2', '--date', '2026-09-01', id]]) {
    const result = corpus.run(...args)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  }
  expect(corpus.read('sec-text/1.2/section-x.md')).toBe(drafted.replace('version: "1.1"', 'version: "1.2"'))
  corpus.ok('verify')
  return {drafted, legalText: corpus.read(`modifications/${id}/legal-text.md`)}
}
