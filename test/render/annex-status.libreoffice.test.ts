/**
 * The Word annex of random status modifications (statuses added, changed and removed on random
 * parts and provisions, with real and boundary dates, sometimes beside text edits), judged by LibreOffice:
 * Accept All reads as the new provisions and Reject All as the old, and on both sides the status
 * sentences stand exactly as the two versions' statuses say — one instruction line per changed
 * status, in the new status's words, and a note for each unchanged status of a clause shown
 * (computed from the two versions by ID, also where a text edit shifts labels).
 *
 * `REDLINE_SEED=<n>` replays a run; `REDLINE_LIBREOFFICE_STATUS_CASES=<n>` sets the number of cases (default 40).
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Annex} from '../../src/annex/annex-types.js'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {describeInForce, sameInForce} from '../../src/model/in-force.js'
import {statusSentence} from '../../src/model/status-sentence.js'
import type {InForce, Provision, Section} from '../../src/model/types.js'
import {walkProvisions} from '../../src/model/walk.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {visibleText} from '../../src/escape/terminal.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {expectedParagraphs} from '../annex/read-annex-formats.js'
import {mp087Meta} from '../annex/fixtures.js'
import {statusModification} from '../helpers/arbitraries.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

const CASES = Number(process.env.REDLINE_LIBREOFFICE_STATUS_CASES ?? 40)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)

/** Every provision of a section by ID. */
const provisionsById = (tree: Section): Map<string, Provision> => new Map([...walkProvisions([tree])].map(({provision}) => [provision.id, provision]))

/**
 * The status lines the annex must show, from the two versions alone: an instruction sentence for
 * every numbered part and every provision of the new version whose status is not the old one's (a
 * new one: not in force), in document order, a part's before the provisions in it; and, for each
 * clause the annex shows, a note of its part's status where the record leaves it as it is (once, with
 * the part's first clause shown), then a note for every provision whose status the record leaves as it is.
 */
function expectedStatusLines(before: Section, after: Section, annex: Annex): {sentences: string[]; notes: string[]} {
  const old = provisionsById(before)
  const oldParts = new Map(before.parts.flatMap((part) => (part.id === null ? [] : [[part.id, part] as const])))
  const changed = (was: {inForce?: InForce} | undefined, now: {inForce?: InForce}): boolean => (was ? !sameInForce(was.inForce, now.inForce) : now.inForce !== undefined)
  const kept = (was: {inForce?: InForce} | undefined, now: {inForce?: InForce}): boolean => now.inForce !== undefined && was !== undefined && sameInForce(was.inForce, now.inForce)
  const sentences: string[] = []
  const shown = new Set(annex.sections.flatMap((section) => section.groups.flatMap((group) => group.clauses.map((clause) => clause.id))))
  const notes: string[] = []
  for (const part of after.parts) {
    const inPart = [...walkProvisions([{...after, parts: [part]}])]
    if (part.id !== null && changed(oldParts.get(part.id), part)) sentences.push(statusSentence(part.id, part.inForce))
    for (const {provision} of inPart) if (changed(old.get(provision.id), provision)) sentences.push(statusSentence(provision.id, provision.inForce))
    let partNoted = false
    for (const {provision, clause} of inPart) {
      if (!shown.has(clause.id)) continue
      if (!partNoted && part.id !== null && part.inForce && kept(oldParts.get(part.id), part)) notes.push(`(Status of Section ${part.id}: ${describeInForce(part.inForce)}.)`)
      partNoted = true
      if (kept(old.get(provision.id), provision)) notes.push(`(Status of Section ${provision.id}: ${describeInForce(provision.inForce)}.)`)
    }
  }
  return {sentences: sentences.map(visibleText), notes: notes.map(visibleText)}
}

describe.runIf(runLibreOfficeTests)('Word annex of status modifications in LibreOffice (property)', () => {
  it(`over ${CASES} random status modifications in one LibreOffice: each side's provisions exactly, and the status sentences of both versions`, async () => {
    const generated = fc.sample(statusModification, {seed: SEED, numRuns: CASES})
    const dir = mkdtempSync(path.join(tmpdir(), 'annex-status-lo-'))
    const cases = await Promise.all(
      generated.map(async (modification, index) => {
        const annex = buildAnnex(mp087Meta, redlineSections([modification.before], [modification.after]))
        const file = path.join(dir, `case-${index}.docx`)
        writeFileSync(file, await renderAnnexDocx(annex))
        return {modification, annex, file}
      })
    )
    const readings = readWithLibreOffice(cases.map((entry) => entry.file))
    expect(readings).toHaveLength(cases.length)
    const failures: string[] = []
    let sentenceCount = 0
    readings.forEach((reading, index) => {
      const {modification, annex, file} = cases[index] as (typeof cases)[number]
      // Statuses are kept by ID, so the lines follow from the two versions alone, even where a text edit shifts labels.
      const {sentences, notes} = expectedStatusLines(modification.before, modification.after, annex)
      sentenceCount += sentences.length
      for (const side of ['accept', 'reject'] as const) {
        const texts = reading[side].map((paragraph) => paragraph.text)
        const actual = {
          provisions: provisionTexts(reading[side]),
          sentences: texts.filter((text) => /^Section \S+ shall (?:be in force|come into force|cease to have effect)/.test(text)),
          notes: texts.filter((text) => text.startsWith('(Status of Section '))
        }
        const expected = {provisions: expectedParagraphs(annex, side), sentences, notes}
        if (JSON.stringify(actual) === JSON.stringify(expected)) continue
        failures.push(
          [
            `case ${index}, ${side === 'accept' ? 'Accept All' : 'Reject All'} (REDLINE_SEED=${SEED}; the file: ${file})`,
            `expected: ${JSON.stringify(expected, null, 1)}`,
            `LibreOffice: ${JSON.stringify(actual, null, 1)}`,
            `edits: ${JSON.stringify(modification.edits)}`,
            `before:\n${serializeSection(modification.before)}`,
            `after:\n${serializeSection(modification.after)}`
          ].join('\n')
        )
      }
    })
    if (failures.length > 0) console.error(`${failures.length} failures, REDLINE_SEED=${SEED}\n\n${failures.slice(0, 2).join('\n\n')}`)
    expect(failures.length, `REDLINE_SEED=${SEED}: ${failures[0] ?? ''}`).toBe(0)
    // The cases do change statuses: most of them at least one.
    expect(sentenceCount).toBeGreaterThan(CASES / 2)
  }, 180_000)
})
