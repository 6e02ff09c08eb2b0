import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/errors.js'
import {describeFailure} from '../read/read-text.js'
import {cleanStaleTemporaries, notifyOnStderr, removeQuietly, temporaryPathFor, type Notify} from './temporary-paths.js'
import {writeFileSet} from './write-file-set.js'

/**
 * Writes a file so that it is never seen half-written: the data goes to a temporary file beside
 * the target, which is then renamed over it. A failure leaves the target as it was.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, notify: Notify = notifyOnStderr): void {
  writeFileSet([{file, data}], notify)
}

/**
 * Builds a folder's files in a temporary sibling folder (`.redline-tmp-<pid>-<random>-<name>`),
 * then renames it into place; on any failure the temporary folder is removed and `target` is
 * untouched. Refuses an existing target. Stale temporaries of killed runs beside it are removed first.
 */
export function writeFolderAtomic(target: string, files: ReadonlyArray<{name: string; data: string | Uint8Array}>, notify: Notify = notifyOnStderr): void {
  const parent = path.dirname(target)
  cleanStaleTemporaries(parent, notify)
  const temporary = temporaryPathFor(target)
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
        : `Cannot write ${target}: ${describeFailure(error)}, expected a writable location; nothing was written`,
      {file: target, start: {line: 1, column: 1}}
    )
  }
}
