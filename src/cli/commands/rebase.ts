import type {Command} from 'commander'
import {ConflictError} from '../../modify/conflict-error.js'
import {loadModification} from '../../modify/load-modification.js'
import {rebaseModification} from '../../modify/rebase.js'
import {replaceModification} from '../../modify/write-modification.js'
import type {CliContext} from '../context.js'
import {safeId} from '../options.js'

/** `redline rebase <ID> --onto <version> [--write]`: re-draft a modification against a newer version. */
export function registerRebase(program: Command, context: () => CliContext): void {
  program
    .command('rebase')
    .description('re-draft a modification against another version by a word-level three-way merge (conflicts: exit 1; with --write the record is rewritten with a conflict block per clause to resolve)')
    .argument('<id>', 'change record ID', safeId)
    .requiredOption('--onto <version>', 'the version to re-draft against', safeId)
    .option('--write', 'rewrite modifications/<ID>/ (default: print the re-drafted legal text)')
    .action((id: string, options: {onto: string; write?: boolean}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const modification = loadModification(corpus, id)
      const result = rebaseModification(modification, corpus.version(options.onto), corpus.version(modification.meta.base))
      if (!result.ok) {
        if (options.write && result.draft) {
          const dir = replaceModification(corpus, result.draft)
          ctx.stderr(`rewrote ${dir}/ against ${options.onto} with ${result.conflicts.length} conflict block${result.conflicts.length === 1 ? '' : 's'} to resolve`)
        }
        throw new ConflictError(result.conflicts)
      }
      if (options.write) {
        const dir = replaceModification(corpus, result.draft)
        ctx.stdout(`rewrote ${dir}/ against ${options.onto}`)
      } else {
        ctx.stderr(ctx.colors.dim(`${id} re-drafted against ${options.onto} (nothing written; --write to save)`))
        ctx.stdout(result.draft.legalText)
      }
    })
}
