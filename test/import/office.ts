import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Converts many files with one LibreOffice run (starting soffice is the slow part), each into
 * `outDir` under its own name with the new extension. `filter` as soffice takes it:
 * `docx:MS Word 2007 XML`. Uses a private profile so parallel runs never share one.
 */
export function sofficeConvert(files: readonly string[], filter: string, outDir: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-i11-import-'))
  try {
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], {encoding: 'utf8', timeout: 170_000})
    if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`)
  } finally {
    rmSync(profile, {recursive: true, force: true})
  }
}

/** Runs pandoc with `args` on `input` (standard input), failing loudly. */
export function pandoc(args: readonly string[], input = ''): void {
  const result = spawnSync('pandoc', args, {input, encoding: 'utf8', timeout: 60_000})
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`)
}

/** Runs pandoc once per job, `parallel` at a time (pandoc starts in about 0.1 s; the machine has 2 cores). */
export async function pandocMany(jobs: ReadonlyArray<{args: readonly string[]; input: string}>, parallel = 2): Promise<void> {
  const {spawn} = await import('node:child_process')
  const one = (job: {args: readonly string[]; input: string}): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn('pandoc', [...job.args], {stdio: ['pipe', 'ignore', 'pipe']})
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc failed: ${stderr}`))))
      child.stdin.end(job.input)
    })
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) await one(jobs[next++] as (typeof jobs)[number])
  }
  await Promise.all(Array.from({length: Math.min(parallel, jobs.length)}, worker))
}
