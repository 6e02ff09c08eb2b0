import type {Command} from 'commander'
import {provisionToJson} from '../../render/provision-json.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {serializeProvision} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {UsageError} from '../../diagnostics/errors.js'
import {splitTableId} from '../../model/ids.js'
import {tableMarkdown, tableOrRow, tableTerminalText, tableToJson} from '../../render/table-show.js'
import {choice, safeId} from '../options.js'

/** `redline show <clause-id>`: one clause or sub-paragraph of a version. */
export function registerShow(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('print a clause or sub-paragraph (G3.20, G3.20(b), G3.20(b)(i)), a table (F2.11/table) or a table row (F2.11/table/3)')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' (quote the brackets in a shell)")
    .option('--at <version>', 'version to read (default: the latest)', safeId)
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .action((id: string, options: {at?: string; format: 'text' | 'md' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const version = options.at ?? corpus.latest()
      const tableId = splitTableId(id)
      if (tableId) {
        const owner = corpus.find(version, tableId.provision)
        const table = owner.provision.table
        if (!table) throw new UsageError(`Unknown table '${id}' in version ${version}: ${tableId.provision} has no table, expected a provision with a table`)
        if (tableId.row !== undefined && tableId.row > table.rows.length) {
          throw new UsageError(`Unknown row '${id}' in version ${version}: the table in ${tableId.provision} has ${table.rows.length} row${table.rows.length === 1 ? '' : 's'}, expected ${table.id}/1 to ${table.id}/${table.rows.length}`)
        }
        const shown = tableOrRow(table, tableId.row)
        if (options.format === 'json') ctx.stdout(JSON.stringify(tableToJson(owner, shown, version, tableId.row), null, 2))
        else ctx.stdout(options.format === 'md' ? tableMarkdown(shown) : tableTerminalText(shown))
        return
      }
      const located = corpus.find(version, id)
      if (options.format === 'json') ctx.stdout(JSON.stringify(provisionToJson(located, version), null, 2))
      else if (options.format === 'md') ctx.stdout(serializeProvision(located.provision))
      else ctx.stdout(provisionTerminalText(located.provision))
    })
}
