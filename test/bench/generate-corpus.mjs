#!/usr/bin/env node
/**
 * Deterministic generator of a synthetic full-size SEC in the corpus format, for benchmarks.
 *
 *   node test/bench/generate-corpus.mjs [--out test/bench/.corpus] [--force]
 *
 * Writes three corpora, each a root holding `sec-text/9.0/` and `sec-text/9.1/`:
 *
 * - `1x/`: about 20 section files, about 15,000 clauses and sub-paragraphs, about 2.5 MB per
 *   version, plus 40 Appendices (A … Z, AA … AN, each with its own numbering and document
 *   version) and Schedules 5, 8, 9 and 11 (generate-appendices.mjs); 9.1 is 9.0 after a release
 *   of 30 modifications touching about 300 provisions (word edits, inserted and deleted
 *   sub-paragraphs and clauses, clauses replaced by `[Not used]`, renumbered clauses,
 *   cross-heading changes) and 10 more records after them: 8 amending an Appendix clause and
 *   raising its document version, 1 amending Schedule 11, 1 inserting a new Appendix AO. About
 *   one in twelve one-sentence Section clauses cites a subsidiary document ("Appendix AB",
 *   "Section 2.11 of Appendix AD", "Table 2 of Appendix AB", "Schedule 11", "paragraph 3 of
 *   Schedule 11"), each citation resolving. All text is illustrative, not SEC wording.
 * - `4x/`: the same at four times the size (four times the clauses and modifications).
 * - `adversarial/`: the 1x structure with every clause rewritten in 9.1.
 * - `twins-1x/`, `twins-4x/`: 1x and 4x with planted twin families (plant-twins.mjs) and the 10
 *   (40) records that change them, for the `consequential-changes` benchmark.
 *
 * In 1x and 4x, 9.1 is made the way a real release is: each modification edits its own copy of
 * 9.0 (in cross-heading groups no other modification touches), the library drafts it as a change
 * record under `modifications/` (as `redline mod new --from` does) and releases them all (as
 * `redline release` does), so `redline verify` proves the corpus. Needs `npm run build` first.
 * Same seed, same bytes.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {random} from './seeded-random.mjs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {plantTwins} from './plant-twins.mjs'
import {addDefinitions, editDefinitions} from './generate-definitions.mjs'
import {addTables, editTable, tableLines} from './generate-tables.mjs'
import {plantStatuses, statusFrontmatter} from './generate-status.mjs'
import {appendixDocuments, appendixEdits, citableDocuments} from './generate-appendices.mjs'

const GENERATOR_VERSION = 12
const here = path.dirname(fileURLToPath(import.meta.url))

/* ---------- a seeded random source ---------- */


/* ---------- legal-sounding text ---------- */

const SUBJECTS = ['the DCC', 'each User', 'the Responsible Supplier', 'the Panel', 'the Security Sub-Committee', 'a Party', 'the Code Administrator', 'each Network Party', 'the Authority', 'the Registration Data Provider', 'a Supplier Party', 'the Independent Security Assurance Service Provider']
const VERBS = ['shall', 'shall, wherever it is reasonably practicable to do so,', 'may', 'shall not', 'shall ensure that it will']
const ACTIONS = ['notify', 'establish arrangements with', 'provide a copy of the relevant information to', 'consult', 'take reasonable steps to inform', 'comply with the requirements set out for', 'maintain records of its dealings with', 'co-operate with']
const OBJECTS = ['the manufacturer of the hardware or Device', 'the developer of the software or firmware', 'any Smart Metering System for which it is the Responsible Supplier', 'any Communications Hub Function or Gas Proxy Function', 'the User Systems', 'the DCC Total System', 'any Data Communications Company service', 'the Security Controls Framework', 'each affected Energy Consumer', 'any Party Data']
const QUALIFIERS = ['as soon as is reasonably practicable', 'within five Working Days', 'in accordance with Good Industry Practice', 'where it becomes aware of any material security vulnerability', 'subject to the provisions of this Section', 'save where the Panel otherwise determines', 'in such form as the Panel may specify', 'to the extent that it is lawful to do so', 'during the period of any Major Security Incident', 'at intervals of not more than one year']
const JOINERS = ['; and', '; or', ';', ',']

