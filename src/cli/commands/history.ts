import type {Command} from 'commander'
import {formatRuns} from '../../modify/format-runs.js'
import {provisionHistory} from '../../modify/history.js'
import type {CliContext} from '../context.js'
import {choice} from '../options.js'

/** `redline history <clause-id>`: every version in which a provision changed, and the record responsible. */
export function registerHistory(program: Command, context: () => CliContext): void {
  program
    .command('history')
    .description('every version in which a clause or sub-paragraph changed (a clause\'s cross-heading included), the change record responsible and a word-level view')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' (quote the brackets in a shell)")
    .option('--format <format>', 'text or json', choice(['text', 'json']), 'text')
    .action((id: string, options: {format: 'text' | 'json'}) => {
      const ctx = context()
      const entries = provisionHistory(ctx.corpus(), id)
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/history@1', provision: id, entries}, null, 2))
        return
      }
      const {bold, dim, yellow} = ctx.colors
      const blocks = entries.map((entry) => {
        if (entry.change === 'first') return `${bold(entry.version)}  ${dim('first stored version')}\n${entry.after}`
        const records = entry.records.length > 0 ? entry.records.map((r) => `${r.id} (${r.kind}) "${r.title}"`).join(', ') : yellow('no change record explains this change')
        const heading = (entry.part ? `${dim('part heading:')} ${formatRuns(entry.part.runs, ctx.colors)}\n` : '') + (entry.heading ? `${dim('cross-heading:')} ${formatRuns(entry.heading.runs, ctx.colors)}\n` : '')
        const text = entry.change === 'retitled' ? '' : formatRuns(entry.runs, ctx.colors)
        return `${bold(entry.version)}  ${entry.change} from ${entry.base ?? ''} by ${records}\n${heading}${text}`.trimEnd()
      })
      ctx.stdout(blocks.join('\n\n'))
    })
}
