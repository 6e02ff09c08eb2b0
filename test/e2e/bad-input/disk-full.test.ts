import {execFileSync} from 'node:child_process'
import {closeSync, cpSync, readFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from '../../helpers/cli.js'
import {changedPaths, runAsync, snapshot} from './corpus-tree.js'

/**
 * A full disk in the middle of a write: the corpus lives on a small tmpfs (mounted here, which
 * needs root, as in CI). Where the test cannot mount one it is skipped, and says so.
 */
const mountPoint = mkdtempSync(path.join(tmpdir(), 'sec-redline-full-disk-'))
const canMount = ((): boolean => {
  if (process.getuid?.() !== 0) return false
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()
if (!canMount) console.warn('disk-full tests skipped: mounting a small tmpfs needs root (they run in CI as root)')

afterAll(() => {
  if (canMount) execFileSync('umount', [mountPoint])
  rmSync(mountPoint, {recursive: true, force: true})
})

const PAGE = 4096

/** A fresh corpus copy on the tmpfs, with `free` bytes left on the device. */
function corpusOnFullDisk(setup: (root: string) => void = () => undefined, fresh = true): {root: string; fill: (free: number) => void} {
  if (fresh) for (const name of readdirSync(mountPoint)) rmSync(path.join(mountPoint, name), {recursive: true, force: true})
  const root = path.join(mountPoint, 'corpus')
  if (fresh) for (const entry of ['sec-text', 'modifications', 'redline.config.yaml']) cpSync(path.join(repoRoot, entry), path.join(root, entry), {recursive: true})
  setup(root)
  const fill = (free: number): void => {
    // Reserve `free` bytes, fill the rest of the device, then give the reserve back.
    const reserve = path.join(mountPoint, 'reserve')
    writeFileSync(reserve, Buffer.alloc(free))
    const filler = openSync(path.join(mountPoint, 'filler'), 'w')
    const chunk = Buffer.alloc(PAGE)
    try {
      for (;;) writeSync(filler, chunk)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
    } finally {
      closeSync(filler)
    }
    rmSync(reserve)
  }
  return {root, fill}
}

describe.skipIf(!canMount)('a full disk in the middle of a write leaves the previous files exactly as they were (tmpfs)', () => {
  beforeAll(() => expect(canMount).toBe(true))

  it('annex --format all into a new folder: the first files fit, a later one does not, nothing is left', async () => {
    const {root, fill} = corpusOnFullDisk()
    fill(3 * PAGE)
    const before = snapshot(root)
    const result = await runAsync(['annex', 'MP087', '--format', 'all'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/Cannot write out\/MP087\/MP087-[\w.-]+: no space left on the device \(ENOSPC\), expected a writable location; nothing was written/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })

  it('annex --format all over a previous run: the previous set stays, not a mix', async () => {
    const {root, fill} = corpusOnFullDisk()
    expect((await runAsync(['annex', 'MP087', '--format', 'all'], {cwd: root})).status).toBe(0)
    fill(3 * PAGE)
    const before = snapshot(root)
    const result = await runAsync(['annex', 'MP087', '--format', 'all', '--context', 'clause', '--legal-text-version', '0.2'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/ENOSPC/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })

  it('fmt: the first files fit, a later one does not; none is rewritten', async () => {
    const {root, fill} = corpusOnFullDisk((dir) => {
      for (const version of ['5.19', '5.20', '6.17', '6.21']) {
        const file = path.join(dir, 'sec-text', version, 'section-g.md')
        const text = readFileSync(file, 'utf8')
        writeFileSync(file, text.replace('# Section G: Security\n', '# Section G: Security\n\n\n'))
      }
    })
    fill(2 * PAGE) // 5.19 and 5.20 fit (a page each), 6.17 does not
    const before = snapshot(root)
    const result = await runAsync(['fmt'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/Cannot write sec-text\/6\.17\/section-g\.md: no space left on the device \(ENOSPC\)/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
    expect((await runAsync(['fmt', '--check'], {cwd: root})).status).toBe(1)
  })

  it('release: nothing under sec-text/ changes and no temporary folder is left', async () => {
    const {root, fill} = corpusOnFullDisk()
    fill(PAGE)
    const before = snapshot(root)
    const result = await runAsync(['release', '--base', '6.17', '--as', '6.22', 'MP087'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/Cannot write .*6\.22: no space left on the device \(ENOSPC\)/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })

  it('import of the first version into an empty root: the first files fit, a later one does not; no sec-text/ is left', async () => {
    for (const name of readdirSync(mountPoint)) rmSync(path.join(mountPoint, name), {recursive: true, force: true})
    const root = path.join(mountPoint, 'empty')
    mkdirSync(root)
    // Three Sections and a manifest (a page each on tmpfs), read from outside the full device.
    const source = path.join(mkdtempSync(path.join(tmpdir(), 'sec-redline-first-')), 'three.txt')
    writeFileSync(source, "Section G 'Security'\nG1.1 Illustrative clause text.\nSECTION H – DCC SERVICES\nH1.1 Illustrative clause text.\nSECTION J – CHARGES\nJ1.1 Illustrative clause text.\n")
    const {fill} = corpusOnFullDisk(() => undefined, false)
    fill(2 * PAGE)
    const before = snapshot(root)
    const result = await runAsync(['import', source, '--as', '1.0'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/Cannot write .*sec-text: no space left on the device \(ENOSPC\), expected a writable location; nothing was written/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })

  it('mod new: no folder is left under modifications/', async () => {
    const {root, fill} = corpusOnFullDisk()
    fill(0)
    const before = snapshot(root)
    const result = await runAsync(['mod', 'new', 'MP999', '--base', '6.17', '--clauses', 'G3.20,G3.21'], {cwd: root})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/ENOSPC/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })
})

