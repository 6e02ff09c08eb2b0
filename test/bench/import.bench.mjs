/**
 * `redline import`: the whole synthetic 1x SEC (20 Sections, Schedules 5, 8, 9 and 11 and 40
 * Appendices, about 2.9 MB of text) as ONE Word document, imported and compared with the stored
 * 9.0 (`--check`, which must exit 0: the import gives back every Section, Schedule and Appendix
 * file byte for byte). The docx is written by pandoc from the document files (our annex writer
 * writes redlines, not whole documents); an Appendix's document version is a "Document version:
 * V3.2" line under its title, as the import reads it. The peer is pandoc reading the same docx
 * into markdown. The same documents are also written as HTML (each paragraph indented by its
 * depth) and converted by LibreOffice into one docx, imported the same way.
 * Targets: at most 3 s per 2.6 MB of text, peak at most 300 MB.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const SECONDS_PER_2_6_MB = 3
const PEAK_MB = 300

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The sections as HTML a drafter might write: headings, and each paragraph indented 1 cm per depth. */
function sectionsHtml(sections) {
  const out = []
  const p = (depth, text, term) => out.push(`<p style="margin-left:${depth + 1}cm">${term === undefined ? '' : `<b>${escapeHtml(term)}</b> `}${escapeHtml(text)}</p>`)
  const cells = (tag, row) => `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`
  const table = (provision) => {
    if (provision.table) out.push(`<table>${cells('th', provision.table.header)}${provision.table.rows.map((row) => cells('td', row.cells)).join('')}</table>`)
  }
  const body = (provision, depth) => {
    table(provision)
    for (const item of provision.items) {
      // A definition: its term in bold, then its meaning.
      if (item.term !== undefined) p(depth + 1, item.text, item.term)
      else p(depth + 1, `(${item.label})${item.text === '' ? '' : ` ${item.text}`}`)
      body(item, depth + 1)
    }
    if (provision.tail !== '') p(depth, provision.tail)
  }
  // An Appendix's or Schedule's own numbering: `AB:2.11` is printed 2.11, `Sch11:3` is 3.
  const local = (id) => id.replace(/^[^:]*:/, '')
  const names = {section: 'Section', appendix: 'Appendix', schedule: 'Schedule'}
  for (const s of sections) {
    out.push(`<h1>${escapeHtml(`${names[s.kind ?? 'section']} ${s.letter}: ${s.title}`)}</h1>`)
    if (s.documentVersion !== undefined) out.push(`<p>${escapeHtml(`Document version: ${s.documentVersion}`)}</p>`)
    for (const part of s.parts) {
      if (part.id !== null) out.push(`<h2>${escapeHtml(part.title === null ? local(part.id) : `${local(part.id)} ${part.title}`)}</h2>`)
      for (const group of part.groups) {
        if (group.heading !== null) out.push(`<h3>${escapeHtml(group.heading)}</h3>`)
        for (const clause of group.clauses) {
          p(0, clause.text === '' ? local(clause.id) : `${local(clause.id)} ${clause.text}`)
          body(clause, 0)
        }
      }
    }
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>SEC</title></head><body>\n<p>Synthetic SEC (illustrative)</p>\n${out.join('\n')}\n</body></html>\n`
}

export default async function importBench({corpus, cli, root: repo, measure, table}) {
  const root = path.join(corpus, '1x')
  const version = path.join(root, 'sec-text', '9.0')
  const lib = await import(pathToFileURL(path.join(repo, 'dist', 'index.js')).href)
  const {compareDocumentFiles} = await import(pathToFileURL(path.join(repo, 'dist', 'model', 'document-files.js')).href)
  // Every document file, in the code's order: Sections, Schedules, Appendices.
  const files = readdirSync(version).filter((name) => name !== 'manifest.yaml').sort(compareDocumentFiles)
  const counts = {section: 0, schedule: 0, appendix: 0}
  for (const name of files) counts[/^[a-z]+/.exec(name)[0]]++
  // One consolidated document: every file's body after its frontmatter; an Appendix's document version as a line under its title.
  const body = (text) => {
    const documentVersion = /^document-version: "(.*)"$/m.exec(text)?.[1]
    const rest = text.replace(/^---\n[\s\S]*?\n---\n\n/, '')
    return documentVersion === undefined ? rest : rest.replace(/^(# .*\n)/, `$1\nDocument version: ${documentVersion}\n`)
  }
  const markdown = files.map((name) => body(readFileSync(path.join(version, name), 'utf8'))).join('\n')
  const textMB = Buffer.byteLength(markdown) / 1e6
  const work = mkdtempSync(path.join(tmpdir(), 'import-bench-'))
  const docx = path.join(work, 'sec-9.0.docx')
  // CommonMark with pipe tables (the corpus's tables); definitions are list items with the term in bold.
  const written = spawnSync('pandoc', ['-f', 'commonmark+pipe_tables', '-t', 'docx', '-o', docx], {input: markdown, encoding: 'utf8', maxBuffer: 1 << 30})
  if (written.status !== 0 || !existsSync(docx)) {
    console.log(`pandoc could not write the docx: ${written.stderr}`)
    return false
  }
  const check = mkdtempSync(path.join(tmpdir(), 'import-bench-root-'))
  // The stored version to compare with: every Section, Schedule and Appendix, as the docx holds them.
  cpSync(path.join(root, 'sec-text', '9.0'), path.join(check, 'sec-text', '9.0'), {recursive: true})
  // In-force statuses are frontmatter the Word text does not carry: the stored files to compare with are read without them.
  for (const name of files) {
    const file = path.join(check, 'sec-text', '9.0', name)
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status:\n(?: {2}.*\n)+/m, ''))
  }
  const ours = measure(process.execPath, [cli, '--root', check, 'import', docx, '--as', '9.0', '--check'], {repeat: 3, timeout: 120_000})
  const peer = measure('pandoc', ['-f', 'docx', '-t', 'markdown', docx], {repeat: 3, timeout: 120_000})
  // LibreOffice from HTML: one conversion, then the same import.
  const html = path.join(work, 'sec-9.0-lo.html')
  writeFileSync(html, sectionsHtml(lib.openCorpus(root).version('9.0').sections))
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-i11-bench-'))
  const converted = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(work, 'lo'), html], {encoding: 'utf8', timeout: 300_000})
  rmSync(profile, {recursive: true, force: true})
  const loDocx = path.join(work, 'lo', 'sec-9.0-lo.docx')
  const lo = converted.status === 0 && existsSync(loDocx) ? measure(process.execPath, [cli, '--root', check, 'import', loDocx, '--as', '9.0', '--check'], {repeat: 3, timeout: 120_000}) : undefined
  const budget = (SECONDS_PER_2_6_MB * textMB) / 2.6
  console.log(table([
    [`one docx, ${counts.section} Sections, ${counts.schedule} Schedules, ${counts.appendix} Appendices, ${textMB.toFixed(2)} MB of text`, 'wall (median of 3)', 'peak memory', 'exit'],
    [`redline import --check, pandoc's docx (${(statSync(docx).size / 1e6).toFixed(2)} MB; equals the stored 9.0)`, `${ours.seconds.toFixed(2)} s`, `${ours.peakMB.toFixed(0)} MB`, ours.status],
    ...(lo ? [[`redline import --check, LibreOffice's docx from HTML (${(statSync(loDocx).size / 1e6).toFixed(2)} MB)`, `${lo.seconds.toFixed(2)} s`, `${lo.peakMB.toFixed(0)} MB`, lo.status]] : [['LibreOffice could not convert the HTML', '', '', converted.status]]),
    ['pandoc -f docx -t markdown of pandoc\'s docx (peer)', `${peer.seconds.toFixed(2)} s`, `${peer.peakMB.toFixed(0)} MB`, peer.status]
  ]))
  const ok = ours.status === 0 && ours.seconds <= budget && ours.peakMB <= PEAK_MB && lo !== undefined && lo.status === 0 && lo.seconds <= budget && lo.peakMB <= PEAK_MB
  if (ours.status !== 0) console.log(ours.stderr.slice(0, 2000))
  if (lo && lo.status !== 0) console.log(lo.stderr.slice(0, 2000))
  console.log(`target: ≤ ${budget.toFixed(2)} s (3 s per 2.6 MB) and ≤ ${PEAK_MB} MB — ${ok ? 'met' : 'MISSED'}`)
  rmSync(work, {recursive: true, force: true})
  rmSync(check, {recursive: true, force: true})
  return ok
}
