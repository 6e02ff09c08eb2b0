import type {Command} from 'commander'
import {provisionToJson} from '../../render/provision-json.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {serializeProvision} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'

/** `redline show <clause-id>`: one clause or sub-paragraph of a version. */
export function registerShow(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('print a clause or sub-paragraph (G3.20, G3.20(b), G3.20(b)(i))')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' (quote the brackets in a shell)")
    .option('--at <version>', 'version to read (default: the latest)', safeId)
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .action((id: string, options: {at?: string; format: 'text' | 'md' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const version = options.at ?? corpus.latest()
      const located = corpus.find(version, id)
      if (options.format === 'json') ctx.stdout(JSON.stringify(provisionToJson(located, version), null, 2))
      else if (options.format === 'md') ctx.stdout(serializeProvision(located.provision))
      else ctx.stdout(provisionTerminalText(located.provision))
    })
}
