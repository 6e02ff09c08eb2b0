import {chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus} from '../../helpers/cli.js'
import {changedPaths, runAsync, snapshot} from './corpus-tree.js'

const STALE_FILE = '.redline-tmp-2147483646-0badf00d-section-g.md'
const STALE_FOLDER = '.redline-tmp-2147483646-00c0ffee-6.22'

describe('writes: links kept, temporaries of killed runs ignored and then removed', () => {
  it('fmt writes through a symbolic link inside the root; the link stays a link', async () => {
    const root = copyCorpus()
    const dir = path.join(root, 'sec-text/6.17')
    mkdirSync(path.join(root, 'shared'))
    renameSync(path.join(dir, 'section-g.md'), path.join(root, 'shared/section-g.md'))
    symlinkSync('../../shared/section-g.md', path.join(dir, 'section-g.md'))
    const original = readFileSync(path.join(root, 'shared/section-g.md'), 'utf8')
    writeFileSync(path.join(root, 'shared/section-g.md'), original.replace('# Section G: Security\n', '# Section G: Security\n\n\n'))
    const result = await runAsync(['fmt'], {cwd: root})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('formatted sec-text/6.17/section-g.md')
    expect(lstatSync(path.join(dir, 'section-g.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(dir, 'section-g.md'))).toBe('../../shared/section-g.md')
    expect(readFileSync(path.join(root, 'shared/section-g.md'), 'utf8')).toBe(original)
  })

  it('readers ignore temporaries of a killed run; the next write into their folder removes them, saying so', async () => {
    const root = copyCorpus()
    // Garbage a reader would refuse, under names only sec-redline's temporaries carry.
    writeFileSync(path.join(root, 'sec-text/6.17', STALE_FILE), Buffer.from([0xff, 0xfe, 0x00]))
    mkdirSync(path.join(root, 'sec-text', STALE_FOLDER))
    writeFileSync(path.join(root, 'sec-text', STALE_FOLDER, 'section-g.md'), Buffer.from([0xff]))
    for (const args of [['verify'], ['versions'], ['fmt', '--check'], ['check', '--all'], ['diff', '6.17', '6.21']]) {
      const result = await runAsync(args, {cwd: root})
      expect(result.stderr, args.join(' ')).not.toMatch(/redline-tmp|Invalid UTF-8/)
      expect([0, 1], args.join(' ')).toContain(result.status)
    }
    const released = await runAsync(['release', '--base', '6.17', '--as', '6.30', 'MP087'], {cwd: root})
    expect(released.status, released.stderr).toBe(0)
    expect(released.stderr).toContain(`removed sec-text/${STALE_FOLDER}, a temporary left by an interrupted sec-redline run (process 2147483646)`)
    expect(readdirSync(path.join(root, 'sec-text')).filter((name) => name.startsWith('.'))).toEqual([])
    const sections = readFileSync(path.join(root, 'sec-text/6.17/section-g.md'), 'utf8')
    writeFileSync(path.join(root, 'sec-text/6.17/section-g.md'), sections.replace('# Section G: Security\n', '# Section G: Security\n\n\n'))
    const fmt = await runAsync(['fmt'], {cwd: root})
    expect(fmt.status, fmt.stderr).toBe(0)
    expect(fmt.stderr).toContain(`removed sec-text/6.17/${STALE_FILE}, a temporary left by an interrupted sec-redline run (process 2147483646)`)
    expect(readdirSync(path.join(root, 'sec-text/6.17')).filter((name) => name.startsWith('.'))).toEqual([])
  })

  // As root every folder is writable, so the writer runs as nobody over a corpus nobody owns,
  // except one version folder it cannot write into.
  it.skipIf(process.getuid?.() !== 0)('fmt over a read-only version folder: the files before it are not rewritten either', async () => {
    const root = copyCorpus()
    chownTree(root, 65534)
    chownSync(path.join(root, 'sec-text/6.17'), 0, 0)
    chmodSync(path.join(root, 'sec-text/6.17'), 0o755)
    for (const version of ['5.19', '5.20', '6.17', '6.21']) {
      const file = path.join(root, 'sec-text', version, 'section-g.md')
      writeFileSync(file, readFileSync(file, 'utf8').replace('# Section G: Security\n', '# Section G: Security\n\n\n'))
    }
    const before = snapshot(root)
    const result = await runAsync(['fmt'], {cwd: root, asUser: 65534})
    expect(result.status, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/Cannot write sec-text\/6\.17\/section-g\.md: permission denied \(EACCES\), expected a writable location; nothing was written/)
    expect(changedPaths(before, snapshot(root))).toEqual([])
  })
})

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid)
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory()) chownTree(path.join(dir, entry.name), uid)
    else chownSync(path.join(dir, entry.name), uid, uid)
  }
}
