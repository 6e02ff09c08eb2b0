import {InputError, RedlineError} from '../diagnostics/errors.js'
import {documentName} from '../model/ids.js'
import type {Manifest, Section} from '../model/types.js'
import {parseSection} from '../parse/parse-section.js'
import {serializeManifest} from '../serialize/serialize-manifest.js'
import {serializeSection} from '../serialize/serialize-section.js'

/** An imported version, ready to write or compare: its canonical files. */
export interface ImportedVersion {
  version: string
  manifest: Manifest
  sections: Section[]
  /** `manifest.yaml` and `section-<letter>.md` (`appendix-ab.md`, `schedule-11.md` for Appendices and Schedules), canonical. */
  files: Array<{name: string; data: string}>
}

/**
 * The canonical files of an imported version: each section serialized and parsed back as the
 * corpus reads it (so an import never writes a file the corpus refuses), and a manifest naming the
 * sources. `base` is the version the import equals with no change records (what `verify` proves);
 * `follows` a version it comes after but differs from, which no change record explains: the
 * manifest then has no base (its text is its own source, as a first version's is) and its source
 * names the version it follows.
 */
export function buildImportedVersion(sections: readonly Section[], options: {version: string; base: string | null; follows?: string; files: readonly string[]}): ImportedVersion {
  const from = `Imported by 'redline import' from ${options.files.join(', ')}.`
  const source = options.follows === undefined ? from : `${from} It follows ${options.follows} but differs from it, and no change record in this corpus explains the difference: its text is its own source.`
  const manifest: Manifest = {version: options.version, base: options.follows === undefined ? options.base : null, changes: [], source}
  const files: Array<{name: string; data: string}> = [{name: 'manifest.yaml', data: serializeManifest(manifest)}]
  const built: Section[] = []
  for (const section of sections) {
    const withVersion: Section = {...section, version: options.version}
    const name = `${section.kind ?? 'section'}-${section.letter.toLowerCase()}.md`
    const data = serializeSection(withVersion)
    let back: Section
    try {
      back = parseSection(data, `sec-text/${options.version}/${name}`, {letter: section.letter, version: options.version})
    } catch (error) {
      if (error instanceof RedlineError) throw new InputError(`The imported ${documentName(section)} does not form a valid section file: ${error.message}`, {file: name, start: {line: 1, column: 1}})
      throw error
    }
    // Nothing recognised may be lost in the file: a structure the section file cannot yet hold is refused, never dropped.
    const lost = firstDifference(withoutPlaces(withVersion), withoutPlaces(back), section.letter)
    if (lost !== undefined) throw new InputError(`The section file cannot hold what was imported of ${documentName(section)} (${lost}), expected a section file that reads back as imported`, {file: name, start: {line: 1, column: 1}})
    files.push({name, data})
    built.push(withVersion)
  }
  return {version: options.version, manifest, sections: built, files}
}

/** A model without source places (the parser records them; the importer's come from the source). */
function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' ? undefined : v))) as unknown
}

/** Where the read-back model first lacks or alters what the imported one holds, as a path (`G.parts.0.groups.1.clauses.0.table`), or undefined. Fields only the parser adds do not count. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (a === b) return undefined
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path
  if (Array.isArray(a) && (!Array.isArray(b) || a.length !== b.length)) return path
  const keys = Object.keys(a)
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`)
    if (found !== undefined) return found
  }
  return undefined
}
