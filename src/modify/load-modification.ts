import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {didYouMean, InputError, UsageError} from '../diagnostics/errors.js'
import {idProblem, SAFE_ID} from '../model/ids.js'
import {listFolder, pathKind, readCorpusText} from '../read/read-text.js'
import type {Manifest, Version} from '../model/types.js'
import {manifestPlace} from '../parse/parse-manifest.js'
import type {Modification} from './modification-types.js'
import {refuseConflictBlocks} from './conflict-blocks.js'
import {parseLegalText} from './parse-legal-text.js'
import {metaBasePlace, parseModificationMeta} from './parse-modification-meta.js'

export const META_FILE = 'modification.md'
export const LEGAL_TEXT_FILE = 'legal-text.md'

/** Refuses IDs that break the ID rule of `src/model/ids.ts` (path characters, length, device names). */
export function checkSafeId(id: string, what: string): void {
  const problem = idProblem(id)
  if (problem !== undefined) throw new UsageError(`Unexpected ${what} '${id}', ${problem}`)
}

/** The IDs of the change records under `modifications/`, sorted. */
export function listModificationIds(corpus: Corpus): string[] {
  if (!corpus.hasModifications()) return []
  return listFolder(corpus.modificationsDir, 'modifications')
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
  if (pathKind(path.join(corpus.root, dir), dir) === 'missing') {
    const known = listModificationIds(corpus)
    throw new UsageError(`Unknown modification '${id}', expected one of ${known.join(', ') || '(none under modifications/)'}${didYouMean(id, known)}`)
  }
  for (const file of [metaFile, legalTextFile]) {
    if (pathKind(path.join(corpus.root, file), file) === 'missing') throw new InputError(`Missing ${file}, expected ${dir}/ to hold ${META_FILE} and ${LEGAL_TEXT_FILE}`, {file, start: {line: 1, column: 1}})
  }
  const meta = parseModificationMeta(readCorpusText(corpus.root, metaFile), metaFile, id)
  const legalText = readCorpusText(corpus.root, legalTextFile)
  refuseConflictBlocks(legalText, legalTextFile, id)
  const sections = parseLegalText(legalText, legalTextFile)
  return {meta, metaFile, legalTextFile, sections}
}

/** The change records a manifest lists, loaded; a record that is not under modifications/ is an error at the manifest line naming it. */
export function loadListedModifications(corpus: Corpus, manifest: Manifest): Modification[] {
  return manifest.changes.map((id) => {
    if (pathKind(path.join(corpus.root, modificationDir(id)), modificationDir(id)) === 'missing') {
      const known = listModificationIds(corpus)
      throw new InputError(
        `Unknown change record '${id}' listed by version ${manifest.version}, expected a folder ${modificationDir(id)}/ (known: ${known.join(', ') || 'none'})${didYouMean(id, known)}`,
        manifestPlace(manifest, 'changes', id)
      )
    }
    return loadModification(corpus, id)
  })
}

/** The version a change record is drafted against; an unknown one is an error at its metadata's `base:` line. */
export function modificationBase(corpus: Corpus, modification: Modification): Version {
  const id = modification.meta.base
  if (!corpus.has(id)) {
    const known = corpus.versionIds()
    throw new InputError(`Unknown base version '${id}' of ${modification.meta.id}, expected a version under sec-text/ (${known.join(', ')})${didYouMean(id, known)}`, metaBasePlace(modification.meta, modification.metaFile))
  }
  return corpus.version(id)
}
