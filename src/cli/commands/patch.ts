import type {Command} from 'commander'
import {exportPatch} from '../../modify/export-patch.js'
import type {CliContext} from '../context.js'
import {safeId} from '../options.js'

/** `redline patch <ID> [--as <version>]`: the change as a unified diff that `git apply` accepts. */
export function registerPatch(program: Command, context: () => CliContext): void {
  program
    .command('patch')
    .description('print a modification as a unified diff against sec-text/<base>/ that git apply accepts')
    .argument('<id>', 'change record ID', safeId)
    .option('--as <version>', 'create sec-text/<version>/ (git copies of the base plus a manifest), as redline release would', safeId)
    .option('--name <release>', 'with --as: release name for the manifest')
    .option('--date <YYYY-MM-DD>', 'with --as: effective date for the manifest')
    .action((id: string, options: {as?: string; name?: string; date?: string}) => {
      const ctx = context()
      ctx.stdout(exportPatch(ctx.corpus(), id, options))
    })
}
