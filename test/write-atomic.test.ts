import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../src/diagnostics/errors.js'
import {writeFileAtomic, writeFolderAtomic} from '../src/write/write-atomic.js'

describe('atomic writes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'))

  it('writes a file and leaves no temporary file', () => {
    writeFileAtomic(path.join(dir, 'a.txt'), 'text')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('text')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('fails with an input error when the path runs through a file', () => {
    writeFileSync(path.join(dir, 'file'), 'x')
    expect(() => writeFileAtomic(path.join(dir, 'file/inner.txt'), 'text')).toThrow(InputError)
    expect(() => writeFolderAtomic(path.join(dir, 'file/folder'), [{name: 'a', data: 'b'}])).toThrow(InputError)
  })

  it('refuses an existing folder and leaves it as it was', () => {
    writeFolderAtomic(path.join(dir, 'v1'), [{name: 'a.md', data: 'one'}])
    expect(() => writeFolderAtomic(path.join(dir, 'v1'), [{name: 'a.md', data: 'two'}])).toThrow(/exists already/)
    expect(readFileSync(path.join(dir, 'v1/a.md'), 'utf8')).toBe('one')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
