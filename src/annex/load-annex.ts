import type {Corpus} from '../corpus/corpus.js'
import {applyModifications} from '../modify/apply-modification.js'
import {loadModification, modificationBase} from '../modify/load-modification.js'
import type {ModificationMeta} from '../modify/modification-types.js'
import {redlineSections} from '../redline/redline-sections.js'
import type {Annex, AnnexContext, AnnexMeta} from './annex-types.js'
import {buildAnnex} from './build-annex.js'

export interface LoadAnnexOptions {
  context?: AnnexContext
  /** The legal text's own version, printed as "Legal text – version 0.1" (default `0.1`). */
  legalTextVersion?: string
}

/**
 * The annex of a modification in a corpus: its metadata, its legal text applied to its base version
 * (refused with the clause and words where it does not apply), and the redline of base against result.
 */
export function loadAnnex(corpus: Corpus, id: string, options: LoadAnnexOptions = {}): Annex {
  const modification = loadModification(corpus, id)
  const base = modificationBase(corpus, modification)
  const result = applyModifications(base, [modification])
  const redline = redlineSections(base.sections, result.sections)
  return buildAnnex(annexMetaOf(modification.meta, options.legalTextVersion ?? modification.meta.legalTextVersion ?? '0.1'), redline, options.context ?? 'heading')
}

/** What the annex needs of a modification's metadata. */
export function annexMetaOf(meta: ModificationMeta, legalTextVersion: string): AnnexMeta {
  return {
    id: meta.id,
    title: meta.title,
    base: meta.base,
    legalTextVersion,
    ...(meta.classification ? {classification: meta.classification} : {}),
    author: {name: meta.author.name, date: meta.author.date},
    ...(meta.kind === 'direction' ? {kind: 'direction' as const} : {})
  }
}
