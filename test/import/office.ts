import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Files one soffice run converts at most: LibreOffice 7.4 stops after 247 of 400 and still exits 0. */
const BATCH = 200

/**
 * Converts many files with few LibreOffice runs (starting soffice is the slow part), each into
 * `outDir` under its own name with the new extension. `filter` as soffice takes it:
 * `docx:MS Word 2007 XML`. Uses a private profile so parallel runs never share one. A file soffice
 * did not write is an error naming it (soffice exits 0 without it).
 */
export function sofficeConvert(files: readonly string[], filter: string, outDir: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-i11-import-'))
  const extension = filter.split(':')[0] ?? filter
  try {
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH)
      const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...batch], {encoding: 'utf8', timeout: 170_000})
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`)
      const missing = batch.find((file) => !existsSync(path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`)))
      if (missing !== undefined) throw new Error(`soffice exited 0 without converting ${missing} (to ${extension} in ${outDir})`)
    }
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
