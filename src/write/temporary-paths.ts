import {randomBytes} from 'node:crypto'
import {existsSync, readdirSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import {isTemporaryName, temporaryName, temporaryOwner} from '../model/temporary-names.js'

/** Says something to the user about a write (a stale temporary removed); default: standard error. */
export type Notify = (text: string) => void

export const notifyOnStderr: Notify = (text) => void process.stderr.write(`redline: ${text}\n`)

/** A fresh temporary path beside `target`: `<dir>/.redline-tmp-<pid>-<random>-<name>`. */
export function temporaryPathFor(target: string, suffix = ''): string {
  return path.join(path.dirname(target), temporaryName(`${path.basename(target)}${suffix}`, randomBytes(4).toString('hex')))
}

/**
 * Removes the temporary files and folders in `dir` whose writer is no longer running (a write
 * killed before it could clean up), saying so for each. A folder that cannot be listed is left
 * to the write that follows, which names the problem.
 */
export function cleanStaleTemporaries(dir: string, notify: Notify = notifyOnStderr): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!isTemporaryName(name)) continue
    const owner = temporaryOwner(name)
    if (owner === undefined || isRunning(owner)) continue
    const stale = path.join(dir, name)
    const shown = path.isAbsolute(stale) && !path.relative(process.cwd(), stale).startsWith('..') ? path.relative(process.cwd(), stale) : stale
    // A previous file or folder whose replacement never arrived (killed between two renames) is put back.
    const target = previousOf(dir, name)
    if (target !== undefined && !existsSync(target)) {
      try {
        renameSync(stale, target)
        notify(`restored ${path.basename(target)} in ${path.dirname(shown)} from ${name}, left by an interrupted sec-redline run (process ${owner})`)
        continue
      } catch {
        // Fall through: say it cannot be removed either.
      }
    }
    try {
      rmSync(stale, {recursive: true, force: true})
      notify(`removed ${shown}, a temporary left by an interrupted sec-redline run (process ${owner})`)
    } catch {
      notify(`cannot remove ${shown}, a temporary left by an interrupted sec-redline run (process ${owner}); remove it by hand`)
    }
  }
}

/** The path a `.previous` temporary was kept for, or undefined for other temporaries. */
function previousOf(dir: string, name: string): string | undefined {
  const match = /^\.redline-tmp-\d+-[0-9a-f]+-(.+)\.previous$/.exec(name)
  return match?.[1] === undefined ? undefined : path.join(dir, match[1])
}

/** Removes a path if it is there; nothing to remove is fine. */
export function removeQuietly(target: string): void {
  try {
    rmSync(target, {recursive: true, force: true})
  } catch {
    // Nothing was created there, or it cannot be removed: the caller's error says what went wrong.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
