import {randomBytes} from 'node:crypto'
import {readdirSync, rmSync} from 'node:fs'
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
    try {
      rmSync(stale, {recursive: true, force: true})
      notify(`removed ${shown}, a temporary left by an interrupted sec-redline run (process ${owner})`)
    } catch {
      notify(`cannot remove ${shown}, a temporary left by an interrupted sec-redline run (process ${owner}); remove it by hand`)
    }
  }
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
