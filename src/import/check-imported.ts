import type {Corpus} from '../corpus/corpus.js'
import {readVersionSource, type SectionFile, type VersionSource} from '../corpus/version-source.js'
import {diffVersions} from '../diff/index.js'
import type {SourcePoint, VersionDiff} from '../diff/types.js'
import {documentOfFile} from '../model/document-files.js'
import {documentRef} from '../model/ids.js'
import type {ImportedVersion} from './imported-version.js'
import {describePlace, type SourcePlace} from './source-paragraph.js'

/** Where the imported provisions stand in their sources: the diff cites them there, not in the canonical files built from them. */
export interface ImportSources {
  /** Where each provision starts in its source, by provision ID. */
  places: ReadonlyMap<string, SourcePlace>
  /** The source of each document, by document reference (`G`, `Appendix AB`). */
  sourceFiles: ReadonlyMap<string, string>
}

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
export function checkImportedVersion(corpus: Corpus, imported: ImportedVersion, sources?: ImportSources): ImportCheck {
  const stored = readVersionSource(imported.version, () => corpus)
  const sections = importedFiles(imported, sources)
  const ours: VersionSource = {id: null, label: 'import', manifest: null, sections}
  const files = imported.files.map((file) => file.name).filter((name) => name !== 'manifest.yaml')
  const same =
    stored.sections.length === sections.length &&
    stored.sections.every((file) => sections.find((s) => documentRef(s) === documentRef(file))?.text === file.text)
  if (same) return {same, files}
  const diff = diffVersions(stored, ours)
  return {same, files, diff: sources ? citeSources(diff, sources) : diff}
}

/**
 * The imported document files as the store reads its own: each under its real file name, with the
 * letter and kind that name gives, and named (in messages) by the source it came from where known.
 */
function importedFiles(imported: ImportedVersion, sources: ImportSources | undefined): SectionFile[] {
  return imported.files.flatMap((file) => {
    const document = documentOfFile(file.name)
    if (!document) return []
    const source = sources?.sourceFiles.get(documentRef(document))
    return [{letter: document.letter, kind: document.kind, file: source ?? `import:${file.name}`, text: file.data}]
  })
}

/**
 * The diff with each imported provision cited where it stands in its source (`draft.docx paragraph
 * 12`, `annex.txt:718 (page 3)`) rather than in the canonical file built from it: its own place, else
 * its clause's, else the source file.
 */
function citeSources(diff: VersionDiff, sources: ImportSources): VersionDiff {
  const cite = (id: string, clause: string, section: string): SourcePoint | null => {
    const place = sources.places.get(id) ?? sources.places.get(clause)
    if (place) return {file: place.file, line: place.line ?? 0, column: 1, cite: describePlace(place)}
    const file = sources.sourceFiles.get(section)
    return file === undefined ? null : {file, line: 0, column: 1, cite: file}
  }
  return {...diff, changes: diff.changes.map((change) => (change.newPlace ? {...change, newPlace: cite(change.id, change.clause, change.section)} : change))}
}
