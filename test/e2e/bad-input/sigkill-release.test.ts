import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cliPath} from '../../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../../bench/generate-corpus.mjs'
import {runAsync} from './corpus-tree.js'

const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-kill-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const TEMPORARY = /^\.redline-tmp-(\d+)-[0-9a-f]+-9\.2$/

/** Starts `redline release` and kills it (SIGKILL) the moment its temporary folder appears under sec-text/. */
function releaseKilledMidWrite(root: string, ids: string[]): Promise<{killed: boolean; pid: number}> {
  const secText = path.join(root, 'sec-text')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '--root', root, 'release', '--base', '9.0', '--as', '9.2', ...ids], {stdio: 'ignore'})
    let killed = false
    const watcher = watch(secText, (_event, name) => {
      if (!killed && name !== null && TEMPORARY.test(String(name))) {
        killed = child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('close', (_status, signal) => {
      watcher.close()
      resolve({killed: signal === 'SIGKILL', pid: child.pid ?? 0})
    })
  })
}

const body = (file: string): string => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')

describe('SIGKILL in the middle of a release of the full-size corpus', () => {
  it('leaves no 9.2 or a whole one; readers ignore the temporary folder; the next release removes it, saying so', async () => {
    const root = path.join(work, 'full')
    await generateCorpus(root, {scale: 1, seed: 11})
    const ids = readdirSync(path.join(root, 'modifications')).filter((name) => !name.startsWith('.')).sort()
    let left: string[] = []
    let pid = 0
    // The kill lands while the 20 section files (2.6 MB) are written; should the release win the
    // race, the whole 9.2 is there (never a part of it), and it is removed to try again.
    for (let attempt = 0; attempt < 10 && left.length === 0; attempt++) {
      const run = await releaseKilledMidWrite(root, ids)
      pid = run.pid
      const names = readdirSync(path.join(root, 'sec-text'))
      left = names.filter((name) => TEMPORARY.test(name))
      if (existsSync(path.join(root, 'sec-text/9.2'))) {
        expect(readdirSync(path.join(root, 'sec-text/9.2')).sort()).toEqual(readdirSync(path.join(root, 'sec-text/9.1')).sort())
        rmSync(path.join(root, 'sec-text/9.2'), {recursive: true})
      }
    }
    expect(left, 'a temporary folder left by the killed release').toHaveLength(1)
    expect(left[0]).toMatch(new RegExp(`^\\.redline-tmp-${pid}-`))
    expect(existsSync(path.join(root, 'sec-text/9.2'))).toBe(false)

    // Readers do not see it.
    const versions = await runAsync(['versions', '--format', 'json'], {cwd: root})
    expect(versions.status, versions.stderr).toBe(0)
    expect((JSON.parse(versions.stdout) as {versions: Array<{version: string}>}).versions.map((v) => v.version)).toEqual(['9.0', '9.1'])

    // The next write removes it and says so; the release is whole.
    const again = await runAsync(['release', '--base', '9.0', '--as', '9.2', ...ids], {cwd: root})
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).toContain(`removed ${path.join('sec-text', left[0] ?? '')}, a temporary left by an interrupted sec-redline run (process ${pid})`)
    expect(readdirSync(path.join(root, 'sec-text')).filter((name) => name.startsWith('.'))).toEqual([])
    for (const name of readdirSync(path.join(root, 'sec-text/9.1')).filter((file) => file.startsWith('section-'))) {
      expect(body(path.join(root, 'sec-text/9.2', name)), name).toBe(body(path.join(root, 'sec-text/9.1', name)))
    }
  }, 120_000)
})
