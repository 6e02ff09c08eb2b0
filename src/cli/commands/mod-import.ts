import {readFileSync} from 'node:fs'
import type {Command} from 'commander'
import {documentName} from '../../model/ids.js'
import {InputError, UsageError} from '../../diagnostics/errors.js'
import type {CliContext} from '../context.js'
import {safeId} from '../options.js'
import {describeReadProgress} from '../progress-line.js'

interface ModImportOptions {
  id?: string
  base?: string
  title?: string
}

/** `redline mod import <annex.docx> [--id] [--base]`: a Word annex with tracked changes (or colour marks) into modifications/<ID>/. */
export function registerModImport(mod: Command, context: () => CliContext): void {
  mod
    .command('import')
    .description('create modifications/<ID>/ from a Word annex with tracked changes (or colour marks): ID, title and base from the cover unless given')
    .argument('<annex>', 'the annex, .docx')
    .option('--id <ID>', "the change record ID (default: the cover's, e.g. MP087)", safeId)
    .option('--base <version>', "the version it is drafted against (default: the cover's 'drafted against SEC Version 6.17')", safeId)
    .option('--title <title>', "the title (default: the cover's)")
    .action(async (file: string, options: ModImportOptions) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const [{readDocx}, {importModification}, {readCover}, {readParagraphs}, {writeModification}, {describePlace}] = await Promise.all([
        import('../../import/docx/read-docx-paragraphs.js'),
        import('../../import/modification/import-modification.js'),
        import('../../import/modification/read-cover.js'),
        import('../../import/paragraph-readings.js'),
        import('../../modify/write-modification.js'),
        import('../../import/source-paragraph.js')
      ])
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch (error) {
        throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a readable .docx`, {file, start: {line: 1, column: 1}})
      }
      let document: ReturnType<typeof readDocx>
      try {
        document = readDocx(bytes, file, (progress) => ctx.progress.show(describeReadProgress(progress)))
      } finally {
        ctx.progress.clear()
      }
      const cover = readCover(readParagraphs(document.paragraphs, 'accept'))
      const id = options.id ?? cover.id
      const baseId = options.base ?? cover.base
      if (id === undefined) throw new UsageError(`No modification ID on the cover of ${file} (expected a line such as "MP087 'Title'"); give --id <ID>`)
      if (baseId === undefined) throw new UsageError(`No base version on the cover of ${file} (expected "These changes have been drafted against SEC Version 6.17."); give --base <version>`)
      safeId(id)
      const base = corpus.version(baseId)
      const imported = importModification(document, base, {id, ...(options.title !== undefined && {title: options.title}), today: new Date().toISOString().slice(0, 10)})
      const {reading} = imported
      ctx.stderr(
        [
          `read ${file}: ${reading.insertions} insertion${reading.insertions === 1 ? '' : 's'}, ${reading.deletions} deletion${reading.deletions === 1 ? '' : 's'}${reading.colourMarked ? ' (colour marks)' : ''}`,
          `  authors: ${reading.authors.length > 0 ? reading.authors.join(', ') : 'none recorded'}`,
          `  clauses: ${reading.clauses.map((c) => `${c.id} ${c.kind}`).join(', ') || 'none changed'}`,
          ...(imported.draft.modification.sections.some((section) => section.retitle) ? [`  retitled: ${imported.draft.modification.sections.flatMap((section) => (section.retitle ? [`${documentName(section)} (${section.retitle.after})`] : [])).join(', ')}`] : []),
          ...(reading.statuses.length > 0 ? [`  statuses set: ${reading.statuses.join(', ')}`] : []),
          ...(reading.comments > 0 ? [`  comments ignored: ${reading.comments}`] : []),
          ...reading.removed.map((piece) => `  removed: ${piece.what ?? JSON.stringify(piece.text)} at ${describePlace(piece.place)}`)
        ].join('\n')
      )
      const dir = writeModification(corpus, imported.draft)
      ctx.stdout(`wrote ${dir}/ (${id}${imported.draft.meta.kind === 'direction' ? ', a direction,' : ''} against ${base.id})`)
    })
}
