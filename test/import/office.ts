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
