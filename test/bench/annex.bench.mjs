/**
 * `redline annex`: MP087 in every format (PDF included) end to end through the CLI (target < 0.5 s), and a
 * synthetic modification amending 200 clauses, timed per format in process (redline once, then
 * each renderer on the same annex).
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const TARGET_SECONDS = 0.5

/** A section with `count` clauses of legal-looking text, and the same with every clause amended. */
function synthetic(count) {
  const words = ['the', 'User', 'shall', 'Device', 'SMETS2+', 'Communications Hub Function', 'notify', 'Security Sub-Committee', '15 Working Days', '£1,200', 'Section G3.18(a)', 'arrangements', 'reasonably', 'practicable']
  const text = (seed, length) => Array.from({length}, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ')
  const clause = (n, edit) => ({
    kind: 'clause', id: `G${Math.floor(n / 50) + 1}.${n + 1}`, text: text(n, 30) + (edit ? ' which forms part of a SMETS2+ Device' : ''),
    items: ['a', 'b', 'c'].map((label, i) => ({kind: 'sub-paragraph', id: `G${Math.floor(n / 50) + 1}.${n + 1}(${label})`, label, text: edit && i === 1 ? text(n + i, 20).replace('shall', 'must') : text(n + i, 20), items: [], tail: ''})),
    tail: text(n + 5, 15)
  })
  const section = (edit) => ({letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G1', title: null, groups: Array.from({length: 20}, (_, g) => ({heading: `Cross-heading ${g + 1}`, clauses: Array.from({length: count / 20}, (_, k) => clause(g * (count / 20) + k, edit))}))}]})
  return [section(false), section(true)]
}

/** The page count of a PDF (its page tree's /Count). */
function pdfPages(pdf) {
  return /\/Type \/Pages\n\/Count (\d+)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? '?'
}

function time(run, repeat = 3) {
  const times = []
  let result
  for (let i = 0; i < repeat; i++) {
    const started = process.hrtime.bigint()
    result = run()
    times.push(Number(process.hrtime.bigint() - started) / 1e9)
  }
  return {seconds: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], result}
}

async function timeAsync(run, repeat = 3) {
  const times = []
  let result
  for (let i = 0; i < repeat; i++) {
    const started = process.hrtime.bigint()
    result = await run()
    times.push(Number(process.hrtime.bigint() - started) / 1e9)
  }
  return {seconds: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], result}
}

export default async function annexBench({cli, root, measure, table}) {
  const out = mkdtempSync(path.join(tmpdir(), 'annex-bench-'))
  const mp087 = measure(process.execPath, [cli, '--root', root, 'annex', 'MP087', '--format', 'all', '--out', out], {repeat: 5})
  const startup = measure(process.execPath, [cli, '--version'], {repeat: 5})
  const terminal = measure(process.execPath, [cli, '--root', root, 'annex', 'MP087'], {repeat: 5})
  rmSync(out, {recursive: true, force: true})
  const ok = mp087.status === 0 && mp087.seconds < TARGET_SECONDS
  console.log(table([
    ['MP087', 'wall (median of 5)', 'peak memory', 'exit'],
    ['annex --format all (md, html, docx, pdf, instructions)', `${mp087.seconds.toFixed(3)} s`, `${mp087.peakMB.toFixed(0)} MB`, mp087.status],
    ['annex (terminal)', `${terminal.seconds.toFixed(3)} s`, `${terminal.peakMB.toFixed(0)} MB`, terminal.status],
    ['redline --version (CLI start-up alone)', `${startup.seconds.toFixed(3)} s`, `${startup.peakMB.toFixed(0)} MB`, startup.status]
  ]))
  console.log(`target: < ${TARGET_SECONDS} s end to end for MP087 in all formats — ${ok ? 'met' : 'MISSED'}`)

  const lib = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href)
  const [before, after] = synthetic(200)
  const meta = {id: 'SYN200', title: 'Synthetic: 200 amended clauses', base: 'x', legalTextVersion: '0.1', classification: 'White', author: {name: 'Bench', date: '2020-01-01'}}
  const redline = time(() => lib.redlineSections([before], [after]))
  const annex = lib.buildAnnex(meta, redline.result, 'heading')
  const rows = [['200 amended clauses', 'time (median of 3)', 'output']]
  rows.push(['redline (shared)', `${redline.seconds.toFixed(3)} s`, `${annex.changed.length} changed clauses`])
  const size = (value) => `${(typeof value === 'string' ? Buffer.byteLength(value) : value.length) / 1024 | 0} KB`
  for (const [name, render] of [
    ['md', () => lib.renderAnnexMarkdown(annex)],
    ['html', () => lib.renderAnnexHtml(annex)],
    ['instructions', () => lib.renderAnnexInstructions(annex)],
    ['terminal', () => lib.renderAnnexTerminal(annex, {color: true})]
  ]) {
    const measured = time(render)
    rows.push([name, `${measured.seconds.toFixed(3)} s`, size(measured.result)])
  }
  const docx = await timeAsync(() => lib.renderAnnexDocx(annex))
  rows.push(['docx', `${docx.seconds.toFixed(3)} s`, size(docx.result)])
  const pdf = await timeAsync(() => lib.renderAnnexPdf(annex))
  rows.push(['pdf', `${pdf.seconds.toFixed(3)} s`, `${size(pdf.result)}, ${pdfPages(pdf.result)} pages`])
  console.log(table(rows))
  return ok
}
