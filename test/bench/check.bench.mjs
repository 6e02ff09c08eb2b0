/**
 * `redline check --all` on the synthetic full-size corpus (1x: two versions of about 15,000
 * provisions and 2.5 MB each), beside a plain remark parse of the same files. Target of issue 6:
 * under 1 s. Writes the figures to test/bench/.corpus/check-results.json.
 *
 * The synthetic text is random legal-sounding prose, so the rules find thousands of things to
 * report (dangling references, list punctuation); the run measures the whole command, reporting
 * included, in the stylish and JSON formats.
 *
 * The target is for the five rules of issue 6: the run that is judged turns `consequential-changes`
 * off (a copy of the corpus with a configuration: the tool refuses links that lead outside its root); the whole default check, that rule
 * included, is printed beside it, and consequential.bench.mjs measures what that rule adds.
 */
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const REMARK = `
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
const parser = unified().use(remarkParse)
let nodes = 0
for (const dir of process.argv.slice(1)) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) nodes += parser.parse(readFileSync(dir + '/' + name, 'utf8')).children.length
}
console.log(nodes)
`

const fmt = (m) => (m.timedOut ? 'timeout' : `${m.seconds.toFixed(3)} s`)
const mem = (m) => (Number.isNaN(m.peakMB) ? '?' : `${m.peakMB.toFixed(0)} MB`)

export default async function checkBench({corpus, stats, cli, root, measure, table}) {
  const dir = path.join(corpus, '1x')
  const versions = ['9.0', '9.1'].map((v) => path.join(dir, 'sec-text', v))
  const fiveRules = mkdtempSync(path.join(tmpdir(), 'redline-check-bench-'))
  for (const entry of ['sec-text', 'modifications']) cpSync(path.join(dir, entry), path.join(fiveRules, entry), {recursive: true})
  writeFileSync(path.join(fiveRules, 'redline.config.yaml'), 'rules:\n  consequential-changes: off\n')
  const stylish = measure('node', [cli, '--root', fiveRules, 'check', '--all'], {repeat: 5})
  const json = measure('node', [cli, '--root', fiveRules, 'check', '--all', '--format', 'json'], {repeat: 5})
  const everyRule = measure('node', [cli, '--root', dir, 'check', '--all'], {repeat: 5})
  rmSync(fiveRules, {recursive: true, force: true})
  const remark = measure('node', ['--input-type=module', '-e', REMARK, ...versions], {repeat: 3, cwd: root, timeout: 120_000})
  for (const run of [stylish, json, everyRule]) if (run.status !== 0 && run.status !== 1) throw new Error(`redline check failed: ${run.stderr}`)
  const megabytes = (stats['1x'].before.bytes + stats['1x'].after.bytes) / 1e6
  console.log(
    table([
      ['corpus', 'size', 'check --all (stylish)', 'mem', 'check --all (json)', 'mem', 'with consequential-changes', 'mem', 'remark parse', 'mem'],
      ['1x, 2 versions', `${megabytes.toFixed(1)} MB`, fmt(stylish), mem(stylish), fmt(json), mem(json), fmt(everyRule), mem(everyRule), fmt(remark), mem(remark)]
    ])
  )
  const target = 1
  const ok = stylish.seconds < target
  console.log(`redline check --all: ${stylish.seconds.toFixed(3)} s (target < ${target} s: ${ok ? 'met' : 'NOT met'}), remark parse alone ${remark.seconds.toFixed(3)} s`)
  writeFileSync(path.join(corpus, 'check-results.json'), `${JSON.stringify({stylish, json, everyRule, remark, megabytes, target, ok}, null, 2)}\n`)
}
