import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import type {CliResult} from '../helpers/cli.js'

/** Every file under `dir` (hidden ones too) with its content: to prove nothing was written. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name)
      if (statSync(full).isDirectory()) visit(full)
      else out[path.relative(dir, full)] = readFileSync(full, 'utf8')
    }
  }
  visit(dir)
  return out
}

/** Exit 2 with a message matching `pattern`, and no stack trace. */
export function expectInputError(result: CliResult, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern)
  expect(result.status).toBe(2)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}
