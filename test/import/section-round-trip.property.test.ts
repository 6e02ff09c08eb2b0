import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {importSources, unplacedError} from '../../src/import/import-document.js'
import {readSource} from '../../src/import/read-source.js'
import type {ProvisionBase, Section} from '../../src/model/types.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {section} from '../helpers/arbitraries.js'
import {pandocMany, sofficeConvert} from './office.js'

/**
 * Random sections (generated, illustrative text). `REDLINE_SEED=<n>` replays a run;
 * `REDLINE_IMPORT_SECTIONS=<n>` sets the count (default 150 through each writer).
 */
const COUNT = Number(process.env.REDLINE_IMPORT_SECTIONS ?? 150)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)
const samples: Section[] = fc.sample(section, {numRuns: COUNT, seed: SEED})

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A section as HTML a drafter might write: headings, and each paragraph indented by its depth (1 cm a level). */
function sectionHtml(s: Section): string {
  const out = [`<h1>${escapeHtml(`Section ${s.letter}: ${s.title}`)}</h1>`]
  const p = (depth: number, text: string): number => out.push(`<p style="margin-left:${depth + 1}cm">${escapeHtml(text)}</p>`)
  const body = (provision: ProvisionBase, depth: number): void => {
    for (const item of provision.items) {
      p(depth + 1, `(${item.label})${item.text === '' ? '' : ` ${item.text}`}`)
      body(item, depth + 1)
    }
    if (provision.tail !== '') p(depth, provision.tail)
  }
  for (const part of s.parts) {
    if (part.id !== null) out.push(`<h2>${escapeHtml(part.title === null ? part.id : `${part.id} ${part.title}`)}</h2>`)
    for (const group of part.groups) {
      if (group.heading !== null) out.push(`<h3>${escapeHtml(group.heading)}</h3>`)
      for (const clause of group.clauses) {
        p(0, clause.text === '' ? clause.id : `${clause.id} ${clause.text}`)
        body(clause, 0)
      }
    }
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Section</title></head><body>\n${out.join('\n')}\n</body></html>\n`
}

async function imported(file: string): Promise<string> {
  const result = importSources([await readSource(new Uint8Array(readFileSync(file)), file)])
  const problem = unplacedError(result)
  if (problem) throw problem
  const [only] = result.sections
  return only ? serializeSection({...only, version: '6.17'}) : ''
}

/**
 * Round trips through word processors we did not write: a random section as its canonical
 * markdown through pandoc's docx writer, and as HTML through LibreOffice's (one soffice run for
 * every file), imported back: the same section file, byte for byte.
 */
describe('import of sections written by pandoc and LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-round-trip-'))

  it(`gives back each random section file from pandoc’s docx (${COUNT} sections)`, async () => {
    await pandocMany(samples.map((s, index) => ({args: ['-f', 'commonmark', '-t', 'docx', '-o', path.join(dir, `pandoc-${index}.docx`)], input: serializeSection(s)})))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, `pandoc-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, 120_000)

  it(`gives back each random section file from LibreOffice’s docx (${COUNT} sections, one soffice)`, async () => {
    const html = samples.map((s, index) => {
      const file = path.join(dir, `lo-${index}.html`)
      writeFileSync(file, sectionHtml(s))
      return file
    })
    sofficeConvert(html, 'docx:MS Word 2007 XML', path.join(dir, 'lo'))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, 'lo', `lo-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, 180_000)
})
