import {chmodSync, rmSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {copyCorpus} from '../../helpers/cli.js'
import {CASES} from './cases.js'
import {changedPaths, runAsync, snapshot} from './corpus-tree.js'
import {outsideFolders} from './mutations.js'

const NOBODY = 65534
const isRoot = process.getuid?.() === 0
const roots: string[] = []
afterAll(() => {
  for (const root of [...roots, ...outsideFolders]) {
    chmodAll(root)
    rmSync(root, {recursive: true, force: true})
  }
})

describe('every bad input is a clear error at its place, exit 2, and changes nothing', () => {
  it('holds at least 100 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(100))

  // Permission cases need a reader that permissions stop: root reads a chmod 000 file, so the CLI
  // runs as nobody under setpriv (as root, here and in CI). Elsewhere they are skipped.
  describe.concurrent.each(CASES)('$name', (testCase) => {
    it.skipIf(testCase.asNobody === true && !isRoot)(`redline ${testCase.args.join(' ')}`, async () => {
      const root = copyCorpus()
      roots.push(root)
      if (testCase.asNobody) chmodSync(root, 0o755)
      const place = testCase.place ?? testCase.setup?.(root) ?? ''
      if (testCase.place !== undefined) testCase.setup?.(root)
      const before = snapshot(root)
      const result = await runAsync(testCase.args, {cwd: root, asUser: testCase.asNobody ? NOBODY : undefined})
      expect(result.status, result.stderr).toBe(testCase.status ?? 2)
      expect(result.stderr, result.stderr).toMatch(testCase.message)
      if (place !== '') expect(result.stderr, result.stderr).toContain(place)
      expect(result.stderr).not.toMatch(/internal error|^\s+at /m)
      expect(changedPaths(before, snapshot(root))).toEqual([])
    })
  })
})

/** Gives back the permissions a case took away, so the copy can be removed. */
function chmodAll(root: string): void {
  for (const file of ['', 'sec-text', 'sec-text/6.17', 'sec-text/6.17/section-g.md', 'sec-text/6.17/manifest.yaml', 'modifications', 'modifications/MP087/legal-text.md', 'redline.config.yaml']) {
    try {
      chmodSync(path.join(root, file), 0o755)
    } catch {
      // Not there in this case.
    }
  }
}
