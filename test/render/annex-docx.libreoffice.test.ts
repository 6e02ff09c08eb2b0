/**
 * The Word annex of random modifications, judged by a real word processor: every case is written
 * by the real writer, all of them (and every pair of corpus versions) are opened in ONE headless
 * LibreOffice, and Accept All must read as the new text and Reject All as the old, paragraph by
 * paragraph: section headings, instruction lines, cross-headings, clause numbers, labels, lead-ins
 * and tails.
 *
 * `REDLINE_SEED=<n>` replays a run; `REDLINE_LIBREOFFICE_CASES=<n>` sets the number of cases (default 300).
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Annex, AnnexContext} from '../../src/annex/annex-types.js'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import type {Provision, Section} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import type {Side} from '../../src/redline/accept-reject.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {visibleText} from '../../src/escape/terminal.js'
import {layoutAnnex} from '../../src/layout/annex-layout.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {mp087Meta} from '../annex/fixtures.js'
import {definitionsModification, type GeneratedModification, modification, paragraphsSectionPair, tableModification} from '../helpers/arbitraries.js'
import {printedLabel} from '../../src/model/ids.js'
import {repoRoot} from '../helpers/cli.js'
import {annexBody, type OfficeParagraph, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

const CASES = Number(process.env.REDLINE_LIBREOFFICE_CASES ?? 300)
/** Random modifications of sections with tables (rows inserted and deleted, cells edited), on top of `CASES`. */
const TABLE_CASES = Number(process.env.REDLINE_LIBREOFFICE_TABLE_CASES ?? 60)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)
const CONTEXTS: readonly AnnexContext[] = ['heading', 'clause', 'none']

/**
 * The body a side must read as, paragraph by paragraph, from the sections themselves: per section
 * its heading line, then the laid-out blocks: instruction lines, each shown group's heading as it
 * reads on that side, and its clauses' paragraphs from the model (number or label, lead-in, items, tail).
 */
function expectedBody(annex: Annex, source: readonly Section[], side: Side): string[] {
  const clauses = new Map(clausesOf(source).map((clause) => [clause.id, clause]))
  const out: string[] = []
  const visit = (provision: Provision): void => {
    // A text of several paragraphs: each its own paragraph; the text between two lists before the sub-paragraph it precedes.
    if (provision.kind === 'sub-paragraph' && provision.textBefore) out.push(...provision.textBefore.split('\n'))
    const label = printedLabel(provision)
    const [first = '', ...more] = provision.text === '' ? [] : provision.text.split('\n')
    out.push(first === '' ? label : `${label} ${first}`, ...more)
    // A table: every row, header first, its cells joined by ' | ' (the harness reads a Writer table so).
    if (provision.table) for (const cells of [provision.table.header, ...provision.table.rows.map((row) => row.cells)]) out.push(cells.join(' | '))
    provision.items.forEach(visit)
    if (provision.tail !== '') out.push(...provision.tail.split('\n'))
  }
  for (const section of layoutAnnex(annex).sections) {
    out.push(section.heading)
    for (const block of section.blocks) {
      if (block.kind === 'instruction') out.push(block.text)
      else if (block.kind === 'heading') {
        const heading = side === 'accept' ? acceptRuns(block.runs) : rejectRuns(block.runs)
        if (heading !== '') out.push(heading)
      } else {
        const found = clauses.get(block.clause.id)
        // A definition shown alone (an amended definitions list): that side's definition of its term, if it has one.
        const term = block.definition ? (side === 'accept' ? acceptRuns : rejectRuns)(block.definition.label) : undefined
        const shown = term === undefined ? found : found?.items.find((item) => item.term === term)
        if (shown) visit(shown)
      }
    }
  }
  return out.map(visibleText)
}

/**
 * What LibreOffice shows: the body from the first section heading on (the annex's closing
 * paragraph checked and left out, see annexBody). Text only: LibreOffice gives the paragraph after a removed run of tracked
 * paragraphs the style of the tracked paragraph of the other kind before that run (Word keeps it).
 */
function officeBody(paragraphs: readonly OfficeParagraph[]): string[] {
  const body = annexBody(paragraphs)
  const start = body.findIndex((p) => p.style === 'Heading 1' && /^(?:Section|Appendix|Schedule) /.test(p.text))
  // The tab between a label and its text (the hanging indent) reads as the space it stands for. An
  // empty paragraph holds no text: LibreOffice leaves one where Accept or Reject removes a whole table
  // (and one keeps a deleted table apart from the inserted one that replaces it).
  return start < 0 ? [] : body.slice(start).filter((p) => p.style === '<row>' || p.text !== '').map((p) => p.text.replace('\t', ' '))
}

