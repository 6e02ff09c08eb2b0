/**
 * `redline import`: the whole synthetic 1x SEC (20 Sections, about 2.5 MB of text) as ONE Word
 * document, imported and compared with the stored 9.0 (`--check`, which must exit 0: the import
 * gives back every section file byte for byte). The docx is written by pandoc from the section
 * files (our annex writer writes redlines, not whole Sections). The peer is pandoc reading the
 * same docx into markdown. Targets: at most 3 s per 2.6 MB of text, peak at most 300 MB.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

const SECONDS_PER_2_6_MB = 3
const PEAK_MB = 300

export default async function importBench({corpus, cli, measure, table}) {
  const root = path.join(corpus, '1x')
  const version = path.join(root, 'sec-text', '9.0')
  const files = readdirSync(version).filter((name) => /^section-[a-z]\.md$/.test(name)).sort()
  // One consolidated document: every section file's body after its frontmatter.
  const markdown = files.map((name) => readFileSync(path.join(version, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')).join('\n')
  const textMB = Buffer.byteLength(markdown) / 1e6
  const work = mkdtempSync(path.join(tmpdir(), 'import-bench-'))
  const docx = path.join(work, 'sec-9.0.docx')
  const written = spawnSync('pandoc', ['-f', 'commonmark', '-t', 'docx', '-o', docx], {input: markdown, encoding: 'utf8', maxBuffer: 1 << 30})
  if (written.status !== 0 || !existsSync(docx)) {
    console.log(`pandoc could not write the docx: ${written.stderr}`)
    return false
  }
  const check = mkdtempSync(path.join(tmpdir(), 'import-bench-root-'))
  cpSync(path.join(root, 'sec-text', '9.0'), path.join(check, 'sec-text', '9.0'), {recursive: true})
  const ours = measure(process.execPath, [cli, '--root', check, 'import', docx, '--as', '9.0', '--check'], {repeat: 3, timeout: 120_000})
  const peer = measure('pandoc', ['-f', 'docx', '-t', 'markdown', docx], {repeat: 3, timeout: 120_000})
  const budget = (SECONDS_PER_2_6_MB * textMB) / 2.6
  console.log(table([
    [`one docx, ${files.length} Sections, ${textMB.toFixed(2)} MB of text (${(statSync(docx).size / 1e6).toFixed(2)} MB docx)`, 'wall (median of 3)', 'peak memory', 'exit'],
    ['redline import --check (equals the stored 9.0)', `${ours.seconds.toFixed(2)} s`, `${ours.peakMB.toFixed(0)} MB`, ours.status],
    ['pandoc -f docx -t markdown (peer)', `${peer.seconds.toFixed(2)} s`, `${peer.peakMB.toFixed(0)} MB`, peer.status]
  ]))
  const ok = ours.status === 0 && ours.seconds <= budget && ours.peakMB <= PEAK_MB
  if (ours.status !== 0) console.log(ours.stderr.slice(0, 2000))
  console.log(`target: ≤ ${budget.toFixed(2)} s (3 s per 2.6 MB) and ≤ ${PEAK_MB} MB — ${ok ? 'met' : 'MISSED'}`)
  rmSync(work, {recursive: true, force: true})
  rmSync(check, {recursive: true, force: true})
  return ok
}
