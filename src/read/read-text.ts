import {type Dirent, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/errors.js'

/**
 * The one way text enters the tool. Bytes are decoded as strict UTF-8: a byte sequence that is not
 * UTF-8 is an input error at its file:line:col naming the bytes, never replaced by U+FFFD; a byte
 * order mark is refused (legal text is never altered silently, so it is neither kept nor dropped).
 * Read failures (permissions, a file where a folder is expected, loops) are input errors naming
 * the path and the reason.
 */

const fatal = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decodes UTF-8 bytes strictly; `file` is the path shown in messages. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new InputError(
      'Unexpected byte order mark (bytes EF BB BF) at the start of the file, expected UTF-8 without a byte order mark (remove it; sec-redline never drops bytes silently)',
      {file, start: {line: 1, column: 1}}
    )
  }
  try {
    return fatal.decode(bytes)
  } catch {
    const {offset, length} = firstInvalidSequence(bytes)
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1
    const line = countNewlines(bytes, lineStart) + 1
    const column = fatal.decode(bytes.subarray(lineStart, offset)).length + 1
    const shown = [...bytes.subarray(offset, offset + length)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')
    throw new InputError(`Invalid UTF-8: bytes ${shown} at byte offset ${offset}, expected UTF-8 text (fix the file's encoding; nothing is replaced)`, {
      file,
      start: {line, column}
    })
  }
}

/** Reads a text file strictly (see `decodeUtf8`). `shown` is the path used in messages. */
export function readText(file: string, shown = file): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw readFailure(error, shown, 'a readable file')
  }
  return decodeUtf8(bytes, shown)
}

/** A file of the corpus at `root`, by its path relative to the root; refuses a link leading outside the root. */
export function readCorpusText(root: string, relative: string): string {
  const file = path.join(root, relative)
  checkInsideRoot(root, file, relative)
  return readText(file, relative)
}

/** The entries of a folder; a read failure is an input error naming the folder. */
export function listFolder(dir: string, shown = dir): Dirent[] {
  try {
    return readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    throw readFailure(error, shown, 'a readable folder')
  }
}

/** What is at a path: a file, a folder, nothing, or something else (a device, a socket). Fails on other read errors. */
export function pathKind(file: string, shown = file): 'file' | 'folder' | 'missing' | 'other' {
  try {
    const stats = statSync(file)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'missing'
    throw readFailure(error, shown, 'a readable path')
  }
}

/**
 * Refuses a corpus path that resolves (through symbolic links) outside the corpus root: the
 * corpus is what is under the root, and a link must not pull other files into the legal text.
 */
export function checkInsideRoot(root: string, file: string, shown: string): void {
  let real: string
  let realRoot: string
  try {
    // The system's realpath: one call, where the JavaScript one reads every folder of the path again for each file.
    realRoot = realpathSync.native(root)
    real = realpathSync.native(file)
  } catch {
    return // Missing or unreadable: the read that follows names the problem.
  }
  const relative = path.relative(realRoot, real)
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return
  throw new InputError(`Unexpected symbolic link: ${shown} leads to ${real}, outside the corpus root ${realRoot}; expected corpus files inside the root`, {
    file: shown,
    start: {line: 1, column: 1}
  })
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  ELOOP: 'too many symbolic links (a loop)',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EEXIST: 'it exists already',
  ENOTEMPTY: 'the folder is not empty',
  EXDEV: 'it is on another device',
  EBUSY: 'it is busy'
}

/** A file system error as the reader should see it: `permission denied (EACCES)`. */
export function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === undefined) return error instanceof Error ? error.message : String(error)
  return `${REASONS[code] ?? 'failed'} (${code})`
}

/** An input error for a failed read of `shown`. */
export function readFailure(error: unknown, shown: string, expected: string): InputError {
  if (error instanceof InputError) return error
  return new InputError(`Cannot read ${shown}: ${describeFailure(error)}, expected ${expected}`, {file: shown, start: {line: 1, column: 1}})
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++
  return count
}

/** The offset and length (1 to 4 bytes) of the first sequence that is not UTF-8 (RFC 3629). */
function firstInvalidSequence(bytes: Uint8Array): {offset: number; length: number} {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let low = 0x80
    let high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) low = 0xa0
      if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) low = 0x90
      if (b === 0xf4) high = 0x8f
    } else return {offset: i, length: invalidRun(bytes, i)}
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      if (c === undefined || c < min || c > max) return {offset: i, length: Math.max(k, invalidRun(bytes, i))}
    }
    i += need + 1
  }
  return {offset: bytes.length, length: 0}
}

/** How many bytes from `start` to show: the run of non-ASCII bytes, at most 4. */
function invalidRun(bytes: Uint8Array, start: number): number {
  let end = start + 1
  while (end < bytes.length && end - start < 4 && (bytes[end] ?? 0) >= 0x80) end++
  return end - start
}
