#!/usr/bin/env node
/**
 * `npm run bench`: generates the synthetic corpus when missing (test/bench/generate-corpus.mjs),
 * then runs every `test/bench/*.bench.mjs`, in name order, one after another.
 *
 * A benchmark file exports `default async function (bench)`, where `bench` holds:
 * - `corpus`: the folder of the generated corpora (`1x/`, `4x/`, `adversarial/`, `twins-1x/`, `twins-4x/`, each a corpus
 *   root with `sec-text/9.0/` and `sec-text/9.1/`), and `stats` (their sizes);
 * - `cli`: the path of `bin/redline.js`;
 * - `measure(command, args, options)`: runs a child process `repeat` times (default 3) and answers
 *   the median wall time in seconds (and CPU time, `cpuSeconds`), the peak memory in MB
 *   (`/usr/bin/time` where present, else the child's maxRSS as Node reports it), the exit code and the size of its output;
 * - `table(rows)`: prints rows of cells as an aligned table.
 *
 * Usage: node test/bench/run.mjs [name-filter]   (annex, check, diff, modify)
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {generate} from './generate-corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', '..')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

// coreutils `timeout` stands between `time` and the command, so a run that overruns is ended
// itself: a spawnSync timeout would end only `time` and leave the command running on.
const TIMEOUT = existsSync('/usr/bin/timeout') ? '/usr/bin/timeout' : null

function measureOnce(command, args, {cwd = root, timeout = 60_000, env} = {}) {
  const limited = TIMEOUT ? [TIMEOUT, '--kill-after=5', `${timeout / 1000}`, command, ...args] : [command, ...args]
  const full = TIME ? [TIME, ['-f', '__RSS_KB__=%M __CPU__=%U+%S', ...limited]] : [limited[0], limited.slice(1)]
  const started = process.hrtime.bigint()
  const result = spawnSync(full[0], full[1], {cwd, timeout: timeout + 10_000, env: {...process.env, ...env}, maxBuffer: 1 << 30, encoding: 'buffer'})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  let rssKb = NaN
  const stderr = result.stderr?.toString('utf8') ?? ''
  const marker = /__RSS_KB__=(\d+)/.exec(stderr)
  if (marker) rssKb = Number(marker[1])
  else if (result.status !== null) rssKb = NaN
  // The child's CPU time (user + system): on a machine shared with other work it varies less than the wall time.
  const cpu = /__CPU__=([\d.]+)\+([\d.]+)/.exec(stderr)
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN
  return {
    seconds,
    cpuSeconds,
    peakMB: rssKb / 1024,
    status: result.status,
    timedOut: result.error?.code === 'ETIMEDOUT' || (TIMEOUT !== null && (result.status === 124 || result.status === 137)),
    outputBytes: result.stdout?.length ?? 0,
    stderr: stderr.replace(/__RSS_KB__=\d+ __CPU__=[\d.+]+\n?/, '')
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export function measure(command, args, options = {}) {
  const repeat = options.repeat ?? 3
  const runs = []
  for (let i = 0; i < repeat; i++) {
    const run = measureOnce(command, args, options)
    runs.push(run)
    if (run.timedOut) break
  }
  const last = runs[runs.length - 1]
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    status: last.status,
    timedOut: runs.some((r) => r.timedOut),
    outputBytes: last.outputBytes,
    stderr: last.stderr
  }
}

export function table(rows) {
  const widths = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)))
  return rows.map((row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')).join('\n')
}

const filter = process.argv[2]
const corpus = path.join(here, '.corpus')
const stats = await generate(corpus, {quiet: false})
const files = readdirSync(here).filter((name) => name.endsWith('.bench.mjs') && (!filter || name.includes(filter))).sort()
let failed = false
for (const file of files) {
  console.log(`\n== ${file} ==`)
  const module = await import(pathToFileURL(path.join(here, file)).href)
  const ok = await module.default({corpus, stats, cli: path.join(root, 'bin', 'redline.js'), root, measure, table})
  if (ok === false) failed = true
}
if (failed) {
  console.log('\nsome targets were missed (see above)')
  process.exitCode = 1
}
