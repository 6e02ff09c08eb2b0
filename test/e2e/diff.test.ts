import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import type {DiffJson} from '../../src/render/diff-json.js'
import {cliPath, repoRoot, runCli} from '../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

const json = (args: string[], cwd?: string): DiffJson => {
  const result = runCli(['diff', ...args, '--format', 'json'], {cwd})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as DiffJson
}

let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sec-redline-diff-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** A working copy of 6.17 with edits: a renumbered clause, a [Not used] clause, a new clause and a changed cross-heading. */
function workingCopy(): string {
  const dir = path.join(work, `draft-${Math.random().toString(36).slice(2)}`)
  cpSync(path.join(repoRoot, 'sec-text/6.17'), dir, {recursive: true})
  const file = path.join(dir, 'section-g.md')
  let text = readFileSync(file, 'utf8')
  text = text.replace('**G3.21** Any arrangements', '**G3.22** Any arrangements')
  text = text.replace(/\*\*G3\.19\*\* [^\n]*/, '**G3.19** [Not used]')
  text = text.replace('### Manufacturers: Duty to Notify and Be Notified', '### Manufacturers and Developers: Duty to Notify')
  text = `${text}\n**G3.23** Each User shall keep a record of every notification made under Section G3.18 <script>alert(1)</script>.\n`
  writeFileSync(file, text)
  return dir
}

