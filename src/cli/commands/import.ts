import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Option, type Command} from 'commander'
import {InputError} from '../../diagnostics/errors.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'
import {describeReadProgress} from '../progress-line.js'

interface ImportCommandOptions {
  as: string
  base?: string
  report?: string
  reportFormat?: 'text' | 'json'
  check?: boolean
  lenient?: boolean
}

/**
 * `redline import <file>… --as <version>`: the code's own Word, PDF or text documents into
 * `sec-text/<version>/`, every paragraph accounted for in a fidelity report; `--check` compares
 * with the stored version instead of writing.
 */
export function registerImport(program: Command, context: () => CliContext): void {
  program
    .command('import')
    .description('import Sections from .docx, .pdf or .txt documents into sec-text/<version>/ (atomic), with a fidelity report; --check compares with the stored version instead')
    .argument('<files...>', 'the documents: one per Section, or one consolidated document')
    .requiredOption('--as <version>', 'the version the documents hold (the folder to write, or the stored version to --check)', safeId)
    .option('--base <version>', "the version this one follows: the import is compared with it, and is the manifest's base when equal to it, else a version of its own (its source names the base)", safeId)
    .option('--report <file>', 'write the fidelity report here: every paragraph kept (in which provision) or dropped (cover, instruction, furniture)')
    .addOption(new Option('--report-format <format>', 'text or json (default: json for a .json file, else text)').argParser(choice(['text', 'json'] as const)))
    .option('--check', 'write nothing: compare the import with the stored version --as, exit 1 on differences')
    .option('--lenient', 'paragraphs that cannot be placed are listed in the report instead of failing the import')
    .action(async (files: string[], options: ImportCommandOptions) => {
      const ctx = context()
      // The first version of a store (no sec-text/, or none in it) needs no corpus to read: it is imported as a version of its own.
      const {holdsNoVersion} = await import('../../read/read-corpus.js')
      const first = !options.check && options.base === undefined && holdsNoVersion(ctx.root)
      const corpus = first ? undefined : ctx.corpus()
      const lib = await import('../../import/index.js')
      const known = options.check ? options.as : options.base
      const knownTitles = new Map((known !== undefined && corpus ? corpus.version(known).sections : []).map((s) => [s.letter, s.title]))
      const sources = []
      let result: ReturnType<typeof lib.importSources>
      try {
        for (const file of files) {
          let bytes: Uint8Array
          try {
            bytes = readFileSync(file)
          } catch (error) {
            throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a readable .docx, .pdf or .txt`, {file, start: {line: 1, column: 1}})
          }
          ctx.progress.show(`reading ${path.basename(file)}…`)
          sources.push(await lib.readSource(bytes, file, (progress) => ctx.progress.show(describeReadProgress(progress))))
        }
        ctx.progress.show(`recognising the structure of ${files.length} document${files.length === 1 ? '' : 's'}…`)
        result = lib.importSources(sources, {knownTitles})
      } finally {
        ctx.progress.clear()
      }
      if (options.report !== undefined) {
        const {writeFileAtomic} = await import('../../write/write-atomic.js')
        const json = (options.reportFormat ?? (options.report.endsWith('.json') ? 'json' : 'text')) === 'json'
        writeFileAtomic(options.report, json ? lib.renderReportJson(result.reports) : lib.renderReportText(result.reports))
      }
      for (const report of result.reports) ctx.stderr(`${report.file}: ${lib.summaryLine(report)}`)
      const problem = options.lenient ? undefined : lib.unplacedError(result)
      if (problem) throw problem
      const {buildImportedVersion} = await import('../../import/imported-version.js')
      const names = files.map((file) => path.basename(file))
      let built = buildImportedVersion(result.sections, {version: options.as, base: options.base ?? null, files: names})
      if (options.base !== undefined && !options.check && corpus) {
        // The manifest claims `base` only where verify can prove it: the import equals the base (no change records).
        const [{checkImportedVersion}, {renderDiffTerm}] = await Promise.all([import('../../import/check-imported.js'), import('../../render/diff-term.js')])
        const againstBase = checkImportedVersion(corpus, buildImportedVersion(result.sections, {version: options.base, base: null, files: names}), result)
        if (!againstBase.same) {
          const summary = againstBase.diff ? renderDiffTerm(againstBase.diff, {color: ctx.color, summary: true}) : ''
          ctx.stdout(`import differs from sec-text/${options.base}/ (--base):\n${summary}`)
          ctx.stderr(`note: no change record explains the difference, so sec-text/${options.as}/ is written as a version of its own (base: null; its source names ${options.base}), whose text verify takes as given; to prove it instead, give its manifest base: "${options.base}" and the change records as changes, and run redline verify`)
          built = buildImportedVersion(result.sections, {version: options.as, base: null, follows: options.base, files: names})
        }
      }
      if (options.check && corpus) {
        const [{checkImportedVersion}, {renderDiffTerm}, {changeCount}] = await Promise.all([
          import('../../import/check-imported.js'),
          import('../../render/diff-term.js'),
          import('../../diff/summarize.js')
        ])
        const checked = checkImportedVersion(corpus, built, result)
        if (checked.same || !checked.diff) {
          ctx.stdout(`import equals sec-text/${options.as}/ (${checked.files.join(', ')})`)
          return
        }
        const body = changeCount(checked.diff.summary.totals) > 0 ? renderDiffTerm(checked.diff, {color: ctx.color}) : 'the clauses are equal; the files differ in titles, headings or layout'
        ctx.stdout(`import differs from sec-text/${options.as}/:\n${body}`)
        ctx.exitCode = 1
        return
      }
      const {writeVersionFolder} = await import('../../write/write-version.js')
      writeVersionFolder(path.resolve(ctx.root), options.as, built.files)
      ctx.stdout(`wrote sec-text/${options.as}/ (${built.files.map((f) => f.name).join(', ')})`)
    })
}
