#!/usr/bin/env node
/**
 * Deterministic generator of the SEC's subsidiary documents in the corpus format (illustrative,
 * not SEC wording): about 40 Appendices (A … Z, AA … AN), each with its own numbering (parts 1, 2, …;
 * clauses 1.1, 1.2, …) and its own document version (`V3.2`), and Schedules 5, 8, 9 and 11
 * (paragraphs 1, 2, … with sub-paragraphs), plus a Section G that cites them. About half the
 * Appendices hold one to three numbered tables ("Table 2" of the Appendix, cited by its own clause).
 *
 *   node test/bench/generate-appendices.mjs [--out test/bench/.appendices] [--scale 1]
 *
 * `appendixDocuments(seed, options)` gives the files of one version, for `generate-corpus.mjs` to
 * add to its own; `generateAppendicesCorpus(root, options)` writes a whole corpus: `sec-text/9.0/`
 * and `sec-text/9.1/`, where 9.1 is 9.0 after a release (through the library, as `redline mod new
 * --from` and `redline release` do) of change records that amend Appendix clauses and raise their
 * document versions, amend a Schedule paragraph and insert a whole new Appendix. `redline verify`
 * proves it. Needs `npm run build` first. Same seed, same bytes.
 */
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {random} from './seeded-random.mjs'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))


const SUBJECTS = ['the DCC', 'each User', 'the Service User', 'the Panel', 'a Party', 'the Code Administrator', 'each Network Party', 'the Registration Data Provider']
const VERBS = ['shall', 'may', 'shall not', 'shall ensure that it will']
const ACTIONS = ['process', 'acknowledge', 'validate', 'record', 'reject', 'respond to', 'forward']
const OBJECTS = ['each Service Request', 'the Service Response', 'any Alert', 'the relevant Signed Pre-Command', 'each Communication', 'any Anomaly Detection Threshold', 'the Message Mapping Catalogue']
const QUALIFIERS = ['within five Working Days', 'in accordance with Good Industry Practice', 'as soon as is reasonably practicable', 'save where the Panel otherwise determines', 'in the form set out in this Appendix']
const TITLES = ['Service Request Processing Document', 'Message Mapping Catalogue', 'Threshold Anomaly Detection Procedures', 'Incident Management Policy', 'Enrolment and Withdrawal Procedures', 'Inventory Procedures', 'Error Handling Strategy', 'Testing Approach Document', 'Security Requirements', 'Registration Data Interface Specification']
const PART_WORDS = ['Introduction', 'Processing', 'Responses', 'Exceptions', 'Records', 'Timescales', 'Testing', 'Interpretation']

function sentence(r, cite) {
  const words = [r.pick(SUBJECTS), r.pick(VERBS), r.pick(ACTIONS), r.pick(OBJECTS)]
  if (r.chance(0.6)) words.push(r.pick(QUALIFIERS))
  if (cite && r.chance(0.15)) words.push(`as described in ${cite}`)
  return words.join(' ')
}

function clauseLines(r, number, cite) {
  if (r.chance(0.04)) return [`**${number}** [Not used]`]
  if (!r.chance(0.35)) return [`**${number}** ${sentence(r, cite)}.`]
  const count = r.int(2, 4)
  const lines = [`**${number}** ${sentence(r, cite)}:`, '']
  for (let i = 0; i < count; i++) lines.push(`- (${String.fromCharCode(97 + i)}) ${sentence(r)}${i === count - 1 ? '.' : i === count - 2 ? '; and' : ';'}`)
  return lines
}