function sentence(r, letter, maxPart) {
  const parts = [r.pick(SUBJECTS), r.pick(VERBS), r.pick(ACTIONS), r.pick(OBJECTS)]
  if (r.chance(0.7)) parts.push(r.pick(QUALIFIERS))
  if (r.chance(0.35)) parts.push(`in accordance with Section ${letter}${r.int(1, maxPart)}.${r.int(1, 30)}`)
  if (r.chance(0.25)) parts.push(`(excluding ${r.pick(OBJECTS)})`)
  const text = parts.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function leadIn(r, letter, maxPart) {
  return `${sentence(r, letter, maxPart)}:`
}

function itemText(r, letter, maxPart, last) {
  const text = [r.pick(OBJECTS), r.chance(0.6) ? r.pick(QUALIFIERS) : r.pick(ACTIONS) + ' ' + r.pick(OBJECTS)]
  if (r.chance(0.3)) text.push(`as described in Section ${letter}${r.int(1, maxPart)}.${r.int(1, 30)}`)
  return text.join(' ') + (last ? '.' : r.pick(JOINERS))
}

const SECTION_TITLES = {
  A: 'Definitions and Interpretation', B: 'Accession', C: 'Governance', D: 'Modification Process', E: 'Registration Data',
  F: 'Smart Metering System Requirements', G: 'Security', H: 'DCC Services', I: 'Data Privacy', J: 'Charges', K: 'Charging Methodology',
  L: 'Smart Metering Key Infrastructure', M: 'General', N: 'SMETS1 Meters', O: 'Communications Hubs', P: 'Communications', Q: 'Testing Services',
  R: 'Reporting', S: 'Sharing Information', T: 'Testing During Transition', X: 'Transition'
}
const LETTERS = Object.keys(SECTION_TITLES).slice(0, 20)
const PART_WORDS = ['General Obligations', 'User Obligations', 'DCC Obligations', 'Security Controls', 'Notifications', 'Audit and Assurance', 'Incident Management', 'Records', 'Testing', 'Disputes', 'Interpretation', 'Suspension']
const HEADING_WORDS = ['Manufacturers: Duty to Notify and Be Notified', 'Obligations of Users', 'Obligations of the DCC', 'Security Incidents', 'Compliance', 'Annual Review', 'Information Sharing', 'Exceptions', 'Scope', 'Records of Access', 'Remedial Action', 'Supplementary Provisions']

/* ---------- the structure ---------- */

function makeItems(r, letter, maxPart, depth, count) {
  const items = []
  for (let i = 0; i < count; i++) {
    const item = {text: itemText(r, letter, maxPart, i === count - 1), items: [], tail: ''}
    if (depth < 3 && r.chance(depth === 1 ? 0.18 : 0.12)) {
      item.text = leadIn(r, letter, maxPart).replace(/^./, (c) => c.toLowerCase())
      item.items = makeItems(r, letter, maxPart, depth + 1, r.int(2, 4))
      if (r.chance(0.2)) item.tail = `in each case ${r.pick(QUALIFIERS)}.`
    }
    items.push(item)
  }
  return items
}

function makeClause(r, letter, maxPart) {
  if (r.chance(0.04)) return {text: '[Not used]', items: [], tail: ''}
  if (r.chance(0.45)) {
    const n = r.int(1, 3)
    return {text: Array.from({length: n}, () => sentence(r, letter, maxPart) + '.').join(' '), items: [], tail: ''}
  }
  const clause = {text: leadIn(r, letter, maxPart), items: makeItems(r, letter, maxPart, 1, r.int(2, 6)), tail: ''}
  if (r.chance(0.3)) clause.tail = `${r.pick(['arrangements designed to ensure that', 'provided that', 'and in each case'])} ${sentence(r, letter, maxPart).replace(/^./, (c) => c.toLowerCase())}.`
  return clause
}

function makeSection(r, letter, scale) {
  const partCount = r.int(8, 12) * scale
  const parts = []
  for (let p = 1; p <= partCount; p++) {
    const clauseCount = r.int(12, 26)
    const groups = []
    let group = {heading: r.chance(0.3) ? null : r.pick(HEADING_WORDS), clauses: []}
    for (let c = 1; c <= clauseCount; c++) {
      if (c > 1 && r.chance(0.15)) {
        groups.push(group)
        group = {heading: r.pick(HEADING_WORDS), clauses: []}
      }
      group.clauses.push({number: String(c), ...makeClause(r, letter, partCount)})
    }
    groups.push(group)
    parts.push({number: p, title: r.pick(PART_WORDS), groups})
  }
  return {letter, title: SECTION_TITLES[letter], parts}
}

/* ---------- citations of Appendices and Schedules ---------- */

/**
 * Gives about one in twelve one-sentence clauses of the Sections (no sub-paragraphs, no table) a
 * closing sentence citing a subsidiary document, kept apart in `clause.cites` so that the
 * release's word edits never cut a citation in two: "Appendix AB" (about a third), "Section 2.11
 * of Appendix AD" (about a third), "Table 2 of Appendix AB" (an Appendix that has two tables) and
 * "Schedule 11" or "paragraph 3 of Schedule 11" (the rest). Every citation names what `documents`
 * holds, so each resolves. Its own random source `r`: the rest of the corpus is drawn as before.
 * Returns how many clauses cite.
 */
function addDocumentCitations(r, sections, documents) {
  const {appendices, schedules} = citableDocuments(documents)
  const tabled = appendices.filter((appendix) => appendix.tables > 0)
  const cite = () => {
    const subject = r.pick(SUBJECTS)
    const kind = r.next()
    if (kind < 0.35) return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} shall comply with Appendix ${r.pick(appendices).letter}.`
    if (kind < 0.65) {
      const appendix = r.pick(appendices)
      return `The procedures in Section ${r.pick(appendix.clauses)} of Appendix ${appendix.letter} apply to ${subject}.`
    }
    if (kind < 0.8 && tabled.length > 0) {
      const appendix = r.pick(tabled)
      return `The response times in Table ${r.int(1, appendix.tables)} of Appendix ${appendix.letter} apply to ${subject}.`
    }
    const schedule = r.pick(schedules)
    return r.chance(0.5) ? `The matters in Schedule ${schedule.number} apply to ${subject}.` : `The requirements of paragraph ${r.pick(schedule.paragraphs)} of Schedule ${schedule.number} apply to ${subject}.`
  }
  let made = 0
  for (const section of sections) for (const part of section.parts) for (const group of part.groups) for (const clause of group.clauses) {
    if (clause.items.length > 0 || clause.table || clause.text === '[Not used]' || !clause.text.endsWith('.') || !r.chance(1 / 12)) continue
    clause.cites = cite()
    made++
  }
  return made
}

/* ---------- the canonical writer (all generated text is plain: no escaping needed) ---------- */

function writeItems(items, indent, lines, depth) {
  items.forEach((item, index) => {
    // A definition (generate-definitions.mjs): its term in bold, its sub-paragraphs labelled from (a) again.
    lines.push(`${indent}- ${item.term === undefined ? `(${labelAt(depth, index)})` : `**${item.term}**`} ${item.text}`)
    if (item.items.length > 0) writeItems(item.items, `${indent}  `, lines, item.term === undefined ? depth + 1 : 1)
    if (item.tail) lines.push('', `${indent}  ${item.tail}`)
  })
}

function labelAt(depth, index) {
  if (depth === 1) return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1)
  if (depth === 2) return ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][index]
  if (depth === 3) return String.fromCharCode(65 + index)
  return String(index + 1)
}

function writeSection(section, version) {
  const blocks = [`---\nsection: "${section.letter}"\ntitle: "${section.title}"\nversion: "${version}"\n${statusFrontmatter(section, labelAt)}---`, `# Section ${section.letter}: ${section.title}`]
  for (const part of section.parts) {
    const partId = `${section.letter}${part.number}`
    blocks.push(`## ${partId} ${part.title}`)
    for (const group of part.groups) {
      if (group.clauses.length === 0) continue
      if (group.heading !== null) blocks.push(`### ${group.heading}`)
      for (const clause of group.clauses) {
        // A citation of a subsidiary document (addDocumentCitations) closes the clause's words; a clause made [Not used] loses it.
        const lines = [`**${partId}.${clause.number}** ${clause.text}${clause.cites && clause.text !== '[Not used]' ? ` ${clause.cites}` : ''}`]
        if (clause.table && clause.text !== '[Not used]') lines.push(...tableLines(clause.table))
        if (clause.items.length > 0) {
          lines.push('')
          writeItems(clause.items, '', lines, 1)
        }
        if (clause.tail) lines.push('', clause.tail)
        blocks.push(lines.join('\n'))
      }
    }
  }
  return `${blocks.join('\n\n')}\n`
}

/* ---------- a release of modifications ---------- */

const clone = (value) => structuredClone(value)

function allProvisions(clause) {
  const out = [clause]
  const visit = (items) => {
    for (const item of items) {
      out.push(item)
      visit(item.items)
    }
  }
  visit(clause.items)
  return out
}

function countProvisions(clause) {
  return allProvisions(clause).length
}

/**
 * A clause to edit, in a group no other modification of the release has touched: `claim(keys)`
 * takes the groups (`letter/part/group`, by index; edits never add or remove groups) for the
 * modification at hand, or refuses them. Modifications that never share a group never conflict,
 * so the release applies them all in any order.
 */
function pickClause(r, sections, claim, predicate = () => true, {andLastGroup = false} = {}) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const section = r.pick(sections)
    const partIndex = r.int(0, section.parts.length - 1)
    const part = section.parts[partIndex]
    const groupIndex = r.int(0, part.groups.length - 1)
    const group = part.groups[groupIndex]
    if (group.clauses.length === 0) continue
    const index = r.int(0, group.clauses.length - 1)
    const clause = group.clauses[index]
    const keys = [`${section.letter}/${partIndex}/${groupIndex}`]
    if (andLastGroup) keys.push(`${section.letter}/${partIndex}/${part.groups.length - 1}`)
    if (clause.text !== '[Not used]' && predicate(clause) && claim(keys)) return {section, part, group, index, clause}
  }
  throw new Error('no clause found')
}

