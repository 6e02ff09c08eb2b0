import {chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, realpathSync, renameSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/errors.js'
import {describeFailure} from '../read/read-text.js'
import {cleanStaleTemporaries, notifyOnStderr, removeQuietly, temporaryPathFor, type Notify} from './temporary-paths.js'

/** One file of a set: where it goes and its bytes, rendered before anything is written. */
export interface OutputFile {
  /** The path to write; a symbolic link is written through (the link stays, its target gets the bytes). */
  file: string
  data: string | Uint8Array
}

interface Planned {
  shown: string
  target: string
  temporary: string
  backup?: string
  existed: boolean
  data: string | Uint8Array
}

/**
 * Writes a set of files all or nothing. Every file is first written to a temporary name beside
 * its target (`.redline-tmp-<pid>-<random>-<name>`); only when all are written are they renamed
 * into place, each previous file kept as a hard link until every rename has succeeded. On any
 * failure what was written is removed and every previous file restored, so the set on disk is
 * either all old or all new. Stale temporaries of killed runs in the target folders are removed first.
 */
export function writeFileSet(files: readonly OutputFile[], notify: Notify = notifyOnStderr): void {
  const plans = files.map((file) => plan(file))
  const created: string[] = []
  for (const dir of new Set(plans.map((p) => path.dirname(p.target)))) {
    try {
      const first = mkdirSync(dir, {recursive: true})
      if (first !== undefined) created.push(first)
    } catch (error) {
      undo(plans, created)
      throw cannotWrite(dir, error)
    }
    cleanStaleTemporaries(dir, notify)
  }
  let current: Planned | undefined
  try {
    for (current of plans) {
      writeFileSync(current.temporary, current.data)
      if (current.existed) chmodSync(current.temporary, statSync(current.target).mode & 0o7777)
    }
    for (current of plans) {
      if (!current.existed) continue
      current.backup = temporaryPathFor(current.target, '.previous')
      try {
        linkSync(current.target, current.backup)
      } catch {
        copyFileSync(current.target, current.backup)
      }
    }
  } catch (error) {
    undo(plans, created)
    throw cannotWrite(current?.shown ?? '', error)
  }
  const renamed: Planned[] = []
  try {
    for (current of plans) {
      renameSync(current.temporary, current.target)
      renamed.push(current)
    }
  } catch (error) {
    for (const done of renamed) {
      try {
        if (done.backup) renameSync(done.backup, done.target)
        else removeQuietly(done.target)
      } catch {
        // Restoring failed too: the error below names the file; the previous text is in the backup.
      }
    }
    undo(plans, created)
    throw cannotWrite(current?.shown ?? '', error)
  }
  for (const done of plans) if (done.backup) removeQuietly(done.backup)
}

/** Where a file goes: a symbolic link is resolved, so that the link itself stays a link. */
function plan(file: OutputFile): Planned {
  let target = file.file
  let existed = false
  try {
    const stats = lstatSync(file.file)
    existed = true
    if (stats.isSymbolicLink()) target = realpathSync(file.file)
    if (statSync(target).isDirectory()) throw Object.assign(new Error('is a folder'), {code: 'EISDIR'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A missing file, or a folder on its path that is a file: the folder is made (or named) below.
    if (existed || (code !== 'ENOENT' && code !== 'ENOTDIR')) throw cannotWrite(file.file, error)
  }
  return {shown: file.file, target, temporary: temporaryPathFor(target), existed, data: file.data}
}

function undo(plans: readonly Planned[], created: readonly string[]): void {
  for (const planned of plans) {
    removeQuietly(planned.temporary)
    if (planned.backup) removeQuietly(planned.backup)
  }
  for (const dir of created) removeQuietly(dir)
}

function cannotWrite(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  return new InputError(`Cannot write ${file}: ${describeFailure(error)}, expected a writable location; nothing was written`, {file, start: {line: 1, column: 1}})
}
