import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {didYouMean, InputError, UsageError} from '../diagnostics/errors.js'
import {SAFE_ID} from '../model/ids.js'
import type {Modification} from './modification-types.js'
import {refuseConflictBlocks} from './conflict-blocks.js'
import {parseLegalText} from './parse-legal-text.js'
import {parseModificationMeta} from './parse-modification-meta.js'

export const META_FILE = 'modification.md'
export const LEGAL_TEXT_FILE = 'legal-text.md'

/** Refuses IDs that could reach outside their folder: only `[A-Za-z0-9._-]`, and not `.` or `..`. */
export function checkSafeId(id: string, what: string): void {
  if (!SAFE_ID.test(id) || id === '.' || id === '..') {
    throw new UsageError(`Unexpected ${what} '${id}', expected only letters, digits, '.', '_' and '-' (no path characters)`)
  }
}

/** The IDs of the change records under `modifications/`, sorted. */
export function listModificationIds(corpus: Corpus): string[] {
  if (!corpus.hasModifications()) return []
  return readdirSync(corpus.modificationsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && SAFE_ID.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
}

/** The folder of a change record, relative to the corpus root: `modifications/MP087`. */
export function modificationDir(id: string): string {
  return `modifications/${id}`
}

/** Reads and parses `modifications/<id>/`: its metadata and its legal text. */
export function loadModification(corpus: Corpus, id: string): Modification {
  checkSafeId(id, 'modification ID')
  const dir = modificationDir(id)
  const metaFile = `${dir}/${META_FILE}`
  const legalTextFile = `${dir}/${LEGAL_TEXT_FILE}`
  if (!existsSync(path.join(corpus.root, dir))) {
    const known = listModificationIds(corpus)
    throw new UsageError(`Unknown modification '${id}', expected one of ${known.join(', ') || '(none under modifications/)'}${didYouMean(id, known)}`)
  }
  for (const file of [metaFile, legalTextFile]) {
    if (!existsSync(path.join(corpus.root, file))) throw new InputError(`Missing ${file}, expected ${dir}/ to hold ${META_FILE} and ${LEGAL_TEXT_FILE}`, {file, start: {line: 1, column: 1}})
  }
  const meta = parseModificationMeta(readFileSync(path.join(corpus.root, metaFile), 'utf8'), metaFile, id)
  const legalText = readFileSync(path.join(corpus.root, legalTextFile), 'utf8')
  refuseConflictBlocks(legalText, legalTextFile, id)
  const sections = parseLegalText(legalText, legalTextFile)
  return {meta, metaFile, legalTextFile, sections}
}
