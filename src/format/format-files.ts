import path from 'node:path'
import {InputError} from '../diagnostics/errors.js'
import {isTemporaryName} from '../model/temporary-names.js'
import {listFolder, pathKind, readText} from '../read/read-text.js'
import {formatFor} from './canonical-formats.js'

/** What `fmt` found for one file. */
export interface FormatResult {
  /** The path as given or found, relative to the working folder. */
  file: string
  /** Whether the file was already canonical. */
  canonical: boolean
  /** The canonical text. */
  text: string
}

/** The corpus files under `paths` (files, or folders searched recursively) that `fmt` knows. */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = []
  const visit = (entry: string, explicit: boolean): void => {
    const kind = pathKind(entry)
    if (kind === 'missing') throw new InputError(`No such file or folder '${entry}', expected a corpus file or folder`, {file: entry, start: {line: 1, column: 1}})
    if (kind === 'folder') {
      for (const name of listFolder(entry).map((item) => item.name).sort()) {
        if (name.startsWith('.') || isTemporaryName(name) || name === 'node_modules') continue
        visit(path.join(entry, name), false)
      }
    } else if (formatFor(entry)) files.push(entry)
    else if (explicit) {
      throw new InputError(`Unexpected file '${entry}', expected a section file (section-g.md), an Appendix or Schedule file (appendix-ab.md, schedule-11.md) or a manifest.yaml`, {file: entry, start: {line: 1, column: 1}})
    }
  }
  for (const entry of paths) visit(entry, true)
  return files
}

/** Reads each file and computes its canonical text. */
export function formatFiles(files: readonly string[]): FormatResult[] {
  return files.map((file) => {
    const format = formatFor(file)
    if (!format) throw new InputError(`Unexpected file '${file}', expected a corpus file`, {file, start: {line: 1, column: 1}})
    const original = readText(file)
    const text = format.canonical(original, file)
    return {file, canonical: text === original, text}
  })
}
