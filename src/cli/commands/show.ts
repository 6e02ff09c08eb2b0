import type {Command} from 'commander'
import {UsageError} from '../../diagnostics/errors.js'
import {versionAsAt} from '../../corpus/version-as-at.js'
import {provisionToJson} from '../../render/provision-json.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {asAtLine, locatedStateOn, statusTextLines} from '../../render/status-text.js'
import {visibleText} from '../../escape/terminal.js'
import {serializeProvision} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'

/** `redline show <clause-id>`: one clause or sub-paragraph of a version, with its in-force status. */
export function registerShow(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('print a clause or sub-paragraph (G3.20, G3.20(b), G3.20(b)(i)) and its in-force status')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' (quote the brackets in a shell)")
    .option('--at <version>', 'version to read (default: the latest)', safeId)
    .option('--as-at <date>', 'read the version in force on a date (YYYY-MM-DD, from the manifests\' effective dates) and say whether the provision was in force then')
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .action((id: string, options: {at?: string; asAt?: string; format: 'text' | 'md' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      if (options.at !== undefined && options.asAt !== undefined) throw new UsageError('Unexpected --at with --as-at, expected one of them: a version, or a date to find the version in force on it')
      const version = options.asAt !== undefined ? versionAsAt(corpus, options.asAt) : (options.at ?? corpus.latest())
      const located = corpus.find(version, id)
      if (options.format === 'json') {
        const json = provisionToJson(located, version)
        const asAt = options.asAt === undefined ? {} : {asAt: {date: options.asAt, effective: corpus.manifest(version).effective ?? null, state: locatedStateOn(located, options.asAt).state}}
        ctx.stdout(JSON.stringify({...json, ...asAt}, null, 2))
      } else if (options.format === 'md') ctx.stdout(serializeProvision(located.provision))
      else {
        const lines = statusTextLines(located)
        if (options.asAt !== undefined) lines.push(asAtLine(located, options.asAt, version, corpus.manifest(version).effective))
        ctx.stdout(lines.length === 0 ? provisionTerminalText(located.provision) : `${provisionTerminalText(located.provision)}\n\n${visibleText(lines.join('\n'))}`)
      }
    })
}