/** The index of the first paragraph where two readings differ. */
function firstDifference(a: readonly string[], b: readonly string[]): number {
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return index
}

interface Case {
  name: string
  annex: Annex
  before: Section[]
  after: Section[]
  generated?: GeneratedModification
}

describe.runIf(runLibreOfficeTests)('Word annex in LibreOffice: Accept All gives the new text, Reject All the old', () => {
  it(`over ${CASES} random modifications, ${TABLE_CASES} with tables, and every pair of corpus versions, in one LibreOffice`, async () => {
    const generatedCases = [...fc.sample(modification, {seed: SEED, numRuns: CASES}), ...(TABLE_CASES > 0 ? fc.sample(tableModification, {seed: SEED, numRuns: TABLE_CASES}) : [])]
    const cases: Case[] = generatedCases.map((generated, index) => {
      const context = CONTEXTS[index % CONTEXTS.length] as AnnexContext
      return {name: `case ${index} (--context ${context})`, annex: buildAnnex(mp087Meta, redlineSections([generated.before], [generated.after]), context), before: [generated.before], after: [generated.after], generated}
    })
    // Definitions inserted, deleted, renamed and amended (illustrative terms), a fifth as many cases.
    fc.sample(definitionsModification, {seed: SEED, numRuns: Math.ceil(CASES / 5)}).forEach((generated, index) => {
      const context = CONTEXTS[index % CONTEXTS.length] as AnnexContext
      cases.push({name: `definitions case ${index} (--context ${context})`, annex: buildAnnex(mp087Meta, redlineSections([generated.before], [generated.after]), context), before: [generated.before], after: [generated.after], generated})
    })
    // Lead-ins and tails of several paragraphs and text between two lists, changed paragraph by paragraph (illustrative), a fifteenth as many cases.
    fc.sample(paragraphsSectionPair, {seed: SEED, numRuns: Math.ceil(CASES / 15)}).forEach(([before, after], index) => {
      const context = CONTEXTS[index % CONTEXTS.length] as AnnexContext
      cases.push({name: `paragraphs case ${index} (--context ${context})`, annex: buildAnnex(mp087Meta, redlineSections([before], [after]), context), before: [before], after: [after]})
    })
    const corpus = openCorpus(repoRoot)
    for (const a of corpus.versionIds()) {
      for (const b of corpus.versionIds()) {
        const [before, after] = [corpus.version(a).sections, corpus.version(b).sections]
        cases.push({name: `corpus ${a} → ${b}`, annex: buildAnnex(mp087Meta, redlineSections(before, after)), before, after})
      }
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'annex-docx-lo-'))
    const files: string[] = []
    for (const [index, entry] of cases.entries()) {
      const file = path.join(dir, `case-${index}.docx`)
      writeFileSync(file, await renderAnnexDocx(entry.annex))
      files.push(file)
    }
    let readings: ReturnType<typeof readWithLibreOffice>
    try {
      readings = readWithLibreOffice(files)
    } catch (error) {
      throw new Error(`REDLINE_SEED=${SEED}: ${error instanceof Error ? error.message : String(error)}`)
    }
    const failures: string[] = []
    readings.forEach((reading, index) => {
      const entry = cases[index] as Case
      for (const side of ['accept', 'reject'] as const) {
        const expected = expectedBody(entry.annex, side === 'accept' ? entry.after : entry.before, side)
        const actual = officeBody(reading[side])
        if (JSON.stringify(actual) === JSON.stringify(expected)) continue
        const generated = entry.generated
        failures.push(
          [
            `${entry.name}, ${side === 'accept' ? 'Accept All' : 'Reject All'} (REDLINE_SEED=${SEED}; the file: ${files[index]})`,
            `expected: ${JSON.stringify(expected, null, 1)}`,
            `LibreOffice: ${JSON.stringify(actual, null, 1)}`,
            `first difference at ${firstDifference(expected, actual)}: expected ${JSON.stringify(expected[firstDifference(expected, actual)])}, LibreOffice ${JSON.stringify(actual[firstDifference(expected, actual)])}`,
            ...(generated
              ? [`edits: ${JSON.stringify(generated.edits)}`, `connectors: ${generated.connectors}`, `before:\n${serializeSection(generated.before)}`, `after:\n${serializeSection(generated.after)}`]
              : [])
          ].join('\n')
        )
      }
    })
    if (failures.length > 0) console.error(`${failures.length} failures, REDLINE_SEED=${SEED}\n\n${failures.slice(0, 3).join('\n\n')}`)
    expect(failures.length, `REDLINE_SEED=${SEED}: ${failures[0] ?? ''}`).toBe(0)
    expect(readings).toHaveLength(cases.length)
  }, 900_000)
})
