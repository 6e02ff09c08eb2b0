import {existsSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {UsageError} from '../diagnostics/errors.js'
import {writeFolderAtomic} from '../write/write-atomic.js'
import {temporaryPathFor} from '../write/temporary-paths.js'
import type {Draft} from './draft-modification.js'
import {LEGAL_TEXT_FILE, META_FILE, modificationDir} from './load-modification.js'

function draftFiles(draft: Draft): Array<{name: string; data: string}> {
  return [
    {name: META_FILE, data: draft.modificationText},
    {name: LEGAL_TEXT_FILE, data: draft.legalText}
  ]
}

/** Writes a new change record folder `modifications/<ID>/` atomically. Refuses an existing record. */
export function writeModification(corpus: Corpus, draft: Draft): string {
  const dir = modificationDir(draft.meta.id)
  const target = path.join(corpus.root, dir)
  if (existsSync(target)) throw new UsageError(`Modification ${draft.meta.id} exists already (${dir}/), expected a new ID`)
  writeFolderAtomic(target, draftFiles(draft))
  return dir
}

/**
 * Replaces an existing change record folder with a re-drafted one: the new folder is written
 * beside it, then swapped in by two renames; a failure before the swap leaves the record as it was.
 */
export function replaceModification(corpus: Corpus, draft: Draft): string {
  const dir = modificationDir(draft.meta.id)
  const target = path.join(corpus.root, dir)
  const fresh = temporaryPathFor(target, '.new')
  const old = temporaryPathFor(target, '.previous')
  writeFolderAtomic(fresh, draftFiles(draft))
  try {
    renameSync(target, old)
    renameSync(fresh, target)
  } catch (error) {
    if (!existsSync(target) && existsSync(old)) renameSync(old, target)
    rmSync(fresh, {recursive: true, force: true})
    throw error
  }
  rmSync(old, {recursive: true, force: true})
  return dir
}