/** Edits of one kind; each returns how many provisions it touched. */
const EDITS = {
  table(r, sections, claim) {
    return editTable(r, (predicate) => pickClause(r, sections, claim, predicate))
  },
  words(r, sections, claim) {
    const {clause, section} = pickClause(r, sections, claim)
    const provision = r.pick(allProvisions(clause))
    const words = provision.text.split(' ')
    const at = r.int(1, Math.max(1, words.length - 2))
    const choice = r.int(0, 2)
    if (choice === 0) words.splice(at, 0, 'which forms part of a SMETS2+ Device')
    else if (choice === 1) words.splice(at, Math.min(3, words.length - at - 1))
    else words[at] = r.pick(['relevant', 'applicable', 'material', 'reasonable', 'affected'])
    provision.text = words.join(' ').replace(/Section [A-Z]\d+\.\d+/, (ref) => (r.chance(0.3) ? `Section ${section.letter}1.${r.int(1, 9)}` : ref))
    return 1
  },
  insertItem(r, sections, claim) {
    const {clause, section, part} = pickClause(r, sections, claim, (c) => c.items.length > 0 && c.items.length < 10)
    const at = r.int(0, clause.items.length)
    clause.items.splice(at, 0, {text: itemText(r, section.letter, section.parts.length, false), items: [], tail: ''})
    void part
    return 1 + clause.items.length - at - 1
  },
  deleteItem(r, sections, claim) {
    const {clause} = pickClause(r, sections, claim, (c) => c.items.length > 2)
    const at = r.int(0, clause.items.length - 1)
    const [removed] = clause.items.splice(at, 1)
    return countProvisions(removed) + clause.items.length - at
  },
  insertClause(r, sections, claim) {
    const {group, index, clause, section} = pickClause(r, sections, claim, (c) => /^\d+$/.test(c.number))
    const inserted = {number: `${clause.number}A`, ...makeClause(r, section.letter, section.parts.length)}
    if (group.clauses.some((c) => c.number === inserted.number)) return 0
    group.clauses.splice(index + 1, 0, inserted)
    return countProvisions(inserted)
  },
  notUsed(r, sections, claim) {
    const {clause} = pickClause(r, sections, claim)
    const touched = countProvisions(clause)
    Object.assign(clause, {text: '[Not used]', items: [], tail: ''})
    return touched
  },
  deleteClause(r, sections, claim) {
    const {group, index, part} = pickClause(r, sections, claim, (c) => /A$/.test(c.number) || false)
    void part
    const [removed] = group.clauses.splice(index, 1)
    return countProvisions(removed)
  },
  renumber(r, sections, claim) {
    // A clause moves to the end of its part under the next free number, with a small edit.
    const {group, index, part, clause} = pickClause(r, sections, claim, () => true, {andLastGroup: true})
    const numbers = part.groups.flatMap((g) => g.clauses.map((c) => Number.parseInt(c.number, 10)))
    group.clauses.splice(index, 1)
    const moved = {...clause, number: String(Math.max(...numbers) + 1)}
    if (r.chance(0.5)) moved.text = moved.text.replace(/ shall /, ' must ')
    part.groups[part.groups.length - 1].clauses.push(moved)
    group.clauses.splice(index, 0, {number: clause.number, text: '[Not used]', items: [], tail: ''})
    return countProvisions(clause) + 1
  },
  heading(r, sections, claim) {
    const section = r.pick(sections)
    const partIndex = r.int(0, section.parts.length - 1)
    const part = section.parts[partIndex]
    const groupIndex = r.int(0, part.groups.length - 1)
    const group = part.groups[groupIndex]
    if (!claim([`${section.letter}/${partIndex}/${groupIndex}`])) throw new Error('group taken')
    group.heading = group.heading === null ? 'Transitional Arrangements' : `${group.heading} and Reporting`
    return 0
  }
}

