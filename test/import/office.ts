import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * The most files one soffice run is given. soffice reads at most 254 command-line arguments and
 * silently drops the rest, exiting 0 (measured with LibreOffice 7.4: of 300 files it converted the
 * first 247 beside our 7 other arguments, and 245 with two arguments more), so longer lists are
 * converted in runs of this many, each with a fresh profile.
 */
const FILES_PER_RUN = 200

/**
 * Converts many files with as few LibreOffice runs as it takes (starting soffice is the slow part),
 * each into `outDir` under its own name with the new extension. `filter` as soffice takes it:
 * `docx:MS Word 2007 XML`. Uses a private profile so parallel runs never share one. Fails loudly,
 * naming the file it stopped at, where a run fails, runs out of time or leaves a file unconverted.
 */
export function sofficeConvert(files: readonly string[], filter: string, outDir: string): void {
  const extension = filter.split(':')[0] ?? filter
  for (let start = 0; start < files.length; start += FILES_PER_RUN) {
    const chunk = files.slice(start, start + FILES_PER_RUN)
    const profile = mkdtempSync(path.join(tmpdir(), 'lo-i11-import-'))
    try {
      // A second a file is five times what a loaded machine takes; the start-up gets its own minute.
      const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...chunk], {encoding: 'utf8', timeout: 60_000 + 1000 * chunk.length})
      const missing = chunk.findIndex((file) => !existsSync(path.join(outDir, `${path.parse(file).name}.${extension}`)))
      if (result.status !== 0 || missing >= 0) {
        const done = start + (missing >= 0 ? missing : chunk.length)
        throw new Error(`soffice failed (exit ${result.status}, signal ${result.signal ?? 'none'}${result.error ? `, ${result.error.message}` : ''}) after ${done} of ${files.length} files, at ${files[done] ?? 'the end'}: ${result.stderr}`)
      }
    } finally {
      rmSync(profile, {recursive: true, force: true})
    }
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

/**
 * A PDF LibreOffice writes from HTML as a drafter's document would be: HTML to Word (Writer lays
 * tables out at their widths), then Word to PDF, in a fresh folder. Answers the folder and the PDF
 * (`<dir>/pdf/<name>.pdf`; the Word file is `<dir>/<name>.docx`).
 */
export function pdfByLibreOffice(html: string, name: string): {dir: string; pdf: string} {
  const dir = mkdtempSync(path.join(tmpdir(), `redline-${name}-`))
  writeFileSync(path.join(dir, `${name}.html`), html)
  sofficeConvert([path.join(dir, `${name}.html`)], 'docx:MS Word 2007 XML', dir)
  sofficeConvert([path.join(dir, `${name}.docx`)], 'pdf', path.join(dir, 'pdf'))
  return {dir, pdf: path.join(dir, 'pdf', `${name}.pdf`)}
}
