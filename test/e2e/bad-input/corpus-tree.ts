import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {lstatSync, readdirSync, readFileSync, readlinkSync} from 'node:fs'
import path from 'node:path'
import {cliPath} from '../../helpers/cli.js'

/**
 * Every path under `root` with its type, mode and a hash of its bytes (a link: where it leads),
 * without following links: two equal snapshots mean nothing under the root changed.
 */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (relative: string): void => {
    const full = path.join(root, relative)
    const stats = lstatSync(full)
    const mode = (stats.mode & 0o7777).toString(8)
    if (stats.isSymbolicLink()) out.set(relative, `link ${readlinkSync(full)}`)
    else if (stats.isDirectory()) {
      out.set(relative, `folder ${mode}`)
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name))
    } else if (stats.isFile()) out.set(relative, `file ${mode} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`)
    else out.set(relative, `other ${mode}`)
  }
  visit('.')
  return out
}

/** The paths whose entry differs between two snapshots: added, removed or changed. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = []
  for (const [file, entry] of after) if (before.get(file) !== entry) changed.push(file)
  for (const file of before.keys()) if (!after.has(file)) changed.push(file)
  return changed.sort()
}

export interface Run {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Spawns the real CLI in `cwd` without colour, as root or (with `asUser`) under another uid by setpriv. */
export function runAsync(args: readonly string[], options: {cwd: string; asUser?: number}): Promise<Run> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'}
  delete env.FORCE_COLOR
  delete env.DEBUG
  const command = options.asUser === undefined ? [process.execPath, cliPath, ...args] : ['setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', process.execPath, cliPath, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(command[0] ?? '', command.slice(1), {cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({status, signal, stdout, stderr}))
  })
}