const PLAN = ['words', 'words', 'words', 'words', 'words', 'insertItem', 'deleteItem', 'insertClause', 'notUsed', 'renumber', 'words', 'heading', 'table']

/**
 * The edited copies of a release's modifications: each edits its own copy of the base, in groups
 * no other modification touches. Returns, per modification, the sections it changed.
 */
function draftEdits(r, sections, modifications, reserved = new Set()) {
  // Clauses named G…A (inserted) exist only after an insertion of the same modification, so a
  // deletion without one replaces a clause by [Not used] instead.
  // Groups holding planted twins (plant-twins.mjs) belong to the planted records.
  const owner = new Map([...reserved].map((key) => [key, -1]))
  let touched = 0
  const edited = []
  for (let m = 0; m < modifications; m++) {
    // A copy of the base whose sections are cloned when first picked: cloning all of them for
    // every modification would dominate the generator's time.
    const cloned = new Map()
    const copy = []
    sections.forEach((section, index) => {
      Object.defineProperty(copy, index, {enumerable: true, get: () => cloned.get(index) ?? cloned.set(index, clone(section)).get(index)})
    })
    const claim = (keys) => {
      if (keys.some((key) => owner.has(key) && owner.get(key) !== m)) return false
      for (const key of keys) owner.set(key, m)
      return true
    }
    // The first modification of a release also amends the definitions table (its own random source).
    if (m === 0) touched += editDefinitions(random(modifications + 7), copy, claim)
    const edits = r.int(3, 7)
    for (let e = 0; e < edits; e++) {
      const kind = r.pick(PLAN)
      try {
        touched += EDITS[kind](r, copy, claim)
      } catch {
        touched += EDITS.notUsed(r, copy, claim)
      }
    }
    const letters = new Set([...owner].filter(([, by]) => by === m).map(([key]) => key.split('/')[0]))
    edited.push([...cloned].sort(([a], [b]) => a - b).map(([, section]) => section).filter((section) => letters.has(section.letter)))
  }
  return {edited, touched}
}