describe('redline diff', () => {
  it('6.17 → 6.21 reports exactly one changed provision, G3.20(b), with the MP087 insertion, naming MP087', () => {
    const diff = json(['6.17', '6.21'])
    expect(diff.schema).toBe('sec-redline/diff@2')
    expect(diff.changeRecords.ids).toEqual(['MP087'])
    expect(diff.changes).toHaveLength(1)
    const [change] = diff.changes
    expect(change?.kind).toBe('changed')
    expect(change?.id).toBe('G3.20(b)')
    expect(change?.redline.text.filter((run) => run.type !== 'equal')).toEqual([{type: 'insert', text: ' which forms part of a SMETS2+ Device'}])
    expect(diff.summary.totals).toMatchObject({changed: 1, added: 0, deleted: 0, 'not-used': 0, moved: 0, headings: 0, unchanged: 11})
  })

  it('5.19 → 5.20 reports G3.17(b) in every format', () => {
    expect(json(['5.19', '5.20']).changes.map((c) => [c.kind, c.id])).toEqual([['changed', 'G3.17(b)']])
    const term = runCli(['diff', '5.19', '5.20'])
    expect(term.status).toBe(0)
    expect(term.stdout).toContain('changed G3.17(b)')
    expect(term.stdout).toContain('Gas Proxy Function[+ which forms part of a SMETS2+ Device+])')
    expect(term.stdout).toContain('change records: SEC520')
    const md = runCli(['diff', '5.19', '5.20', '--format', 'md'])
    expect(md.stdout).toContain('<ins> which forms part of a SMETS2+ Device</ins>')
    expect(md.stdout).toContain('**G3.17(b)**: changed')
  })

  it('says "no changes" and exits 0 for identical versions', () => {
    const result = runCli(['diff', '6.17', '6.17'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('no changes')
    expect(runCli(['diff', '6.17', '6.17', '--exit-code']).status).toBe(0)
    expect(runCli(['diff', '6.17', '6.21', '--exit-code']).status).toBe(1)
  })

  it('compares a working copy folder: renumbered, [Not used], added and heading changes', () => {
    const diff = json(['6.17', workingCopy()])
    const kinds = diff.changes.map((c) => [c.kind, c.oldId, c.newId])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['not-used', 'G3.19', 'G3.19'],
        ['moved', 'G3.21', 'G3.22'],
        ['added', null, 'G3.23']
      ])
    )
    expect(diff.changes.find((c) => c.kind === 'moved')?.similarity).toBe(1)
    expect(diff.headings).toEqual([
      expect.objectContaining({kind: 'changed', level: 'cross-heading', before: 'Manufacturers: Duty to Notify and Be Notified', after: 'Manufacturers and Developers: Duty to Notify'})
    ])
    const added = diff.changes.find((c) => c.kind === 'added')
    expect(acceptRuns(added?.redline.text ?? [])).toContain('<script>alert(1)</script>')
    expect(diff.changeRecords.direction).toBe('same')
  })

  it('filters by --section and --clause, and rejects unknown ones with suggestions', () => {
    expect(json(['6.17', '6.21', '--clause', 'G3.20']).changes).toHaveLength(1)
    expect(json(['6.17', '6.21', '--clause', 'G3.17']).changes).toHaveLength(0)
    expect(json(['6.17', '6.21', '--clause', 'G3.20(b)']).changes).toHaveLength(1)
    expect(json(['6.17', '6.21', '--clause', 'G3.20(a)']).changes).toHaveLength(0)
    expect(json(['6.17', '6.21', '--section', 'G']).changes).toHaveLength(1)
    const section = runCli(['diff', '6.17', '6.21', '--section', 'H'])
    expect(section.status).toBe(2)
    expect(section.stderr).toContain("Unknown section 'H'")
    const clause = runCli(['diff', '6.17', '6.21', '--clause', 'G3.200'])
    expect(clause.status).toBe(2)
    expect(clause.stderr).toContain("did you mean 'G3.20'")
  })

  it('fails on an unknown version with suggestions, exit 2, no stack trace', () => {
    const result = runCli(['diff', '6.71', '6.21'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unknown version '6.71'")
    expect(result.stderr).toMatch(/did you mean .*'6.17'/)
    expect(result.stderr).not.toContain('    at ')
  })

  it('fails on a path not in the corpus format with file:line:col, exit 2', () => {
    const dir = workingCopy()
    const file = path.join(dir, 'section-g.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for which', '- (c) (where applicable) any Smart Metering System (excluding) for which'))
    const result = runCli(['diff', '6.17', dir])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/section-g\.md:\d+:\d+: Unexpected label \(c\) after \(a\) in G3\.20, expected \(b\)/)
    const notSection = path.join(work, 'notes.txt')
    writeFileSync(notSection, 'hello')
    const odd = runCli(['diff', '6.17', notSection])
    expect(odd.status).toBe(2)
    expect(odd.stderr).toContain('notes.txt:1:1: Unexpected file')
    const noFrontmatter = path.join(work, 'bare')
    mkdirSync(noFrontmatter, {recursive: true})
    writeFileSync(path.join(noFrontmatter, 'section-g.md'), '# Section G: Security\n')
    const bare = runCli(['diff', '6.17', noFrontmatter])
    expect(bare.status).toBe(2)
    expect(bare.stderr).toContain('section-g.md:1:1: Unexpected start of section file')
  })

  it('fails on mismatched sections, exit 2', () => {
    const dir = path.join(work, 'h')
    mkdirSync(dir, {recursive: true})
    writeFileSync(path.join(dir, 'section-h.md'), '---\nsection: "H"\ntitle: "DCC Services"\nversion: "6.17"\n---\n\n# Section H: DCC Services\n\n**H1.1** Text.\n')
    const result = runCli(['diff', 'sec-text/6.17/section-g.md', path.join(dir, 'section-h.md')])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unexpected Section H')
    expect(result.stderr).toContain('expected Section G')
  })

  it('writes --out whole, and gives the same bytes every run', () => {
    const out = path.join(work, 'diff.html')
    const result = runCli(['diff', '5.19', '5.20', '--format', 'html', '--out', out])
    expect(result.status).toBe(0)
    expect(existsSync(out)).toBe(true)
    const first = readFileSync(out, 'utf8')
    runCli(['diff', '5.19', '5.20', '--format', 'html', '--out', out])
    expect(readFileSync(out, 'utf8')).toBe(first)
    expect(runCli(['diff', '5.19', '5.20', '--format', 'json']).stdout).toBe(runCli(['diff', '5.19', '5.20', '--format', 'json']).stdout)
  })

  it('--summary prints counts only; --context prints the whole clause', () => {
    const summary = runCli(['diff', '6.17', '6.21', '--summary'])
    expect(summary.stdout).toContain('1 changed, 11 unchanged')
    expect(summary.stdout).not.toContain('[+')
    const context = runCli(['diff', '6.17', '6.21', '--context'])
    expect(context.stdout).toContain('(a) the manufacturers of the hardware')
    expect(context.stdout).toContain('[+ which forms part of a SMETS2+ Device+]')
  })

  it('diffs the synthetic full-size corpus, and every change reads back to the text on each side', async () => {
    const root = path.join(work, 'full')
    await generateCorpus(root, {scale: 1, seed: 5})
    // The generator releases its 40 drafted change records (30 on Sections, 10 on Appendices and Schedules) onto 9.0: verify proves 9.1 is exactly that.
    expect(runCli(['--root', root, 'verify']).status).toBe(0)
    const result = runCli(['--root', root, 'diff', '9.0', '9.1', '--format', 'json'])
    expect(result.status).toBe(0)
    const diff = JSON.parse(result.stdout) as DiffJson
    expect(diff.changeRecords.ids).toEqual(Array.from({length: 40}, (_, i) => `MP${301 + i}`))
    const t = diff.summary.totals
    expect(t.changed + t.added + t.deleted + t['not-used'] + t.moved).toBeGreaterThan(100)
    expect(t.moved).toBeGreaterThan(0)
    expect(t['not-used']).toBeGreaterThan(0)
    expect(t.headings).toBeGreaterThan(0)
    for (const change of diff.changes) {
      const texts = [change.redline.text, change.redline.tail]
      for (const runs of texts) {
        if (change.kind === 'added') expect(rejectRuns(runs)).toBe('')
        if (change.kind === 'deleted') expect(acceptRuns(runs)).toBe('')
      }
    }
  })
  it('stops quietly when the reader stops reading (| head), with no error or stack trace', async () => {
    const root = path.join(work, 'full-epipe')
    await generateCorpus(root, {scale: 1, seed: 5})
    for (const format of ['json', 'md', 'term']) {
      const script = `"${process.execPath}" "${cliPath}" --root "${root}" diff 9.0 9.1 --format ${format} | head -c 10; exit "\${PIPESTATUS[0]}"`
      const result = spawnSync('bash', ['-c', script], {cwd: repoRoot, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      expect(result.stdout).toHaveLength(10)
    }
  })
})