/** The designations of `count` Appendices: A … Z, then AA, AB, …. */
export function appendixLetters(count) {
  return Array.from({length: count}, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`))
}

function appendixText(r, letter, version, scale) {
  const title = `${r.pick(TITLES)} ${letter}`
  const lines = ['---', `appendix: "${letter}"`, `title: "${title}"`, `version: "${version}"`, `document-version: "V${r.int(1, 6)}.${r.int(0, 9)}"`, '---', '', `# Appendix ${letter}: ${title}`]
  const parts = r.int(2, 4) * scale
  for (let p = 1; p <= parts; p++) {
    lines.push('', `## ${p} ${r.pick(PART_WORDS)}`)
    const clauses = r.int(3, 10)
    for (let c = 1; c <= clauses; c++) lines.push('', ...clauseLines(r, `${p}.${c}`, c > 1 ? `Section ${p}.${c - 1}` : undefined))
  }
  return `${lines.join('\n')}\n`
}

function scheduleText(r, number, version, scale) {
  const title = `Illustrative Schedule ${number}`
  const lines = ['---', `schedule: "${number}"`, `title: "${title}"`, `version: "${version}"`, '---', '', `# Schedule ${number}: ${title}`]
  const paragraphs = r.int(6, 14) * scale
  for (let p = 1; p <= paragraphs; p++) lines.push('', ...clauseLines(r, `${p}`, p > 1 ? `paragraph ${p - 1}` : undefined))
  return `${lines.join('\n')}\n`
}

function sectionText(letters, version) {
  const lines = ['---', 'section: "G"', 'title: "Security"', `version: "${version}"`, '---', '', '# Section G: Security', '', '## G1 Illustrative Subsidiary Documents']
  letters.forEach((letter, i) => lines.push('', `**G1.${i + 1}** Each Party shall comply with Appendix ${letter}, and in particular with Section 1.1 of Appendix ${letter}.`))
  lines.push('', `**G1.${letters.length + 1}** The matters in Schedule 11 apply to each Party, and paragraph 1 of Schedule 5 applies to the DCC.`)
  return `${lines.join('\n')}\n`
}

const SERVICES = ['Service Request', 'Alert', 'Service Response', 'Communication', 'Signed Pre-Command']
const TARGETS = ['30 seconds', '5 minutes', '1 hour', '4 hours', '24 hours', '1 Working Day', '5 Working Days']

/**
 * About half the Appendices get one to three numbered tables (their own random source `r`, so the
 * text around them is drawn as before): each on a one-line clause, whose words then end "as set out
 * in Table 2:" (the table's number in its Appendix, counted in document order, as the code cites
 * it). Target response times per service, first cells unique within a table.
 */
function withTables(r, text) {
  if (!r.chance(0.5)) return text
  const lines = text.split('\n')
  const candidates = lines.flatMap((line, index) => (/^\*\*\d+\.\d+\*\* (?!\[Not used\]).*\.$/.test(line) ? [index] : []))
  const wanted = Math.min(r.int(1, 3), candidates.length)
  const chosen = new Set()
  while (chosen.size < wanted) chosen.add(r.pick(candidates))
  let number = 0
  return lines
    .flatMap((line, index) => {
      if (!chosen.has(index)) return [line]
      number++
      const rows = Array.from({length: r.int(2, 5)}, (_, i) => `| ${r.pick(SERVICES)} ${i + 1} | ${r.pick(TARGETS)} |`)
      return [line.replace(/\.$/, `, as set out in Table ${number}:`), '', '| Service | Target response time |', '| --- | --- |', ...rows]
    })
    .join('\n')
}

/**
 * The files of one version: `section-g.md`, `schedule-5.md` … `schedule-11.md` and
 * `appendix-a.md` … (`appendices` of them), as `{name, text}`. Illustrative text, not SEC wording.
 */
export function appendixDocuments(seed, {version = '9.0', appendices = 40, scale = 1} = {}) {
  const r = random(seed)
  const tables = random(seed + 100)
  const letters = appendixLetters(appendices)
  const files = [{name: 'section-g.md', text: sectionText(letters, version)}]
  for (const number of ['5', '8', '9', '11']) files.push({name: `schedule-${number}.md`, text: scheduleText(r, number, version, scale)})
  for (const letter of letters) files.push({name: `appendix-${letter.toLowerCase()}.md`, text: withTables(tables, appendixText(r, letter, version, scale))})
  return files
}

/**
 * What the documents `files` hold for a Section to cite: per Appendix its letter, its clause
 * numbers (not [Not used]) and how many numbered tables it has; per Schedule its number and
 * paragraph numbers. Read from the files' text, so every citation made from it resolves.
 */
export function citableDocuments(files) {
  const clauses = (text) => [...text.matchAll(/^\*\*([\d.]+)\*\* (?!\[Not used\])/gm)].map((match) => match[1])
  const appendices = files.flatMap((file) => {
    const letter = /^appendix: "([A-Z]+)"$/m.exec(file.text)?.[1]
    return letter ? [{letter, clauses: clauses(file.text), tables: (file.text.match(/^\| --- \|/gm) ?? []).length}] : []
  })
  const schedules = files.flatMap((file) => {
    const number = /^schedule: "(\d+)"$/m.exec(file.text)?.[1]
    return number ? [{number, paragraphs: clauses(file.text)}] : []
  })
  return {appendices, schedules}
}

async function library() {
  const entry = path.join(here, '..', '..', 'dist', 'index.js')
  if (!existsSync(entry)) throw new Error(`${path.relative(process.cwd(), entry)} is missing: run npm run build first`)
  return import(pathToFileURL(entry).href)
}

/** A clause's first "shall" changed to "must", in a copy of a document's text: a word edit a record drafts. */
function amendFirstClause(text) {
  return text.replace(/^(\*\*[\d.]+\*\* .*?)\bshall\b/m, '$1must')
}

/**
 * The edited files of the change records a release makes to the documents `files` holds: `records`
 * Appendices each amended (a clause's words, and its document version raised), Schedule 11
 * amended, and a whole new Appendix (the letter after the last). Each is `{title, name, text}`, the
 * text an edited copy of the file (its frontmatter still naming the base version).
 */
export function appendixEdits(files, {seed = 23, appendices = 40, scale = 1, records = 8} = {}) {
  const edits = []
  const appendixFiles = files.filter((file) => file.name.startsWith('appendix-'))
  for (let m = 0; m < Math.min(records, appendixFiles.length); m++) {
    const file = appendixFiles[Math.floor((m * appendixFiles.length) / records)]
    const text = amendFirstClause(file.text).replace(/^document-version: "V(\d+)\.(\d+)"$/m, (_, a, b) => `document-version: "V${a}.${Number(b) + 1}"`)
    edits.push({title: `Synthetic amendment of ${file.name}`, name: file.name, text})
  }
  const schedule = files.find((file) => file.name === 'schedule-11.md')
  if (schedule) edits.push({title: 'Synthetic amendment of Schedule 11', name: 'schedule-11.md', text: amendFirstClause(schedule.text)})
  const [newLetter] = appendixLetters(appendices + 1).slice(-1)
  const version = /^version: "([^"]*)"$/m.exec(files[0]?.text ?? '')?.[1] ?? '9.0'
  edits.push({title: `Synthetic new Appendix ${newLetter}`, name: `appendix-${newLetter.toLowerCase()}.md`, text: appendixText(random(seed + 1), newLetter, version, scale)})
  return edits
}