function rewriteAll(r, sections) {
  const next = clone(sections)
  for (const section of next) {
    for (const part of section.parts) {
      for (const group of part.groups) {
        group.clauses = group.clauses.map((clause) => ({number: clause.number, ...makeClause(r, section.letter, section.parts.length)}))
      }
    }
  }
  return next
}

/* ---------- writing ---------- */

/** The day 9.0 takes effect; 9.1, released by the tool, takes effect on {@link RELEASE_DATE}. */
const BASE_EFFECTIVE = '2030-06-26'
const RELEASE_DATE = '2030-11-28'

/** A manifest in canonical form; every version has an effective date, so `show --as-at` reaches each. */
function manifest(version, base, changes, source, effective) {
  const lines = [`version: "${version}"`, base ? `base: "${base}"` : 'base: null']
  lines.push(changes.length === 0 ? 'changes: []' : `changes:\n${changes.map((c) => `  - "${c}"`).join('\n')}`)
  lines.push(`effective: "${effective}"`, `source: "${source}"`)
  return `${lines.join('\n')}\n`
}

function writeVersion(root, version, sections, manifestText, documents = []) {
  const dir = path.join(root, 'sec-text', version)
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'manifest.yaml'), manifestText)
  let bytes = 0
  // An Appendix's or Schedule's provisions: each clause (`**2.11**`) and sub-paragraph line.
  let provisions = 0
  for (const document of documents) {
    const text = document.text.replace(/^version: "[^"]*"$/m, `version: "${version}"`)
    bytes += Buffer.byteLength(text)
    provisions += text.split('\n').filter((line) => /^(?:\*\*\d|- \()/.test(line)).length
    writeFileSync(path.join(dir, document.name), text)
  }
  for (const section of sections) {
    const text = writeSection(section, version)
    bytes += Buffer.byteLength(text)
    provisions += section.parts.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.clauses.reduce((k, c) => k + countProvisions(c), 0), 0), 0)
    writeFileSync(path.join(dir, `section-${section.letter.toLowerCase()}.md`), text)
  }
  return {bytes, provisions, files: sections.length + documents.length}
}

