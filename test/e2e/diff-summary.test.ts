import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/**
 * `redline diff` counts every change it reports once, under its own kind, in every format with a
 * summary (illustrative fixtures, not SEC text).
 */
function copyFixture(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `sec-redline-diff-summary-${name}-`))
  cpSync(path.join(repoRoot, 'test/fixtures', name), root, {recursive: true})
  return root
}

function ok(root: string, ...args: string[]): string {
  const result = runCli(['--root', root, ...args])
  expect(result.status, `redline ${args.join(' ')}: ${result.stderr}`).toBe(0)
  return result.stdout
}

interface Json {
  schema: string
  summary: {totals: Record<string, number>; sections: Array<{counts: Record<string, number>}>}
  changes: Array<{kind: string}>
  headings: unknown[]
  statuses: unknown[]
}

/** The JSON's counts are exactly the changes it lists, kind by kind. */
function expectCountsOfReported(json: Json): void {
  const reported: Record<string, number> = {}
  for (const change of json.changes) reported[change.kind] = (reported[change.kind] ?? 0) + 1
  const {unchanged, headings, statuses, ...kinds} = json.summary.totals
  expect(unchanged).toBeGreaterThan(0)
  expect(Object.fromEntries(Object.entries(kinds).filter(([, n]) => n > 0))).toEqual(reported)
  expect(headings).toBe(json.headings.length)
  expect(statuses).toBe(json.statuses.length)
}

describe('diff summary: every kind counted as itself, in term, md, html and json', () => {
  it('counts a renamed definition as renamed, never moved, and each definition kind apart from the provisions', () => {
    const root = copyFixture('definitions-corpus')
    const json = JSON.parse(ok(root, 'diff', '1.0', '1.1', '--format', 'json')) as Json
    expect(json.schema).toBe('sec-redline/diff@2')
    expect(json.summary.totals).toEqual({
      unchanged: 4, changed: 1, added: 0, deleted: 0, 'not-used': 0, moved: 0,
      'definition-added': 1, 'definition-changed': 2, 'definition-deleted': 1, 'definition-moved': 0, 'definition-renamed': 1,
      'row-added': 0, 'row-changed': 0, 'row-deleted': 0, headings: 0, statuses: 0
    })
    expectCountsOfReported(json)
    const words = '1 changed, 1 definition added, 2 definitions changed, 1 definition deleted, 1 definition renamed, 4 unchanged'
    expect(ok(root, 'diff', '1.0', '1.1', '--summary')).toContain(`Summary\n  A  ${words}\n  total  ${words}\n`)
    const md = ok(root, 'diff', '1.0', '1.1', '--format', 'md', '--summary')
    expect(md).toContain('| Section | Changed | Definitions added | Definitions changed | Definitions deleted | Definitions renamed | Unchanged |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n| A | 1 | 1 | 2 | 1 | 1 | 4 |\n| **Total** | 1 | 1 | 2 | 1 | 1 | 4 |\n')
    expect(md).toContain(`Total: ${words}.`)
    const html = ok(root, 'diff', '1.0', '1.1', '--format', 'html')
    expect(html).toContain('<th>Section</th><th>Changed</th><th>Definitions added</th><th>Definitions changed</th><th>Definitions deleted</th><th>Definitions renamed</th><th>Unchanged</th>')
    expect(html).toContain('<tr><th>Total</th><th>1</th><th>1</th><th>2</th><th>1</th><th>1</th><th>4</th></tr>')
    expect(html).toContain(`<p>Total: ${words}.</p>`)
    // --clause naming one definition counts only what it reports.
    expect(ok(root, 'diff', '1.0', '1.1', '--clause', 'A1.1[Panel]', '--summary')).toContain('total  1 definition renamed, 4 unchanged\n')
  })

  it('counts a definition moved out of alphabetical order as moved in the list', () => {
    const root = copyFixture('definitions-corpus')
    const file = path.join(root, 'sec-text/1.1/section-a.md')
    const lines = readFileSync(file, 'utf8').split('\n')
    const first = lines.findIndex((line) => line.startsWith('- **'))
    const last = lines.findLastIndex((line) => line.startsWith('- **'))
    // The first definition (with its sub-paragraphs, if any) moved after the last.
    let end = first + 1
    while (end < lines.length && lines[end]?.startsWith('  ')) end++
    const moved = lines.splice(first, end - first)
    lines.splice(last - moved.length + 1, 0, ...moved)
    const edited = path.join(mkdtempSync(path.join(tmpdir(), 'sec-redline-diff-summary-drafter-')), 'section-a.md')
    writeFileSync(edited, lines.join('\n'))
    const json = JSON.parse(ok(root, 'diff', '1.1', edited, '--format', 'json')) as Json
    expect(json.summary.totals['definition-moved']).toBe(1)
    expect(json.summary.totals.moved).toBe(0)
    expectCountsOfReported(json)
    expect(ok(root, 'diff', '1.1', edited, '--summary')).toContain('total  1 definition moved, ')
  })

  it('counts in-force status changes, in every format', () => {
    const root = copyFixture('status-corpus')
    const file = path.join(root, 'sec-text/1.1/section-x.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('{lapses: "2027-03-31"}', '{lapses: "2028-03-31"}').replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-07-01"}'))
    const json = JSON.parse(ok(root, 'diff', '1.0', '1.1', '--format', 'json')) as Json
    expect(json.summary.totals.statuses).toBe(2)
    expectCountsOfReported(json)
    expect(ok(root, 'diff', '1.0', '1.1', '--summary')).toMatch(/total {2}1 changed, 2 statuses changed, \d+ unchanged\n/)
    expect(ok(root, 'diff', '1.0', '1.1', '--format', 'md', '--summary')).toMatch(/\| Section \| Changed \| Statuses changed \| Unchanged \|\n[^\n]*\n\| X \| 1 \| 2 \| \d+ \|/)
    expect(ok(root, 'diff', '1.0', '1.1', '--format', 'html')).toMatch(/<th>Changed<\/th><th>Statuses changed<\/th><th>Unchanged<\/th>/)
  })

  it('counts each table row kind apart, in every format', () => {
    const root = copyFixture('tables-corpus')
    const json = JSON.parse(ok(root, 'diff', '1.0', '1.1', '--format', 'json')) as Json
    expect(json.summary.totals).toMatchObject({'row-added': 1, 'row-changed': 2, 'row-deleted': 1})
    expectCountsOfReported(json)
    expect(ok(root, 'diff', '1.0', '1.1', '--summary')).toContain('1 table row added, 2 table rows changed, 1 table row deleted')
    expect(ok(root, 'diff', '1.0', '1.1', '--format', 'md', '--summary')).toContain('| Table rows added | Table rows changed | Table rows deleted |')
    expect(ok(root, 'diff', '1.0', '1.1', '--format', 'html')).toContain('<th>Table rows added</th><th>Table rows changed</th><th>Table rows deleted</th>')
  })
})