/**
 * Writes a corpus of Appendices and Schedules: 9.0, and 9.1 released from change records that
 * each amend one Appendix (a clause's words and its document version), one Schedule paragraph,
 * and insert a new Appendix. Returns counts.
 */
export async function generateAppendicesCorpus(root, {seed = 23, appendices = 40, scale = 1, records = 8} = {}) {
  const files = appendixDocuments(seed, {appendices, scale})
  const dir = path.join(root, 'sec-text', '9.0')
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'manifest.yaml'), 'version: "9.0"\nbase: null\nchanges: []\neffective: "2030-06-26"\nsource: "Synthetic Appendices and Schedules made by test/bench/generate-appendices.mjs (illustrative, not SEC text)"\n')
  for (const file of files) writeFileSync(path.join(dir, file.name), file.text)
  const lib = await library()
  const corpus = lib.openCorpus(root)
  const base = corpus.version('9.0')
  const ids = []
  const draft = (id, title, name, text) => {
    const meta = {id, title, kind: 'modification', base: '9.0', status: 'approved', dates: {}, author: {name: 'SECAS', date: '2030-11-01'}, body: `${title} (synthetic, made by the benchmark generator).`}
    const edited = lib.parseSection(text, `drafts/${id}/${name}`)
    const same = (s) => (s.kind ?? 'section') === (edited.kind ?? 'section') && s.letter === edited.letter
    const sections = base.sections.some(same) ? base.sections.map((s) => (same(s) ? edited : s)) : [...base.sections, edited]
    lib.writeModification(corpus, lib.draftModification(meta, base, {sections}))
    ids.push(id)
  }
  for (const [m, edit] of appendixEdits(files, {seed, appendices, scale, records}).entries()) draft(`MP${String(401 + m).padStart(3, '0')}`, edit.title, edit.name, edit.text)
  lib.writeRelease(corpus, lib.buildRelease(corpus, {base: '9.0', as: '9.1', ids, name: 'Synthetic Release', date: '2030-11-28'}))
  return {documents: files.length, records: ids.length, provisions: lib.provisionIds(corpus.version('9.0')).length}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
  const out = path.resolve(option('--out', path.join(here, '.appendices')))
  rmSync(out, {recursive: true, force: true})
  const stats = await generateAppendicesCorpus(out, {scale: Number(option('--scale', '1'))})
  console.log(`${stats.documents} documents, ${stats.provisions} provisions, ${stats.records} change records; written to ${path.relative(process.cwd(), out) || out}`)
}