/** The library, compiled (`npm run build`): the release is built by the tool itself. */
async function library() {
  const entry = path.join(here, '..', '..', 'dist', 'index.js')
  if (!existsSync(entry)) throw new Error(`${path.relative(process.cwd(), entry)} is missing: run npm run build first`)
  return import(pathToFileURL(entry).href)
}

/**
 * Drafts each modification from its edited sections (as `redline mod new --from` does) and
 * releases them all onto 9.0 as 9.1 (as `redline release` does), so that `redline verify` can
 * prove 9.1 = 9.0 + MP301… and the diff between them names real change records.
 */
async function releaseModifications(root, edited, documentEdits = []) {
  const lib = await library()
  const corpus = lib.openCorpus(root)
  const base = corpus.version('9.0')
  // The section records first (MP301 …), then one record per edited Appendix or Schedule.
  const drafts = [
    ...edited.map((sections) => (id) => sections.map((section) => lib.parseSection(writeSection(section, '9.0'), `drafts/${id}/section-${section.letter.toLowerCase()}.md`))),
    ...documentEdits.map((edit) => (id) => [lib.parseSection(edit.text, `drafts/${id}/${edit.name}`)])
  ]
  const ids = drafts.map((_, m) => `MP${String(301 + m).padStart(3, '0')}`)
  drafts.forEach((draft, m) => {
    const parsed = draft(ids[m])
    const meta = {
      id: ids[m], title: m < edited.length ? `Synthetic modification ${m + 1}` : documentEdits[m - edited.length].title, kind: 'modification', base: '9.0', target: 'Synthetic Release',
      status: 'approved', route: 'Path 3', proposer: 'test/bench/generate-corpus.mjs', dates: {}, author: {name: 'SECAS', date: '2030-11-01'},
      // The body as `modification.md` holds it, without a final newline (the file's own is added when written).
      body: `Synthetic change record ${m + 1} of ${drafts.length}, made by the benchmark corpus generator.`
    }
    lib.writeModification(corpus, lib.draftModification(meta, base, {sections: parsed}))
  })
  const built = lib.buildRelease(corpus, {base: '9.0', as: '9.1', ids, name: 'Synthetic Release', date: RELEASE_DATE})
  lib.writeRelease(corpus, built)
  const dir = path.join(root, 'sec-text', '9.1')
  const files = readdirSync(dir).filter((file) => file.endsWith('.md'))
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0)
  return {bytes, provisions: lib.provisionIds(built.version).length, files: files.length}
}

export async function generateCorpus(root, {scale, seed, adversarial = false, modifications = 30, twins = false}) {
  const r = random(seed)
  const sections = LETTERS.map((letter) => makeSection(r, letter, scale))
  // The definitions table A1.1 (its own random source, so the rest of the corpus is drawn as before).
  addDefinitions(random(seed + 2), sections)
  // About 30 tables per 1x (generate-tables.mjs), drawn from their own random source.
  addTables(random(seed + 3), sections, 30 * scale)
  // 40 Appendices and Schedules 5, 8, 9, 11 (generate-appendices.mjs, their own random source;
  // its Section G is not taken: the corpus has its own), which the Sections cite (their own random
  // source; before the twins and the release's edits are drawn, which never touch a citation).
  const appendixOptions = {seed: seed + 4, appendices: 40, scale}
  const documents = appendixDocuments(appendixOptions.seed, appendixOptions).filter((file) => file.name !== 'section-g.md')
  addDocumentCitations(random(seed + 5), sections, documents)
  // Twin families and the records that change them (all members, all but one, or a neighbour):
  // the cases of the consequential-changes benchmark. Their own random source, so the rest of the
  // corpus is drawn as before.
  const planted = adversarial || !twins ? undefined : plantTwins(random(seed + 1), sections, {families: 240 * scale, records: 10 * scale, clone, labelAt})
  const next = adversarial ? {sections: rewriteAll(r, sections), touched: NaN} : draftEdits(r, sections, modifications * scale, planted?.reserved)
  if (planted) {
    next.edited.push(...planted.edited)
    mkdirSync(root, {recursive: true})
    writeFileSync(path.join(root, 'planted-twins.json'), `${JSON.stringify(planted.expected, null, 1)}\n`)
  }
  if (!adversarial) plantStatuses(random(seed + 2), sections, next.edited)
  // The records that change the Appendices and Schedules.
  const documentEdits = adversarial ? [] : appendixEdits(documents, appendixOptions)
  const before = writeVersion(root, '9.0', sections, manifest('9.0', null, [], 'Synthetic full-size SEC made by test/bench/generate-corpus.mjs', BASE_EFFECTIVE), documents)
  const after = adversarial
    ? writeVersion(root, '9.1', next.sections, manifest('9.1', '9.0', [], 'Every clause of 9.0 rewritten (no change records)', RELEASE_DATE), documents)
    : await releaseModifications(root, next.edited, documentEdits)
  return {before, after, touched: next.touched + documentEdits.length, records: adversarial ? 0 : next.edited.length + documentEdits.length}
}

