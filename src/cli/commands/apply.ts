import type {Command} from 'commander'
import {statusSentence} from '../../model/status-sentence.js'
import {visibleText} from '../../escape/terminal.js'
import {applyInstructionFile} from '../../instructions/apply-instruction-file.js'
import {applyModifications} from '../../modify/apply-modification.js'
import {loadModification, modificationBase} from '../../modify/load-modification.js'
import {findPart, findProvision} from '../../model/walk.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {serializeClause} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'
import {escapeHeadingText} from '../../escape/markdown.js'
import {documentName} from '../../model/ids.js'

/** `redline apply <ID> [--to <version>]`: the affected clauses as the modification leaves them. Nothing is written. */
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
      const changes = modification.sections.flatMap((section) => section.clauses)
      const clauses = changes.map((change) => ({change, after: findProvision(applied, change.id)?.provision}))
      // The part headings the record changes, as they stand afterwards (null: the part is gone).
      const parts = modification.sections.flatMap((section) =>
        section.parts.filter((part) => part.kind !== 'unchanged').map((part) => {
          const after = applied.sections.find((s) => s.letter === section.letter)?.parts.find((p) => p.id === part.id)
          return {id: part.id, change: part.kind, title: after ? after.title : null, present: after !== undefined}
        })
      )
      // The documents the record retitles, with their titles afterwards.
      const titles = modification.sections.flatMap((section) => {
        if (!section.retitle) return []
        const after = applied.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter)
        return [{document: documentName(section), title: after?.title ?? section.retitle.after}]
      })
      // The in-force statuses the record changes, as they stand afterwards (null: in force).
      const statuses = modification.sections.flatMap((section) => (section.statuses ?? []).map((status) => ({id: status.id, inForce: (findProvision(applied, status.id)?.provision ?? findPart(applied, status.id)?.part)?.inForce ?? null})))
      if (options.format === 'json') {
        const statusJson = {...(titles.length > 0 ? {titles} : {}), ...(statuses.length > 0 ? {statuses} : {})}
        ctx.stdout(JSON.stringify({schema: 'sec-redline/apply@1', modification: id, version: base.id, parts: parts.map(({id: part, change, title, present}) => ({id: part, change, title: present ? title : null, present})), clauses: clauses.map(({change, after}) => ({id: change.id, change: change.kind, after: after ?? null})), ...statusJson}, (key, value: unknown) => (key === 'place' ? undefined : value), 2))
        return
      }
      const {bold, dim} = ctx.colors
      ctx.stderr(dim(`${modification.meta.id} applied to ${base.id}`))
      const blocks = clauses.map(({change, after}) => {
        if (!after) return `${bold(change.id)} ${dim('(deleted)')}`
        return options.format === 'md' && after.kind === 'clause' ? serializeClause(after) : provisionTerminalText(after)
      })
      const titleLines = titles.map(({document, title}) => (options.format === 'md' ? `# ${escapeHeadingText(`${document}: ${title}`, 1)}` : `${document}: ${title}`))
      const partLines = parts.map(({id: part, title, present}) => {
        if (!present) return `${bold(`Part ${part}`)} ${dim('(deleted)')}`
        return options.format === 'md' ? `## ${escapeHeadingText(title === null ? part : `${part} ${title}`, 2)}` : `Part ${part}${title === null ? '' : ` ${title}`}`
      })
      const statusLines = statuses.map((status) => visibleText(statusSentence(status.id, status.inForce ?? undefined, {direction: modification.meta.kind === 'direction'})))
      ctx.stdout([...titleLines, ...partLines, ...blocks, ...statusLines].join('\n\n'))
    })
}
