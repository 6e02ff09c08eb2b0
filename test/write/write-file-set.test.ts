import {chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/errors.js'
import {cleanStaleTemporaries} from '../../src/write/temporary-paths.js'
import {writeFileSet} from '../../src/write/write-file-set.js'

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'file-set-'))
const quiet = (): void => undefined

describe('writing a set of files, all or nothing', () => {
  it('writes every file and leaves no temporary', () => {
    const dir = fresh()
    writeFileSet([{file: path.join(dir, 'a.md'), data: 'a'}, {file: path.join(dir, 'sub/b.md'), data: new Uint8Array([98])}], quiet)
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('a')
    expect(readFileSync(path.join(dir, 'sub/b.md'), 'utf8')).toBe('b')
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'sub'])
  })

  it('when a later file cannot be written, the earlier ones keep their previous bytes', () => {
    const dir = fresh()
    writeFileSync(path.join(dir, 'a.md'), 'old a')
    mkdirSync(path.join(dir, 'b.md')) // a folder where the set wants a file
    expect(() => writeFileSet([{file: path.join(dir, 'a.md'), data: 'new a'}, {file: path.join(dir, 'b.md'), data: 'b'}], quiet)).toThrow(InputError)
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('old a')
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md'])
  })

  it('writes through a symbolic link, which stays a link', () => {
    const dir = fresh()
    writeFileSync(path.join(dir, 'real.md'), 'old')
    symlinkSync('real.md', path.join(dir, 'link.md'))
    writeFileSet([{file: path.join(dir, 'link.md'), data: 'new'}], quiet)
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(dir, 'link.md'))).toBe('real.md')
    expect(readFileSync(path.join(dir, 'real.md'), 'utf8')).toBe('new')
  })

  it('keeps the mode of a file it replaces', () => {
    const dir = fresh()
    writeFileSync(path.join(dir, 'run.sh'), 'old')
    chmodSync(path.join(dir, 'run.sh'), 0o750)
    writeFileSet([{file: path.join(dir, 'run.sh'), data: 'new'}], quiet)
    expect(lstatSync(path.join(dir, 'run.sh')).mode & 0o777).toBe(0o750)
  })
})

describe('stale temporaries', () => {
  it('removes those of processes that have gone, saying so, and keeps those of running ones', () => {
    const dir = fresh()
    const gone = '.redline-tmp-2147483646-0badf00d-section-g.md'
    const running = `.redline-tmp-${process.pid}-0badf00d-section-h.md`
    for (const name of [gone, running, '.other-hidden']) writeFileSync(path.join(dir, name), 'x')
    mkdirSync(path.join(dir, '.redline-tmp-2147483645-00c0ffee-6.22'))
    const notes: string[] = []
    cleanStaleTemporaries(dir, (text) => notes.push(text))
    expect(readdirSync(dir).sort()).toEqual(['.other-hidden', running])
    expect(notes.sort()).toEqual([
      `removed ${path.join(dir, '.redline-tmp-2147483645-00c0ffee-6.22')}, a temporary left by an interrupted sec-redline run (process 2147483645)`,
      `removed ${path.join(dir, gone)}, a temporary left by an interrupted sec-redline run (process 2147483646)`
    ])
  })
  it('puts back a previous folder whose replacement never arrived (killed between the two renames of rebase --write)', () => {
    const dir = fresh()
    mkdirSync(path.join(dir, '.redline-tmp-2147483646-0badf00d-MP087.previous'))
    writeFileSync(path.join(dir, '.redline-tmp-2147483646-0badf00d-MP087.previous/legal-text.md'), 'kept')
    const notes: string[] = []
    cleanStaleTemporaries(dir, (text) => notes.push(text))
    expect(readFileSync(path.join(dir, 'MP087/legal-text.md'), 'utf8')).toBe('kept')
    expect(notes[0]).toMatch(/^restored MP087 in .* from \.redline-tmp-2147483646-0badf00d-MP087\.previous/)
  })
})
