import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, copyCorpus, runCli} from '../helpers/cli.js'
import {pandoc} from '../import/office.js'

/** Section G of 6.17 as pandoc writes it to Word, in a corpus copy. */
function sectionDocx(): {root: string; docx: string} {
  const root = copyCorpus()
  const docx = path.join(mkdtempSync(path.join(tmpdir(), 'redline-progress-')), 'g.docx')
  pandoc(['-f', 'commonmark', '-t', 'docx', '-o', docx], readFileSync(path.join(root, 'sec-text/6.17/section-g.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, ''))
  return {root, docx}
}

/** Runs the CLI with standard output and error on a pseudo-terminal (util-linux `script`), CI unset unless given. */
function onTerminal(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const command = [process.execPath, cliPath, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')
  const clean: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', TERM: 'xterm', ...env}
  if (!('CI' in env)) delete clean.CI
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd, env: clean, encoding: 'utf8', timeout: 60_000})
  expect(result.status).toBe(0)
  return result.stdout
}

describe('import progress', () => {
  it('draws a progress line on a terminal (standard error), then clears it before the result', () => {
    const {root, docx} = sectionDocx()
    const out = onTerminal(['import', docx, '--as', '6.17', '--check'], root)
    expect(out).toMatch(/\r\u001b\[Kreading g\.docx/)
    // The line is cleared: what follows it starts at the line's beginning.
    expect(out).toMatch(/\r\u001b\[K\S*g\.docx: kept \d+/)
    expect(out).toContain('import equals sec-text/6.17/ (section-g.md)')
  })

  it('draws none under CI, nor when standard error is piped', () => {
    const {root, docx} = sectionDocx()
    expect(onTerminal(['import', docx, '--as', '6.17', '--check'], root, {CI: 'true'})).not.toContain('\u001b[K')
    const piped = runCli(['import', docx, '--as', '6.17', '--check'], {cwd: root})
    expect(piped.stderr).toMatch(/^\S*g\.docx: kept \d+[^\n]*\n$/)
    expect(piped.status).toBe(0)
  })
})
