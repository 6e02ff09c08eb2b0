import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'

// The second rename into place fails (as a full or vanished device might make it).
let renames = 0
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (path.basename(to) === 'b.md' && ++renames === 1) throw Object.assign(new Error('EIO: i/o error, rename'), {code: 'EIO'})
      fs.renameSync(from, to)
    }
  }
})

const {writeFileSet} = await import('../../src/write/write-file-set.js')

describe('a rename that fails half way through a set', () => {
  it('puts back the files already renamed, removes new ones and every temporary', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'file-set-rename-'))
    writeFileSync(path.join(dir, 'a.md'), 'old a')
    writeFileSync(path.join(dir, 'b.md'), 'old b')
    const files = [
      {file: path.join(dir, 'a.md'), data: 'new a'},
      {file: path.join(dir, 'new.md'), data: 'new'},
      {file: path.join(dir, 'b.md'), data: 'new b'}
    ]
    expect(() => writeFileSet(files, () => undefined)).toThrow(/Cannot write .*b\.md: input\/output error \(EIO\)/)
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('old a')
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('old b')
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md'])
  })
})
