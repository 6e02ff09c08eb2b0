import type {Corpus} from '../corpus/corpus.js'
import {readVersionSource, type VersionSource} from '../corpus/version-source.js'
import {changeCount, diffVersions} from '../diff/index.js'
import {renderDiffTerm} from '../render/diff-term.js'
import type {ImportedVersion} from './imported-version.js'

/**
 * Compares an import with the stored version of the same ID, section file by section file: the
 * same bytes, or a clause-by-clause diff (the shared diff library and its terminal view).
 */
export function checkImportedVersion(corpus: Corpus, imported: ImportedVersion, color: boolean): {same: boolean; output: string} {
  const stored = readVersionSource(imported.version, () => corpus)
  const sections = imported.files.filter((file) => file.name !== 'manifest.yaml').map((file) => ({letter: file.name.charAt(8).toUpperCase(), file: `import:${file.name}`, text: file.data}))
  const ours: VersionSource = {id: null, label: 'import', manifest: null, sections}
  const letters = new Set(sections.map((s) => s.letter))
  const same =
    stored.sections.length === sections.length &&
    stored.sections.every((file) => letters.has(file.letter) && sections.find((s) => s.letter === file.letter)?.text === file.text)
  if (same) return {same, output: `import equals sec-text/${imported.version}/ (${sections.map((s) => `section-${s.letter.toLowerCase()}.md`).join(', ')})`}
  const diff = diffVersions(stored, ours)
  const body = changeCount(diff.summary.totals) > 0 ? renderDiffTerm(diff, {color}) : 'the clauses are equal; the files differ in titles, headings or layout'
  return {same, output: `import differs from sec-text/${imported.version}/:\n${body}`}
}
