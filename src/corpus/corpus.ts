import {existsSync} from 'node:fs'
import path from 'node:path'
import {didYouMean, UsageError} from '../diagnostics/errors.js'
import {compareVersions} from '../model/ids.js'
import type {Located, Manifest, Version} from '../model/types.js'
import {findProvision, provisionIds} from '../model/walk.js'
import {parseManifest} from '../parse/parse-manifest.js'
import {parseSection} from '../parse/parse-section.js'
import {listVersionDirs, readVersionFiles} from '../read/read-corpus.js'

/**
 * A corpus: a root folder holding `sec-text/<version>/` folders and `modifications/<ID>/` records.
 * Versions are read and parsed on first use and kept.
 */
export class Corpus {
  /** The corpus root, absolute. */
  readonly root: string
  readonly #ids: string[]
  readonly #versions = new Map<string, Version>()

  constructor(root: string) {
    this.root = path.resolve(root)
    this.#ids = listVersionDirs(this.root).sort(compareVersions)
  }

  /** Version IDs, oldest first (numeric order: 5.19 before 5.20 before 6.17). */
  versionIds(): string[] {
    return [...this.#ids]
  }

  /** The newest version ID. */
  latest(): string {
    return this.#ids[this.#ids.length - 1] ?? ''
  }

  /** Whether `sec-text/<id>/` exists. */
  has(id: string): boolean {
    return this.#ids.includes(id)
  }

  /** A version, parsed. Throws a usage error with suggestions for an unknown ID. */
  version(id: string): Version {
    const cached = this.#versions.get(id)
    if (cached) return cached
    if (!this.has(id)) {
      throw new UsageError(`Unknown version '${id}', expected one of ${this.#ids.join(', ')}${didYouMean(id, this.#ids)}`)
    }
    const files = readVersionFiles(this.root, id)
    const manifest = parseManifest(files.manifest.text, files.manifest.file, id)
    const sections = files.sections.map((file) => parseSection(file.text, file.file, {letter: file.letter, version: id}))
    const version: Version = {id, manifest, dir: files.dir, sections}
    this.#versions.set(id, version)
    return version
  }

  /** A version's manifest. */
  manifest(id: string): Manifest {
    return this.version(id).manifest
  }

  /** A provision of a version, with its context. Throws a usage error with suggestions when absent. */
  find(versionId: string, provisionId: string): Located {
    const version = this.version(versionId)
    const found = findProvision(version, provisionId)
    if (found) return found
    throw new UsageError(
      `Unknown provision '${provisionId}' in version ${versionId}, expected a clause or sub-paragraph of that version${didYouMean(provisionId, provisionIds(version))}`
    )
  }

  /** The folder of the modification records. */
  get modificationsDir(): string {
    return path.join(this.root, 'modifications')
  }

  /** Whether the corpus has a `modifications/` folder. */
  hasModifications(): boolean {
    return existsSync(this.modificationsDir)
  }
}

/** Opens the corpus at `root` (default: the current folder). */
export function openCorpus(root = '.'): Corpus {
  return new Corpus(root)
}
