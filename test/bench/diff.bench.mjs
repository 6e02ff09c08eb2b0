/**
 * `redline diff` at full-SEC scale, beside `git diff --no-index --word-diff` and a naive
 * whole-file jsdiff `diffWords`, on the synthetic corpus (1x, 4x, adversarial). Checks the
 * targets of issue 5 and writes the figures to test/bench/.corpus/diff-results.json.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'

const NAIVE = `
import {readdirSync, readFileSync} from 'node:fs'
import {diffWords} from 'diff'
const [a, b] = process.argv.slice(1)
let changes = 0
for (const name of readdirSync(a).filter((n) => n.endsWith('.md')).sort()) {
  const parts = diffWords(readFileSync(a + '/' + name, 'utf8'), readFileSync(b + '/' + name, 'utf8'))
  changes += parts.filter((p) => p.added || p.removed).length
}
console.log(changes)
`

const fmt = (m) => (m.timedOut ? 'timeout' : `${m.seconds.toFixed(3)} s`)
const mem = (m) => (Number.isNaN(m.peakMB) ? '?' : `${m.peakMB.toFixed(0)} MB`)

export default async function diffBench({corpus, stats, cli, root, measure, table}) {
  const results = {}
  const rows = [['corpus', 'size', 'redline json', 'mem', 'redline html', 'mem', 'git word-diff', 'jsdiff diffWords', 'mem']]
  for (const name of ['1x', '4x', 'adversarial']) {
    const dir = path.join(corpus, name)
    const a = path.join(dir, 'sec-text', '9.0')
    const b = path.join(dir, 'sec-text', '9.1')
    const json = measure('node', [cli, '--root', dir, 'diff', '9.0', '9.1', '--format', 'json'], {repeat: 5})
    const html = measure('node', [cli, '--root', dir, 'diff', '9.0', '9.1', '--format', 'html'], {repeat: 5})
    if (json.status !== 0 || html.status !== 0) throw new Error(`redline diff failed on ${name}: ${json.stderr || html.stderr}`)
    const git = measure('git', ['diff', '--no-index', '--word-diff', '--no-color', a, b], {repeat: 5})
    const naive = measure('node', ['--input-type=module', '-e', NAIVE, a, b], {repeat: 1, timeout: 60_000, cwd: root})
    results[name] = {json, html, git, naive, megabytes: stats[name].before.bytes / 1e6, provisions: stats[name].before.provisions}
    rows.push([name, `${(stats[name].before.bytes / 1e6).toFixed(1)} MB`, fmt(json), mem(json), fmt(html), mem(html), fmt(git), fmt(naive), mem(naive)])
  }
  console.log(table(rows))
  const one = results['1x']
  const worst = Math.max(one.json.seconds, one.html.seconds)
  const targets = [
    ['end to end (1x) < 0.5 s', worst < 0.5, `${worst.toFixed(3)} s`],
    ['within 10x git word-diff (1x)', worst <= 10 * one.git.seconds, `${(worst / one.git.seconds).toFixed(1)}x`],
    ['peak memory < 200 MB (1x)', Math.max(one.json.peakMB, one.html.peakMB) < 200, `${Math.max(one.json.peakMB, one.html.peakMB).toFixed(0)} MB`],
    ['4x corpus within 4.5x the time', results['4x'].json.seconds <= 4.5 * one.json.seconds, `${(results['4x'].json.seconds / one.json.seconds).toFixed(2)}x`],
    ['adversarial < 5 s, no hang', !results.adversarial.json.timedOut && Math.max(results.adversarial.json.seconds, results.adversarial.html.seconds) < 5, `${Math.max(results.adversarial.json.seconds, results.adversarial.html.seconds).toFixed(3)} s`]
  ]
  console.log(`\n${table([['target', 'met', 'measured'], ...targets.map(([what, ok, value]) => [what, ok ? 'yes' : 'NO', value])])}`)
  writeFileSync(path.join(corpus, 'diff-results.json'), JSON.stringify({results, targets}, null, 2))
  return targets.every(([, ok]) => ok)
}
