import path from 'node:path'
import {didYouMean, InputError, UsageError} from '../diagnostics/errors.js'
import type {Manifest} from '../model/types.js'
import {parseManifest} from '../parse/parse-manifest.js'
import {readVersionFiles} from '../read/read-corpus.js'
import type {DocumentKind} from '../model/ids.js'
import {DOCUMENT_FILE_EXPECTED, compareDocumentFiles, documentOfFile} from '../model/document-files.js'
import {listFolder, pathKind, readText} from '../read/read-text.js'
import type {Corpus} from './corpus.js'

/** One section file, read but not parsed. */
export interface SectionFile {
  /** The section letter from the file name, `G`. */
  letter: string
  /** The kind of document the file name gives (`appendix-ab.md`: appendix); absent: a section. */
  kind?: DocumentKind
  /** The path shown in messages: relative to the corpus root, or as given on the command line. */
  file: string
  text: string
}

/**
 * The text of one side of a comparison: a stored version, or a file or folder in the corpus
 * format (a drafter's working copy). Nothing is parsed yet, so that a diff can parse only what differs.
 */
export interface VersionSource {
  /** The version ID from the manifest or the store, or null for a folder or file without a manifest. */
  id: string | null
  /** How the side is named to the reader: `6.17`, or the path as given. */
  label: string
  /** The manifest, where there is one. */
  manifest: Manifest | null
  /** The section files, in letter order. */
  sections: SectionFile[]
}

/**
 * Reads `spec` as a stored version of `corpus` when it names one, otherwise as a path to a version
 * folder (`manifest.yaml` and `section-*.md` files) or to one section file. Unknown names fail with
 * suggestions; paths that are not in the corpus format fail with the file and what was expected.
 */
export function readVersionSource(spec: string, corpus: () => Corpus | undefined): VersionSource {
  const store = corpus()
  if (store?.has(spec)) {
    store.checkBaseChain(spec)
    const files = readVersionFiles(store.root, spec)
    return {
      id: spec,
      label: spec,
      manifest: parseManifest(files.manifest.text, files.manifest.file, spec),
      sections: files.sections
    }
  }
  if (pathKind(spec) !== 'missing') return readPath(spec)
  const known = store?.versionIds() ?? []
  throw new UsageError(
    `Unknown version '${spec}', expected a stored version${known.length > 0 ? ` (${known.join(', ')})` : ''} or a path to a version folder or section file${didYouMean(spec, known)}`
  )
}

function readPath(spec: string): VersionSource {
  const origin = {line: 1, column: 1}
  const kind = pathKind(spec)
  if (kind === 'other') {
    throw new InputError(`Unexpected path '${spec}': neither a file nor a folder, expected a version folder or a section file named section-<letter>.md`, {file: spec, start: origin})
  }
  if (kind === 'file') {
    const document = documentOfFile(path.basename(spec))
    if (!document) {
      throw new InputError(`Unexpected file '${spec}', expected a document file named ${DOCUMENT_FILE_EXPECTED} or a version folder`, {file: spec, start: origin})
    }
    // A section file inside a version folder takes the folder's manifest, for the change records.
    const manifestFile = path.join(path.dirname(spec), 'manifest.yaml')
    const manifest = pathKind(manifestFile) === 'missing' ? null : parseManifest(readText(manifestFile), manifestFile)
    return {id: manifest?.version ?? null, label: spec, manifest, sections: [{letter: document.letter, kind: document.kind, file: spec, text: readText(spec)}]}
  }
  const names = listFolder(spec).map((entry) => entry.name).sort(compareDocumentFiles)
  const sections = names.flatMap((name) => {
    const document = documentOfFile(name)
    return document ? [{letter: document.letter, kind: document.kind, file: path.join(spec, name), text: readText(path.join(spec, name))}] : []
  })
  const manifestFile = path.join(spec, 'manifest.yaml')
  const manifest = pathKind(manifestFile) === 'missing' ? null : parseManifest(readText(manifestFile), manifestFile)
  if (sections.length === 0) {
    throw new InputError(
      `No section files in folder '${spec}', expected a version folder holding section-<letter>.md files (such as sec-text/6.17)`,
      {file: spec, start: origin}
    )
  }
  return {id: manifest?.version ?? null, label: spec, manifest, sections}
}

/** A stored version's manifest, read on its own (no section file is read), or undefined when absent. */
export function readStoredManifest(corpus: Corpus, id: string): Manifest | undefined {
  if (!corpus.has(id)) return undefined
  const file = `sec-text/${id}/manifest.yaml`
  return pathKind(path.join(corpus.root, file), file) === 'missing' ? undefined : corpus.storedManifest(id)
}
