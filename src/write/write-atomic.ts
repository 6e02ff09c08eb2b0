import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {InputError} from '../diagnostics/errors.js'

/**
 * Writes a file so that it is never seen half-written: the data goes to a temporary file beside
 * the target, which is then renamed over it. A failure leaves the target as it was.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file)
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    mkdirSync(dir, {recursive: true})
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  } catch (error) {
    removeQuietly(temporary)
    throw new InputError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a writable location`, {
      file,
      start: {line: 1, column: 1}
    })
  }
}

/**
 * Builds a folder's files in a temporary sibling folder, then renames it into place; on any
 * failure the temporary folder is removed and `target` is untouched. Refuses an existing target.
 */
export function writeFolderAtomic(target: string, files: ReadonlyArray<{name: string; data: string | Uint8Array}>): void {
  const parent = path.dirname(target)
  const temporary = path.join(parent, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    mkdirSync(temporary, {recursive: true})
    for (const file of files) {
      const destination = path.join(temporary, file.name)
      mkdirSync(path.dirname(destination), {recursive: true})
      writeFileSync(destination, file.data)
    }
    renameSync(temporary, target)
  } catch (error) {
    removeQuietly(temporary)
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      code === 'ENOTEMPTY' || code === 'EEXIST'
        ? `Cannot write ${target}: it exists already, expected a new folder`
        : `Cannot write ${target}: ${code ?? (error as Error).message}, expected a writable location`,
      {file: target, start: {line: 1, column: 1}}
    )
  }
}

/** Removes a temporary file or folder if it is there; a path that cannot exist (ENOTDIR) is fine. */
function removeQuietly(target: string): void {
  try {
    rmSync(target, {recursive: true, force: true})
  } catch {
    // Nothing was created there.
  }
}
