import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
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

/**
 * Spawns `redline <args>` in `cwd` without colour. The default is a pristine copy of the sample
 * corpus shared by the test file ({@link sampleCorpus}), never the repository itself, so a
 * drafter's own records under `modifications/` cannot change what a test sees.
 */
export function runCli(args: readonly string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string} = {}): CliResult {
  const inherited: NodeJS.ProcessEnv = {...process.env}
  delete inherited.FORCE_COLOR
  const env: NodeJS.ProcessEnv = {...inherited, NO_COLOR: '1', ...options.env}
  if (options.env && 'NO_COLOR' in options.env && options.env.NO_COLOR === undefined) delete env.NO_COLOR
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? sampleCorpus(),
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    // The full-size corpus's reports run to megabytes (the default buffer is 1 MB).
    maxBuffer: 256 << 20
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * The change records of the sample corpus: those the stored versions' manifests list. Records a
 * drafter adds under `modifications/` (drafts, not yet in a version) are not part of it, so tests
 * stay hermetic while a drafter works in the repository.
 */
export function sampleRecordIds(from: string = repoRoot): string[] {
  const ids = new Set<string>()
  for (const version of readdirSync(path.join(from, 'sec-text'), {withFileTypes: true})) {
    if (!version.isDirectory()) continue
    let manifest: string
    try {
      manifest = readFileSync(path.join(from, 'sec-text', version.name, 'manifest.yaml'), 'utf8')
    } catch {
      continue
    }
    const changes = /^changes:\n((?:[ \t]+-.*\n?)*)/m.exec(manifest)?.[1] ?? ''
    for (const match of changes.matchAll(/-\s*"?([A-Za-z0-9._-]+)"?/g)) ids.add(match[1] as string)
  }
  return [...ids].sort()
}

/**
 * A fresh temporary copy of the sample corpus (sec-text/, the records its versions list, the
 * modifications README and the config), for tests that write. `from` is the repository to copy.
 */
export function copyCorpus(from: string = repoRoot): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-'))
  const copy = (entry: string): void => {
    try {
      cpSync(path.join(from, entry), path.join(dir, entry), {recursive: true})
    } catch {
      // The entry is optional.
    }
  }
  copy('sec-text')
  copy('redline.config.yaml')
  copy('modifications/README.md')
  for (const id of sampleRecordIds(from)) copy(`modifications/${id}`)
  return dir
}

let shared: string | undefined

/** One copy of the sample corpus per test file, for commands that only read (the default `cwd` of {@link runCli}). */
export function sampleCorpus(): string {
  shared ??= copyCorpus()
  return shared
}
