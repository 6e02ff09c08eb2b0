import type {Command} from 'commander'
import {statusSentence} from '../../model/status-sentence.js'
import {visibleText} from '../../escape/terminal.js'
import {applyInstructionFile} from '../../instructions/apply-instruction-file.js'
import {applyModifications} from '../../modify/apply-modification.js'
import {loadModification, modificationBase} from '../../modify/load-modification.js'
import {findProvision} from '../../model/walk.js'
import {appliedChanges} from '../../modify/applied-changes.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {serializeClause} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'
import {escapeHeadingText} from '../../escape/markdown.js'

/** `redline apply <ID> [--to <version>]`: everything the modification (or an instructions file) changes, as it leaves it. Nothing is written. */
export function registerApply(program: Command, context: () => CliContext): void {
  program
    .command('apply')
    .description('print the clauses a modification changes, as it leaves them (nothing is written)')
    .argument('<id>', 'change record ID under modifications/, e.g. MP087', safeId)
    .option('--to <version>', 'version to apply it to (default: the version it was drafted against)', safeId)
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .option('--instructions <file>', "apply this amending-instructions file (from 'redline annex --format instructions') instead of the legal text")
    .action((id: string, options: {to?: string; format: 'text' | 'md' | 'json'; instructions?: string}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const modification = loadModification(corpus, id)
      const base = options.to === undefined ? modificationBase(corpus, modification) : corpus.version(options.to)
      const applied = options.instructions ? applyInstructionFile(base, options.instructions) : applyModifications(base, [modification])
      // Everything the legal text or the instructions changed, read from the base and the result (not from the record's own list).
      const changed = appliedChanges(base, applied)
      const clauses = changed.clauses.map((change) => ({change, after: change.change === 'deleted' ? undefined : findProvision(applied, change.id)?.provision}))
      const {parts, titles, statuses, documents, documentVersions} = changed
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/apply@1', modification: id, version: base.id, documents, titles, documentVersions, parts, clauses: clauses.map(({change, after}) => ({id: change.id, change: change.change, after: after ?? null})), statuses}, (key, value: unknown) => (key === 'place' ? undefined : value), 2))
        return
      }
      const {bold, dim} = ctx.colors
      ctx.stderr(dim(`${modification.meta.id} applied to ${base.id}`))
      const blocks = clauses.map(({change, after}) => {
        if (!after) return `${bold(change.id)} ${dim('(deleted)')}`
        return options.format === 'md' && after.kind === 'clause' ? serializeClause(after) : provisionTerminalText(after)
      })
      const documentLines = documents.map(({document, change}) => `${bold(document)} ${dim(`(${change})`)}`)
      const versionLines = documentVersions.map(({document, documentVersion}) => (documentVersion === null ? `${document}: ${dim('(no document version)')}` : `${document} document version: ${documentVersion}`))
      const titleLines = titles.map(({document, title}) => (options.format === 'md' ? `# ${escapeHeadingText(`${document}: ${title}`, 1)}` : `${document}: ${title}`))
      const partLines = parts.map(({id: part, title, present}) => {
        if (!present) return `${bold(`Part ${part}`)} ${dim('(deleted)')}`
        return options.format === 'md' ? `## ${escapeHeadingText(title === null ? part : `${part} ${title}`, 2)}` : `Part ${part}${title === null ? '' : ` ${title}`}`
      })
      const statusLines = statuses.map((status) => visibleText(statusSentence(status.id, status.inForce ?? undefined, {direction: modification.meta.kind === 'direction'})))
      ctx.stdout([...documentLines, ...titleLines, ...versionLines, ...partLines, ...blocks, ...statusLines].join('\n\n'))
    })
}
