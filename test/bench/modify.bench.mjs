/**
 * Change records at full-SEC scale: on the synthetic corpus (1x and 4x), `redline mod new` drafts
 * one modification per edited section file (the drafter's flow: an edited copy of the section),
 * then `redline release` applies all of them to 9.0 and must give 9.1's text exactly. Beside it,
 * the generic way to build a version from a base and a change: GNU `patch` applying a unified diff
 * of the two folders. Also `redline verify` on the generated corpus, whose 9.1 the generator
 * built as 9.0 plus its change records: it rebuilds 9.1 from them and compares. Writes the
 * figures to test/bench/.corpus/modify-results.json.
 */
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'

const fmt = (m) => (m.timedOut ? 'timeout' : `${m.seconds.toFixed(3)} s`)
const mem = (m) => (Number.isNaN(m.peakMB) ? '?' : `${m.peakMB.toFixed(0)} MB`)
const body = (file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')

export default async function modifyBench({corpus, stats, cli, measure, table}) {
  const rows = [['corpus', 'size', 'mod new (per section)', 'mem', 'release (all records)', 'mem', 'patch (unified diff)', 'verify (9.1 = 9.0 + records)']]
  const results = {}
  let ok = true
  for (const name of ['1x', '4x']) {
    const verify = measure('node', [cli, '--root', path.join(corpus, name), 'verify'], {repeat: 3})
    ok &&= verify.status === 0
    const source = path.join(corpus, name, 'sec-text')
    const root = path.join(corpus, `modify-${name}`)
    rmSync(root, {recursive: true, force: true})
    mkdirSync(path.join(root, 'modifications'), {recursive: true})
    for (const version of ['9.0', '9.1']) cpSync(path.join(source, version), path.join(root, 'sec-text', version), {recursive: true})
    const edited = path.join(root, 'sec-text', '9.1')
    const files = readdirSync(edited).filter((file) => file.startsWith('section-')).sort()
    // The drafter's working copies: 9.0's files edited into 9.1's text (their frontmatter still names 9.0).
    const copies = path.join(root, 'edited')
    mkdirSync(copies, {recursive: true})
    const drafts = files.map((file, index) => {
      const id = `MPB${String(index + 1).padStart(2, '0')}`
      writeFileSync(path.join(copies, file), readFileSync(path.join(edited, file), 'utf8').replace(/^version: "9\.1"$/m, 'version: "9.0"'))
      const run = measure('node', [cli, '--root', root, 'mod', 'new', id, '--base', '9.0', '--from', path.join(copies, file)], {repeat: 1})
      if (run.status !== 0) throw new Error(`mod new ${id} failed: ${run.stderr}`)
      return {id, run}
    })
    const ids = drafts.map((d) => d.id)
    const release = measure('sh', ['-c', `rm -rf sec-text/9.2 && node "${cli}" release --base 9.0 --as 9.2 ${ids.join(' ')}`], {cwd: root, repeat: 3})
    if (release.status !== 0) throw new Error(`release failed: ${release.stderr}`)
    const exact = files.every((file) => body(path.join(root, 'sec-text', '9.2', file)) === body(path.join(edited, file)))
    ok &&= exact
    const diff = spawnSync('diff', ['-ruN', '9.0', '9.1'], {cwd: path.join(root, 'sec-text'), maxBuffer: 1 << 30})
    writeFileSync(path.join(root, 'release.diff'), diff.stdout)
    const patch = measure('sh', ['-c', 'rm -rf sec-text/p && cp -r sec-text/9.0 sec-text/p && patch -s -p1 -d sec-text/p < release.diff'], {cwd: root, repeat: 3})
    const draftSeconds = drafts.reduce((sum, d) => sum + d.run.seconds, 0) / drafts.length
    const draftMB = Math.max(...drafts.map((d) => d.run.peakMB))
    results[name] = {megabytes: stats[name].before.bytes / 1e6, records: ids.length, draftSeconds, draftMB, release, patch, exact, verify}
    rows.push([name, `${(stats[name].before.bytes / 1e6).toFixed(1)} MB`, `${draftSeconds.toFixed(3)} s`, `${draftMB.toFixed(0)} MB`, `${fmt(release)}${exact ? '' : ' (WRONG TEXT)'}`, mem(release), fmt(patch), `${fmt(verify)}${verify.status === 0 ? '' : ' (FAILED)'} (${stats[name].records} records)`])
    rmSync(root, {recursive: true, force: true})
  }
  console.log(table(rows))
  console.log(`release of ${results['1x'].records} drafted records rebuilds the edited text exactly: ${ok ? 'yes' : 'NO'}`)
  writeFileSync(path.join(corpus, 'modify-results.json'), `${JSON.stringify(results, null, 2)}\n`)
  return ok
}
