import path from 'node:path'
import {didYouMean, InputError, UsageError} from '../diagnostics/errors.js'
import {compareVersions, looksLikeAnId, splitProvisionId} from '../model/ids.js'
import type {Located, Manifest, Version} from '../model/types.js'
import {findDefinition, findProvision, provisionIds} from '../model/walk.js'
import {manifestPlace, parseManifest} from '../parse/parse-manifest.js'
import {parseSection} from '../parse/parse-section.js'
import {listVersionDirs, readVersionFiles} from '../read/read-corpus.js'
import {checkInsideRoot, pathKind, readCorpusText} from '../read/read-text.js'

/**
 * A corpus: a root folder holding `sec-text/<version>/` folders and `modifications/<ID>/` records.
 * Versions are read and parsed on first use and kept.
 */
export class Corpus {
  /** The corpus root, absolute. */
  readonly root: string
  readonly #ids: string[]
  readonly #versions = new Map<string, Version>()
  readonly #manifests = new Map<string, Manifest>()
  readonly #chains = new Set<string>()

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
    this.checkBaseChain(id)
    const files = readVersionFiles(this.root, id)
    const manifest = parseManifest(files.manifest.text, files.manifest.file, id)
    const sections = files.sections.map((file) => parseSection(file.text, file.file, {letter: file.letter, kind: file.kind, version: id}))
    const version: Version = {id, manifest, dir: files.dir, sections}
    this.#versions.set(id, version)
    return version
  }

  /** A stored version's manifest, read on its own (no section file is read). */
  storedManifest(id: string): Manifest {
    const cached = this.#versions.get(id)?.manifest ?? this.#manifests.get(id)
    if (cached) return cached
    if (!this.has(id)) throw new UsageError(`Unknown version '${id}', expected one of ${this.#ids.join(', ')}${didYouMean(id, this.#ids)}`)
    const file = `sec-text/${id}/manifest.yaml`
    checkInsideRoot(this.root, path.join(this.root, 'sec-text', id), `sec-text/${id}`)
    if (pathKind(path.join(this.root, file), file) === 'missing') {
      throw new InputError(`Missing manifest, expected ${file} (version, base, changes, source)`, {file, start: {line: 1, column: 1}})
    }
    const manifest = parseManifest(readCorpusText(this.root, file), file, id)
    this.#manifests.set(id, manifest)
    return manifest
  }

  /**
   * Checks the chain of bases from a version back to its first version: every base is a stored
   * version, and no version is its own ancestor. A missing base or a cycle is an input error at
   * the `base` line of the manifest that names it.
   */
  checkBaseChain(id: string): void {
    if (this.#chains.has(id)) return
    const seen: string[] = []
    let current: string | null = id
    while (current !== null && !this.#chains.has(current)) {
      const manifest = this.storedManifest(current)
      seen.push(current)
      const base: string | null = manifest.base
      if (base === null) break
      const place = manifestPlace(manifest, 'base')
      if (base === current) {
        throw new InputError(`Unexpected base '${base}' of version ${current}: a version cannot be based on itself, expected an earlier version or base: null`, place)
      }
      if (seen.includes(base)) {
        throw new InputError(`Unexpected base '${base}' of version ${current}: the bases form a cycle (${[...seen, base].join(' → ')}), expected the chain of bases to end at a first version (base: null)`, place)
      }
      if (!this.has(base)) {
        throw new InputError(`Unknown base version '${base}' of ${current}, expected a version under sec-text/ (${this.#ids.join(', ')}) or base: null for a first version${didYouMean(base, this.#ids)}`, place)
      }
      current = base
    }
    for (const checked of seen) this.#chains.add(checked)
  }

  /** A version's manifest. */
  manifest(id: string): Manifest {
    return this.version(id).manifest
  }

  /** A provision of a version, with its context. Throws a usage error with suggestions when absent. */
  find(versionId: string, provisionId: string): Located {
    const version = this.version(versionId)
    const found = findProvision(version, provisionId) ?? findDefinition(version, provisionId)
    if (found) return found
    if (!splitProvisionId(provisionId) && looksLikeAnId(provisionId)) {
      throw new UsageError(
        `Unexpected ID form '${provisionId}', expected a provision ID such as G3.20, G3.20(b), A1.1[Alert Window] or AB:2.11(a), a part such as G3 or AB:2, or a table such as F2.11/table or F2.11/table/2${didYouMean(provisionId, provisionIds(version))}`
      )
    }
    throw new UsageError(
      `Unknown provision '${provisionId}' in version ${versionId}, expected a clause, sub-paragraph or defined term of that version${didYouMean(provisionId, provisionIds(version))}`
    )
  }

  /** The folder of the modification records. */
  get modificationsDir(): string {
    return path.join(this.root, 'modifications')
  }

  /** Whether the corpus has a `modifications/` folder. */
  hasModifications(): boolean {
    return pathKind(this.modificationsDir, 'modifications') !== 'missing'
  }
}

/** Opens the corpus at `root` (default: the current folder). */
export function openCorpus(root = '.'): Corpus {
  return new Corpus(root)
}
