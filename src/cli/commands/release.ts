import type {Command} from 'commander'
import {buildRelease, writeRelease} from '../../modify/release.js'
import type {CliContext} from '../context.js'
import {safeId} from '../options.js'

/** `redline release --base <v> --as <v> <ID>...`: build and write a new version folder atomically. */
export function registerRelease(program: Command, context: () => CliContext): void {
  program
    .command('release')
    .description('write sec-text/<new-version>/: a base version with change records applied (atomic; refuses an existing version)')
    .argument('<ids...>', 'change record IDs to apply', (value: string, previous: string[] = []) => [...previous, safeId(value)])
    .requiredOption('--base <version>', 'version to build from', safeId)
    .requiredOption('--as <version>', 'the new version ID', safeId)
    .option('--name <release>', 'release name, e.g. "November 2019 SEC Release"')
    .option('--date <YYYY-MM-DD>', 'effective date')
    .action((ids: string[], options: {base: string; as: string; name?: string; date?: string}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const built = buildRelease(corpus, {base: options.base, as: options.as, ids, ...(options.name !== undefined && {name: options.name}), ...(options.date !== undefined && {date: options.date})})
      const dir = writeRelease(corpus, built)
      ctx.stdout(`wrote ${dir}/ (${options.base} + ${built.version.manifest.changes.join(', ')})`)
    })
}
