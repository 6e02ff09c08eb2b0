import {documentFileName} from '../model/document-files.js'
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {UsageError} from '../diagnostics/errors.js'
import {dateProblem} from '../model/dates.js'
import type {Manifest, Version} from '../model/types.js'
import {serializeManifest} from '../serialize/serialize-manifest.js'
import {serializeSection} from '../serialize/serialize-section.js'
import {writeFolderAtomic} from '../write/write-atomic.js'
import {applyModifications} from './apply-modification.js'
import {checkSafeId, loadModification} from './load-modification.js'

export interface ReleaseOptions {
  base: string
  as: string
  ids: string[]
  /** Release name, `November 2019 SEC Release`. */
  name?: string
  /** Effective date, `YYYY-MM-DD`. */
  date?: string
}

/** A file of a version folder, by name within the folder. */
export interface VersionFile {
  name: string
  data: string
}

/** A built release: the version in memory and the files of its folder. */
export interface BuiltRelease {
  version: Version
  files: VersionFile[]
}

/** Orders change record IDs the way people read them: MP87 before MP100. */
export function sortIds(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
}

/**
 * Builds a new version in memory: the base with the change records applied, and its manifest.
 * The manifest lists the records in ID order, so the result does not depend on the order given.
 */
export function buildRelease(corpus: Corpus, options: ReleaseOptions): BuiltRelease {
  checkSafeId(options.base, 'base version')
  checkSafeId(options.as, 'version')
  for (const id of options.ids) checkSafeId(id, 'modification ID')
  const dateError = options.date === undefined ? undefined : dateProblem(options.date)
  if (dateError !== undefined) throw new UsageError(`Unexpected date '${options.date ?? ''}' for --date, ${dateError}`)
  if (new Set(options.ids).size !== options.ids.length) throw new UsageError(`Unexpected repeated change record in ${options.ids.join(' ')}, expected each once`)
  const base = corpus.version(options.base)
  const modifications = options.ids.map((id) => loadModification(corpus, id))
  const changes = sortIds(options.ids)
  const source = `Built by 'redline release' from ${base.id}${changes.length > 0 ? ` with ${changes.join(', ')}` : ''}.${gapNote(base.id, options.as)}`
  const manifest: Manifest = {version: options.as, base: base.id, changes, source}
  if (options.name !== undefined) manifest.release = options.name
  if (options.date !== undefined) manifest.effective = options.date
  if (base.manifest.excerpt !== undefined) manifest.excerpt = base.manifest.excerpt
  const version = applyModifications(base, modifications, {as: options.as, manifest})
  return {version, files: versionFiles(version)}
}

/** The files of a version folder: `manifest.yaml` and one `section-<letter>.md` per section. */
export function versionFiles(version: Version): VersionFile[] {
  return [
    {name: 'manifest.yaml', data: serializeManifest(version.manifest)},
    ...version.sections.map((section) => ({name: documentFileName(section), data: serializeSection(section)}))
  ]
}

/** "Versions 6.18 to 6.20 are not in this corpus." when a release skips numbers. */
function gapNote(base: string, next: string): string {
  const a = /^(\d+)\.(\d+)$/.exec(base)
  const b = /^(\d+)\.(\d+)$/.exec(next)
  if (!a || !b || a[1] !== b[1]) return ''
  const from = Number(a[2]) + 1
  const to = Number(b[2]) - 1
  if (to < from) return ''
  return to === from ? ` Version ${a[1]}.${from} is not in this corpus.` : ` Versions ${a[1]}.${from} to ${a[1]}.${to} are not in this corpus.`
}

/**
 * Writes a built release to `sec-text/<version>/`: built in a temporary folder and renamed into
 * place, so on any failure nothing under `sec-text/` changes. Refuses an existing version.
 */
export function writeRelease(corpus: Corpus, built: BuiltRelease): string {
  const target = path.join(corpus.root, 'sec-text', built.version.id)
  if (existsSync(target) || corpus.has(built.version.id)) {
    throw new UsageError(`Version ${built.version.id} exists already (sec-text/${built.version.id}/), expected a new version ID; releases are never overwritten`)
  }
  writeFolderAtomic(target, built.files)
  return `sec-text/${built.version.id}`
}
