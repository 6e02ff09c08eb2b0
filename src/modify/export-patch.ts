import {documentFileName} from '../model/document-files.js'
import {readCorpusText} from '../read/read-text.js'
import {structuredPatch} from 'diff'
import type {Corpus} from '../corpus/corpus.js'
import {serializeSection} from '../serialize/serialize-section.js'
import {applyModifications} from './apply-modification.js'
import {loadModification, modificationBase} from './load-modification.js'
import {buildRelease} from './release.js'

export interface PatchOptions {
  /** Build a new version folder instead of editing the base in place (git copies). */
  as?: string
  name?: string
  date?: string
}

/** One file of a patch: old path (null: a new file), new path (null: the file deleted), old and new text. */
interface FilePatch {
  from: string | null
  to: string | null
  before: string
  after: string
}

/**
 * A modification as a unified diff that `git apply` accepts. By default the diff edits the base
 * version's section files in place (legal text only: the reviewer's view). With `as`, it creates
 * `sec-text/<as>/` as git copies of the base files plus a new manifest: exactly what
 * `redline release --base <base> --as <as> <ID>` writes.
 */
export function exportPatch(corpus: Corpus, id: string, options: PatchOptions = {}): string {
  const modification = loadModification(corpus, id)
  const base = modificationBase(corpus, modification)
  const read = (file: string): string => readCorpusText(corpus.root, file)
  const files: FilePatch[] = []
  if (options.as === undefined) {
    const applied = applyModifications(base, [modification])
    const baseFiles = new Set(base.sections.map((section) => documentFileName(section)))
    for (const section of applied.sections) {
      const file = `${base.dir}/${documentFileName(section)}`
      // A whole new Appendix or Schedule is a new file.
      const existed = baseFiles.has(documentFileName(section))
      files.push({from: existed ? file : null, to: file, before: existed ? read(file) : '', after: serializeSection(section)})
    }
    // A whole Appendix or Schedule deleted: its file goes.
    const appliedFiles = new Set(applied.sections.map((section) => documentFileName(section)))
    for (const name of [...baseFiles].filter((name) => !appliedFiles.has(name))) {
      const file = `${base.dir}/${name}`
      files.push({from: file, to: null, before: read(file), after: ''})
    }
  } else {
    const built = buildRelease(corpus, {base: base.id, as: options.as, ids: [id], ...(options.name !== undefined && {name: options.name}), ...(options.date !== undefined && {date: options.date})})
    for (const file of built.files) {
      const to = `sec-text/${options.as}/${file.name}`
      const from = file.name === 'manifest.yaml' || !base.sections.some((section) => documentFileName(section) === file.name) ? null : `${base.dir}/${file.name}`
      files.push({from, to, before: from ? read(from) : '', after: file.data})
    }
  }
  return files.map(gitFilePatch).join('')
}

function gitFilePatch(file: FilePatch): string {
  const from = file.from ?? file.to ?? ''
  const to = file.to ?? from
  const header = [`diff --git a/${from} b/${to}`]
  if (file.from === null) header.push('new file mode 100644')
  else if (file.to === null) header.push('deleted file mode 100644')
  else if (file.from !== file.to) header.push(`copy from ${file.from}`, `copy to ${file.to}`)
  if (file.to !== null && file.before === file.after) return file.from !== file.to ? `${header.join('\n')}\n` : ''
  header.push(file.from === null ? '--- /dev/null' : `--- a/${file.from}`, file.to === null ? '+++ /dev/null' : `+++ b/${file.to}`)
  const patch = structuredPatch(from, to, file.before, file.after, undefined, undefined, {context: 3})
  const hunks = patch.hunks.map((hunk) => {
    const range = (start: number, lines: number): string => (lines === 0 ? `${Math.max(0, start - 1)},0` : `${start}${lines === 1 ? '' : `,${lines}`}`)
    return [`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines].join('\n')
  })
  return `${header.join('\n')}\n${hunks.join('\n')}\n`
}
