import {lstatSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/errors.js'
import {idProblem, type DocumentKind} from '../model/ids.js'
import {compareDocumentFiles, DOCUMENT_FILE_EXPECTED, documentOfFile, looksLikeDocumentFile} from '../model/document-files.js'
import {checkInsideRoot, listFolder, pathKind, readCorpusText} from './read-text.js'

/** The files of one version folder, read but not parsed. */
export interface VersionFiles {
  id: string
  /** Folder relative to the corpus root, with forward slashes: `sec-text/6.17`. */
  dir: string
  manifest: {file: string; text: string}
  sections: Array<{letter: string; kind: DocumentKind; file: string; text: string}>
}

export const SECTION_FILE = /^section-([a-z])\.md$/

/** The version folder names under `<root>/sec-text/`, unsorted. Fails on a missing or empty folder. */
export function listVersionDirs(root: string): string[] {
  const dir = path.join(root, 'sec-text')
  checkInsideRoot(root, dir, 'sec-text')
  if (pathKind(dir, 'sec-text') !== 'folder') {
    throw new InputError(
      `No sec-text/ folder in ${path.resolve(root)}, expected the corpus root to hold sec-text/<version>/ folders (use --root)`,
      {file: 'sec-text', start: {line: 1, column: 1}}
    )
  }
  const names = versionFolderNames(root)
  if (names.length === 0) {
    throw new InputError('Empty sec-text/ folder, expected at least one version folder such as sec-text/6.17/ with a manifest.yaml', {
      file: 'sec-text',
      start: {line: 1, column: 1}
    })
  }
  for (const name of names) {
    const problem = idProblem(name)
    if (problem !== undefined) {
      throw new InputError(`Unexpected version folder name '${name}', ${problem}`, {
        file: `sec-text/${name}`,
        start: {line: 1, column: 1}
      })
    }
  }
  return names
}

/** The names of the folders under `<root>/sec-text/` (an existing folder) that may be versions: temporaries and other hidden names left out. */
function versionFolderNames(root: string): string[] {
  const dir = path.join(root, 'sec-text')
  return listFolder(dir, 'sec-text')
    // A link to a folder counts (and is refused when it leads outside the root, as it is read).
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && pathKind(path.join(dir, entry.name), `sec-text/${entry.name}`) === 'folder')))
    .map((entry) => entry.name)
}

/**
 * Whether the corpus root (an existing folder) holds no version yet: no `sec-text/` at all, or a
 * `sec-text/` folder without version folders. Anything else at `sec-text` (a file, a dangling
 * link) is not an empty store: reading the corpus names it.
 */
export function holdsNoVersion(root: string): boolean {
  if (pathKind(root) !== 'folder') return false
  const dir = path.join(root, 'sec-text')
  try {
    lstatSync(dir)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
  checkInsideRoot(root, dir, 'sec-text')
  return pathKind(dir, 'sec-text') === 'folder' && versionFolderNames(root).length === 0
}

/** Reads the manifest and the section files of `sec-text/<id>/`. */
export function readVersionFiles(root: string, id: string): VersionFiles {
  const dir = `sec-text/${id}`
  const abs = path.join(root, dir)
  const manifestFile = `${dir}/manifest.yaml`
  checkInsideRoot(root, abs, dir)
  const entries = listFolder(abs, dir).map((entry) => entry.name)
  if (!entries.includes('manifest.yaml')) {
    throw new InputError(`Missing manifest, expected ${manifestFile} (version, base, changes, source)`, {file: manifestFile, start: {line: 1, column: 1}})
  }
  const sections = entries
    .filter(looksLikeDocumentFile)
    .sort(compareDocumentFiles)
    .map((name) => {
      const document = documentOfFile(name)
      const file = `${dir}/${name}`
      if (!document) throw new InputError(`Unexpected file name '${name}', expected ${DOCUMENT_FILE_EXPECTED}`, {file, start: {line: 1, column: 1}})
      return {letter: document.letter, kind: document.kind, file, text: readCorpusText(root, file)}
    })
  return {id, dir, manifest: {file: manifestFile, text: readCorpusText(root, manifestFile)}, sections}
}
