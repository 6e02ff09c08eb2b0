import type {Command} from 'commander'
import {provisionHistory} from '../../modify/history.js'
import {renderHistoryText} from '../../render/history-text.js'
import type {CliContext} from '../context.js'
import {choice} from '../options.js'

/** `redline history <clause-id>`: every version in which a provision, part or table changed, and the record responsible. */
export function registerHistory(program: Command, context: () => CliContext): void {
  program
    .command('history')
    .description('every version in which a clause, sub-paragraph, part, table or whole document changed (a clause\'s cross-heading and tables included), the change record responsible and a word-level view')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' (quote the brackets in a shell), a part, e.g. G3 or AB:2, a table ID, e.g. F2.11/table, or a document, e.g. G, AB or Sch11")
    .option('--format <format>', 'text or json', choice(['text', 'json']), 'text')
    .action((id: string, options: {format: 'text' | 'json'}) => {
      const ctx = context()
      const entries = provisionHistory(ctx.corpus(), id)
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/history@1', provision: id, entries: entries.map(({redline: _, tableRedline: __, ...entry}) => entry)}, null, 2))
        return
      }
      ctx.stdout(renderHistoryText(entries, ctx.colors))
    })
}
