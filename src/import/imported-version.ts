import {InputError, RedlineError} from '../diagnostics/errors.js'
import type {Manifest, Section} from '../model/types.js'
import {parseSection} from '../parse/parse-section.js'
import {serializeManifest} from '../serialize/serialize-manifest.js'
import {serializeSection} from '../serialize/serialize-section.js'

/** An imported version, ready to write or compare: its canonical files. */
export interface ImportedVersion {
  version: string
  manifest: Manifest
  sections: Section[]
  /** `manifest.yaml` and `section-<letter>.md`, canonical. */
  files: Array<{name: string; data: string}>
}

/**
 * The canonical files of an imported version: each section serialized and parsed back as the
 * corpus reads it (so an import never writes a file the corpus refuses), and a manifest naming the
 * sources.
 */
export function buildImportedVersion(sections: readonly Section[], options: {version: string; base: string | null; files: readonly string[]}): ImportedVersion {
  const manifest: Manifest = {version: options.version, base: options.base, changes: [], source: `Imported by 'redline import' from ${options.files.join(', ')}.`}
  const files: Array<{name: string; data: string}> = [{name: 'manifest.yaml', data: serializeManifest(manifest)}]
  const built: Section[] = []
  for (const section of sections) {
    const withVersion: Section = {...section, version: options.version}
    const name = `section-${section.letter.toLowerCase()}.md`
    const data = serializeSection(withVersion)
    try {
      parseSection(data, `sec-text/${options.version}/${name}`, {letter: section.letter, version: options.version})
    } catch (error) {
      if (error instanceof RedlineError) throw new InputError(`The imported Section ${section.letter} does not form a valid section file: ${error.message}`, {file: name, start: {line: 1, column: 1}})
      throw error
    }
    files.push({name, data})
    built.push(withVersion)
  }
  return {version: options.version, manifest, sections: built, files}
}