/* ---------- main ---------- */

export async function generate(out = path.join(here, '.corpus'), {force = false, quiet = false} = {}) {
  const stamp = path.join(out, 'stamp.json')
  const wanted = JSON.stringify({generator: GENERATOR_VERSION})
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return JSON.parse(readFileSync(path.join(out, 'stats.json'), 'utf8'))
  const temporary = `${out}.${process.pid}.tmp`
  rmSync(temporary, {recursive: true, force: true})
  const stats = {
    '1x': await generateCorpus(path.join(temporary, '1x'), {scale: 1, seed: 17}),
    '4x': await generateCorpus(path.join(temporary, '4x'), {scale: 4, seed: 17}),
    adversarial: await generateCorpus(path.join(temporary, 'adversarial'), {scale: 1, seed: 17, adversarial: true}),
    // The 1x and 4x corpora with planted twin families and 10 (40) more records: consequential.bench.mjs.
    'twins-1x': await generateCorpus(path.join(temporary, 'twins-1x'), {scale: 1, seed: 17, twins: true}),
    'twins-4x': await generateCorpus(path.join(temporary, 'twins-4x'), {scale: 4, seed: 17, twins: true})
  }
  writeFileSync(path.join(temporary, 'stats.json'), JSON.stringify(stats, null, 2))
  writeFileSync(path.join(temporary, 'stamp.json'), wanted)
  rmSync(out, {recursive: true, force: true})
  renameSync(temporary, out)
  if (!quiet) {
    for (const [name, s] of Object.entries(stats)) {
      console.log(
        `${name.padEnd(12)} ${s.before.files} files, ${s.before.provisions} provisions, ${(s.before.bytes / 1e6).toFixed(2)} MB → ${s.after.provisions} provisions, ${(s.after.bytes / 1e6).toFixed(2)} MB${Number.isNaN(s.touched) ? ', every clause rewritten' : `, ${s.records} change records touching about ${s.touched} provisions`}`
      )
    }
    console.log(`written to ${path.relative(process.cwd(), out) || out}`)
  }
  return stats
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2)
  const usage = 'usage: node test/bench/generate-corpus.mjs [--out <folder>] [--force]\n\nWrites the synthetic corpora (illustrative, not SEC text: 1x, 4x, adversarial, twins-1x, twins-4x; about 70 MB)\nto <folder> (default test/bench/.corpus), unless the folder already holds this generator version\'s (--force: write anyway).\n'
  const known = new Set(['--out', '--force'])
  const unknown = args.find((arg, index) => arg.startsWith('-') && !known.has(arg) && args[index - 1] !== '--out')
  if (args.includes('--help') || args.includes('-h')) process.stdout.write(usage)
  else if (unknown !== undefined || (args.includes('--out') && args[args.indexOf('--out') + 1] === undefined)) {
    process.stderr.write(`${unknown !== undefined ? `Unknown option '${unknown}'` : 'Missing folder after --out'}\n${usage}`)
    process.exitCode = 2
  } else {
    const outIndex = args.indexOf('--out')
    await generate(outIndex >= 0 ? path.resolve(args[outIndex + 1]) : undefined, {force: args.includes('--force')})
  }
}
