import type {Corpus} from '../corpus/corpus.js'
import {readVersionSource, type VersionSource} from '../corpus/version-source.js'
import {diffVersions} from '../diff/index.js'
import type {VersionDiff} from '../diff/types.js'
import type {ImportedVersion} from './imported-version.js'

/** How an import compares with the stored version of the same ID. */
export interface ImportCheck {
  /** Whether every section file has the same bytes, and no section is missing on either side. */
  same: boolean
  /** The section files compared. */
  files: string[]
  /** The clause-by-clause diff (stored → import) where they differ. */
  diff?: VersionDiff
}

/** Compares an import with the stored version of the same ID, section file by section file, with the shared diff library where they differ. */
export function checkImportedVersion(corpus: Corpus, imported: ImportedVersion): ImportCheck {
  const stored = readVersionSource(imported.version, () => corpus)
  const sections = imported.files.filter((file) => file.name !== 'manifest.yaml').map((file) => ({letter: file.name.charAt(8).toUpperCase(), file: `import:${file.name}`, text: file.data}))
  const ours: VersionSource = {id: null, label: 'import', manifest: null, sections}
  const files = sections.map((s) => `section-${s.letter.toLowerCase()}.md`)
  const same =
    stored.sections.length === sections.length &&
    stored.sections.every((file) => sections.find((s) => s.letter === file.letter)?.text === file.text)
  return same ? {same, files} : {same, files, diff: diffVersions(stored, ours)}
}
