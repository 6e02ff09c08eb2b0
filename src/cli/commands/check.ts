import type {Command} from 'commander'
import {createRequire} from 'node:module'
import {UsageError} from '../../diagnostics/errors.js'
import {countMessages, checkVersions} from '../../check/check-versions.js'
import {corpusLineage} from '../../check/lineage.js'
import type {Corpus} from '../../corpus/corpus.js'
import {loadModification} from '../../modify/load-modification.js'
import type {Modification} from '../../modify/modification-types.js'
import {loadConfig} from '../../check/config/load-config.js'
import {FORMATS, formatReport, type Format} from '../../check/reporters/index.js'
import {dateProblem, today} from '../../model/dates.js'
import type {CliContext} from '../context.js'
import {EXIT} from '../context.js'
import {choice, safeId} from '../options.js'

const require = createRequire(import.meta.url)
const {version: toolVersion} = require('../../../package.json') as {version: string}

interface CheckOptions {
  at?: string
  all?: boolean
  format: Format
  frail?: boolean
  fix?: boolean
  date?: string
  verbose?: boolean
  mod: string[]
}

/** `redline check`: clause consistency checks for CI, configured by `redline.config.yaml`. */
export function registerCheck(program: Command, context: () => CliContext): void {
  program
    .command('check')
    .description('check clause consistency: parallel wording, cross-references, numbering, list punctuation, defined terms')
    .option('--at <version>', 'version to check (default: the latest)', safeId)
    .option('--all', 'check every version')
    .option('--mod <id>', 'check the text as this change record leaves its base, nothing written (repeat to combine records as a release would)', collect, [])
    .option('--format <format>', FORMATS.join(', '), choice(FORMATS), 'stylish')
    .option('--frail', 'exit 1 on warnings too')
    .option('--fix', 'write the fixes the rules propose as a new draft modification (modifications/<id>/), never editing sec-text/')
    .option('--date <YYYY-MM-DD>', 'with --fix: date of the tracked changes (default: today)')
    .option('--verbose', 'stylish: show each message\'s docs URL and word-level redline')
    .addHelpText('after', '\nExit codes: 0 clean, 1 errors (or warnings with --frail), 2 usage, configuration or input errors.')
    .action(async (options: CheckOptions) => {
      const ctx = context()
      if (options.at !== undefined && options.all) throw new UsageError('Unexpected --at with --all, expected one of them')
      const date = options.date ?? today()
      const dateError = dateProblem(date)
      if (dateError !== undefined) throw new UsageError(`Unexpected date '${date}' for --date, ${dateError}`)
      if (options.fix && options.all) throw new UsageError('Unexpected --fix with --all, expected --fix on one version (--at <version>, default the latest)')
      if (options.mod.length > 0 && (options.at !== undefined || options.all || options.fix)) throw new UsageError('Unexpected --mod with --at, --all or --fix, expected --mod alone: the records name their base')
      const corpus = ctx.corpus()
      const config = loadConfig(corpus.root)
      const records = options.mod.length > 0 ? recordsToCheck(corpus, options.mod) : undefined
      const versions = records ? [] : options.all ? corpus.versionIds() : [options.at ?? corpus.latest()]
      for (const id of versions) corpus.version(id)
      // Checking records and drafting fixes load the drafting library: only when asked for (start-up is part of every check).
      const checkRecords = records ? (await import('../../check/check-records.js')).checkRecords : undefined
      const report = records && checkRecords ? checkRecords(corpus.version(records[0]?.meta.base ?? ''), records, config, corpusLineage(corpus)).report : checkVersions(corpus, versions, config)
      const output = formatReport(report, options.format, {
        color: ctx.color,
        verbose: options.verbose ?? false,
        frail: options.frail ?? false,
        toolVersion
      })
      if (output !== '') ctx.stdout(output)
      const {errors, warnings} = countMessages(report)
      const with_ = `${report.rules.length} rule${report.rules.length === 1 ? '' : 's'}${config.file ? ` from ${config.file}` : ' (no redline.config.yaml: defaults)'}`
      ctx.stderr(`checked ${records ? `${options.mod.join(' + ')} on ${records[0]?.meta.base ?? ''}` : versions.join(', ')} with ${with_}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
      ctx.exitCode = errors > 0 || (options.frail && warnings > 0) ? EXIT.findings : EXIT.ok
      if (options.fix) {
        const [{draftFixes}, {writeModification}] = await Promise.all([import('../../check/fix/draft-fixes.js'), import('../../modify/write-modification.js')])
        const version = corpus.version(versions[0] ?? '')
        const result = draftFixes(version, report.messages, {date})
        if (!result) {
          ctx.stderr(`nothing to fix: no finding in ${version.id} proposes a fix`)
          return
        }
        const dir = writeModification(corpus, result.draft)
        const changed = result.draft.modification.sections.flatMap((section) => section.clauses.map((clause) => clause.id))
        ctx.stderr(`wrote ${dir}/ (draft modification against ${version.id}, fixing ${plural(result.fixed.length, 'finding')} in ${changed.join(', ')})`)
        if (result.skipped.length > 0) ctx.stderr(`${plural(result.skipped.length, 'fix')} left out because they overlap another fix`)
      }
    })
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** The records of `--mod`, each once, all drafted against the same version (as one release needs). */
function recordsToCheck(corpus: Corpus, ids: readonly string[]): Modification[] {
  if (new Set(ids).size !== ids.length) throw new UsageError(`Unexpected repeated change record in --mod ${ids.join(' --mod ')}, expected each once`)
  const records = ids.map((id) => loadModification(corpus, id))
  const bases = [...new Set(records.map((record) => record.meta.base))]
  if (bases.length > 1) {
    throw new UsageError(`Unexpected records drafted against different versions (${records.map((r) => `${r.meta.id}: ${r.meta.base}`).join(', ')}), expected one base as a release has: rebase one onto the other's base (redline rebase <ID> --onto <version> --write)`)
  }
  return records
}
