import path from 'node:path'
import type {Command} from 'commander'
import {InputError, UsageError} from '../../diagnostics/errors.js'
import {draftModification, type DraftSource} from '../../modify/draft-modification.js'
import {KINDS, type ModificationKind, type ModificationMeta} from '../../modify/modification-types.js'
import {writeModification} from '../../modify/write-modification.js'
import {parseSection} from '../../parse/parse-section.js'
import {readText} from '../../read/read-text.js'
import {dateProblem, today} from '../../model/dates.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'
import {registerModImport} from './mod-import.js'

interface NewOptions {
  base: string
  from?: string
  clauses?: string
  title?: string
  kind: ModificationKind
  author: string
  date?: string
}

/** `redline mod new <ID> --base <v> (--from <edited-section> | --clauses G3.20,...)`: draft a change record. */
export function registerMod(program: Command, context: () => CliContext): void {
  const mod = program.command('mod').description('work with change records under modifications/')
  mod
    .command('new')
    .description("create modifications/<ID>/ from a drafter's edited copy of a section file (--from), or scaffold it with clauses ready to edit (--clauses)")
    .argument('<id>', 'the new change record ID, e.g. MP123', safeId)
    .requiredOption('--base <version>', 'the version it is drafted against', safeId)
    .option('--from <file>', 'an edited copy of a section file of the base version')
    .option('--clauses <ids>', 'comma-separated clause IDs to copy in unchanged, e.g. G3.20,G3.21')
    .option('--title <title>', 'title of the change record')
    .option('--kind <kind>', 'modification or designation', choice(KINDS), 'modification')
    .option('--author <name>', 'author of the tracked changes', 'SECAS')
    .option('--date <YYYY-MM-DD>', 'date of the tracked changes (default: today)')
    .action((id: string, options: NewOptions) => {
      const ctx = context()
      const corpus = ctx.corpus()
      if ((options.from === undefined) === (options.clauses === undefined)) throw new UsageError('Unexpected options, expected exactly one of --from <edited-section-file> or --clauses <ids>')
      const date = options.date ?? today()
      const dateError = dateProblem(date)
      if (dateError !== undefined) throw new UsageError(`Unexpected date '${date}' for --date, ${dateError}`)
      const base = corpus.version(options.base)
      const meta: ModificationMeta = {
        id,
        title: options.title ?? `Draft ${id}`,
        kind: options.kind,
        base: base.id,
        status: 'draft',
        dates: {raised: date},
        author: {name: options.author, date},
        body: '## Problem\n\nWhat is wrong with the current text, and why it matters.\n\n## Solution\n\nWhat the legal text below changes.'
      }
      let source: DraftSource
      if (options.from !== undefined) {
        const file = options.from
        const text = readText(file)
        const letter = /^section-([a-z])\.md$/.exec(path.basename(file))?.[1]?.toUpperCase()
        const edited = parseSection(text, file, letter ? {letter} : {})
        if (!base.sections.some((s) => s.letter === edited.letter)) throw new InputError(`Unknown Section ${edited.letter} in version ${base.id}, expected a section of that version`, {file, start: {line: 1, column: 1}})
        source = {sections: base.sections.map((s) => (s.letter === edited.letter ? {...edited, version: base.id} : s))}
      } else {
        const ids = (options.clauses ?? '').split(',').map((s) => s.trim()).filter(Boolean)
        for (const clause of ids) corpus.find(base.id, clause)
        if (ids.some((clause) => clause.includes('('))) throw new UsageError('Unexpected sub-paragraph ID in --clauses, expected clause IDs such as G3.20 (a clause is drafted whole)')
        source = {scaffold: ids}
      }
      const draft = draftModification(meta, base, source)
      const dir = writeModification(corpus, draft)
      ctx.stdout(`wrote ${dir}/ (${draft.modification.sections.flatMap((s) => [...s.parts.filter((p) => p.kind !== 'unchanged').map((p) => `part ${p.id} ${p.kind}`), ...s.clauses.map((c) => `${c.id} ${c.kind}`)]).join(', ')})`)
    })
  registerModImport(mod, context)
}
