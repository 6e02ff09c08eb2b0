import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The real CLI entry, as `npx redline` runs it (built by `npm run build`, which `npm test` runs first). */
export const cliPath = path.join(repoRoot, 'bin/redline.js')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Spawns `redline <args>` in `cwd` (default: the repository root) without colour. */
export function runCli(args: readonly string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string} = {}): CliResult {
  const inherited: NodeJS.ProcessEnv = {...process.env}
  delete inherited.FORCE_COLOR
  const env: NodeJS.ProcessEnv = {...inherited, NO_COLOR: '1', ...options.env}
  if (options.env && 'NO_COLOR' in options.env && options.env.NO_COLOR === undefined) delete env.NO_COLOR
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: 'utf8',
    input: options.input ?? ''
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A fresh temporary copy of the sample corpus (sec-text/, modifications/ and the config), for tests that write. */
export function copyCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-'))
  for (const entry of ['sec-text', 'modifications', 'redline.config.yaml']) {
    try {
      cpSync(path.join(repoRoot, entry), path.join(dir, entry), {recursive: true})
    } catch {
      // The entry is optional.
    }
  }
  return dir
}
