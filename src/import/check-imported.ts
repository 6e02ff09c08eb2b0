import type {Corpus} from '../corpus/corpus.js'
import {readVersionSource, type SectionFile, type VersionSource} from '../corpus/version-source.js'
import {diffVersions} from '../diff/index.js'
import type {VersionDiff} from '../diff/types.js'
import {documentOfFile} from '../model/document-files.js'
import {documentRef} from '../model/ids.js'
import type {ImportedVersion} from './imported-version.js'

/** How an import compares with the stored version of the same ID. */
export interface ImportCheck {
  /** Whether every document file has the same bytes, and no document is missing on either side. */
  same: boolean
  /** The document files compared (`section-g.md`, `appendix-ab.md`, `schedule-11.md`). */
  files: string[]
  /** The clause-by-clause diff (stored → import) where they differ. */
  diff?: VersionDiff
}

/**
 * Compares an import with the stored version of the same ID, document file by document file, with
 * the shared diff library where they differ. (To compare with its base, build the import as the
 * base's ID, so that the files' `version:` lines agree.)
 */
export function checkImportedVersion(corpus: Corpus, imported: ImportedVersion): ImportCheck {
  const stored = readVersionSource(imported.version, () => corpus)
  const sections = importedFiles(imported)
  const ours: VersionSource = {id: null, label: 'import', manifest: null, sections}
  const files = imported.files.map((file) => file.name).filter((name) => name !== 'manifest.yaml')
  const same =
    stored.sections.length === sections.length &&
    stored.sections.every((file) => sections.find((s) => documentRef(s) === documentRef(file))?.text === file.text)
  return same ? {same, files} : {same, files, diff: diffVersions(stored, ours)}
}

/** The imported document files as the store reads its own: each under its real file name, with the letter and kind that name gives. */
function importedFiles(imported: ImportedVersion): SectionFile[] {
  return imported.files.flatMap((file) => {
    const document = documentOfFile(file.name)
    return document ? [{letter: document.letter, kind: document.kind, file: `import:${file.name}`, text: file.data}] : []
  })
}
