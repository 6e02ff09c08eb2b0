/**
 * `redline mods`, `mods --overlaps` and `verify` count table rows and in-force statuses as
 * provisions touched, so two records that release would refuse together are flagged before, and
 * two records setting one status differently are a release conflict (exit 1), through the real
 * CLI on copies of the illustrative tables and status corpora (test/fixtures: not SEC text).
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'
import {statusCorpus} from './status-helpers.js'

function tablesCorpus(): {root: string; run: (...args: string[]) => ReturnType<typeof runCli>; draft: (id: string, edit: (text: string) => string) => void} {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-overlaps-'))
  cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus'), root, {recursive: true})
  const run = (...args: string[]): ReturnType<typeof runCli> => runCli(['--root', root, ...args])
  const draft = (id: string, edit: (text: string) => string): void => {
    const file = path.join(root, `${id}-edit.md`)
    writeFileSync(file, edit(readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')))
    const result = run('mod', 'new', id, '--from', file, '--title', `illustrative ${id}`, '--date', '2026-02-01')
    expect(result.status, result.stderr).toBe(0)
  }
  return {root, run, draft}
}

const provider = (time: string) => (text: string): string => text.replace('| 20 Working Days |', `| ${time} |`)

describe('provisions touched by table-only and status-only records (illustrative fixtures)', () => {
  it('mods lists the table rows a record changes; --overlaps and verify flag two records changing one row, not two changing different rows', () => {
    const corpus = tablesCorpus()
    corpus.draft('TB5', provider('21 Working Days'))
    corpus.draft('TB6', (text) => text.replace('| --- | --- | --- |\n', '| --- | --- | --- |\n| Authority | approve | 1 Working Day |\n'))
    const mods = corpus.run('mods')
    expect(mods.stdout).toContain('TB5\tmodification\tdraft\tbase 1.1\tno target\tcurrent\tF2.11/table row "Registration Data Provider"\tillustrative TB5\n')
    expect(mods.stdout).toContain('TB6\tmodification\tdraft\tbase 1.1\tno target\tcurrent\tF2.11/table row "Authority"\tillustrative TB6\n')
    expect(corpus.run('mods', '--overlaps').stderr).toContain('no unreleased records touch the same provisions')
    corpus.draft('TB8', provider('22 Working Days'))
    const overlaps = corpus.run('mods', '--overlaps')
    expect(overlaps.stdout).toBe('TB5 and TB8: F2.11/table row "Registration Data Provider"\n')
    const verify = corpus.run('verify')
    expect(verify.stderr).toContain('warning: TB5 and TB8 both touch F2.11/table row "Registration Data Provider": releasing them together may conflict')
    expect(verify.stderr).not.toContain('TB5 and TB6')
    expect(corpus.run('release', '--base', '1.1', '--as', '1.2', 'TB5', 'TB8').status).toBe(1)
  })

  it('a record changing the columns touches the whole table, which overlaps every row another record changes', () => {
    const corpus = tablesCorpus()
    corpus.draft('TB5', provider('21 Working Days'))
    corpus.draft('TB10', (text) => text.replace('| Party | Obligation | Time |', '| Party | Duty | Time |'))
    expect(corpus.run('mods').stdout).toContain('\tF2.11/table\tillustrative TB10\n')
    expect(corpus.run('mods', '--overlaps').stdout).toBe('TB5 and TB10: F2.11/table row "Registration Data Provider"\n')
  })

  it('mods lists the statuses a record sets; two records setting one status are flagged, and their release is a conflict, exit 1', () => {
    const corpus = statusCorpus()
    const commences = (date: string) => (text: string): string => text.replace('  "X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}\n', `$&  "X2.7": {commences: "${date}"}\n`)
    corpus.draftRecord('D002', commences('2026-05-01'))
    corpus.draftRecord('D003', commences('2026-06-01'))
    expect(corpus.ok('mods')).toContain('D002\tmodification\tdraft\tbase 1.1\tno target\tcurrent\tX2.7 status\t')
    expect(corpus.ok('mods', '--overlaps')).toBe('D002 and D003: X2.7 status\n')
    expect(corpus.run('verify').stderr).toContain('warning: D002 and D003 both touch X2.7 status')
    const release = corpus.run('release', '--base', '1.1', '--as', '1.2', 'D002', 'D003')
    expect(release.stderr).toBe(
      [
        'redline: modifications/D003/legal-text.md:3:1: Conflict in X2.7: D002 and D003 both change the status of X2.7, expected one status',
        '  base:    "status in force"',
        '  D002:    "status {commences: "2026-05-01"}"',
        '  D003:    "status {commences: "2026-06-01"}"',
        '  next:    release D002 without D003 (redline release --base 1.1 --as <version> D002), then rebase D003 onto it (redline rebase D003 --onto <version> --write) and resolve the conflict block it writes',
        ''
      ].join('\n')
    )
    expect(release.status).toBe(1)
  })
})
