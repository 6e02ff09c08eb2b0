import path from 'node:path'
import type {Command} from 'commander'
import {ANNEX_CONTEXTS, type AnnexContext} from '../../annex/annex-types.js'
import {loadAnnex} from '../../annex/load-annex.js'
import {ANNEX_FORMATS, type AnnexFormat, renderAnnexFiles} from '../../render/render-annex-files.js'
import {renderAnnexTerminal} from '../../render/annex-terminal.js'
import {writeFileSet} from '../../write/write-file-set.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'

interface AnnexOptions {
  format?: AnnexFormat | 'all'
  out?: string
  context: AnnexContext
  critic?: boolean
  legalTextVersion?: string
}

/** `redline annex <ID>`: the modification's "Annex A – Legal text", redlined against its base version. */
export function registerAnnex(program: Command, context: () => CliContext): void {
  program
    .command('annex')
    .description("render a modification's legal text annex: the changed clauses redlined against its base version")
    .argument('<id>', 'modification ID, e.g. MP087', safeId)
    .option('--format <format>', `${ANNEX_FORMATS.join(', ')} or all (default: print the redline to the terminal)`, choice([...ANNEX_FORMATS, 'all'] as const))
    .option('--out <dir>', 'folder for the files (default: out/<ID>/)')
    .option('--context <context>', 'heading: every clause under a changed cross-heading; clause: changed clauses; none: changed clauses without headings', choice(ANNEX_CONTEXTS), 'heading')
    .option('--critic', 'Markdown with CriticMarkup ({++ ++}, {-- --}) instead of <ins>/<del>')
    .option('--legal-text-version <n>', 'the version of the legal text printed on the cover (default: legal-text-version in modification.md, else 0.1)')
    .action(async (id: string, options: AnnexOptions) => {
      const ctx = context()
      const annex = loadAnnex(ctx.corpus(), id, {context: options.context, legalTextVersion: options.legalTextVersion})
      if (!options.format) {
        ctx.stdout(renderAnnexTerminal(annex, {color: ctx.color}))
        return
      }
      const formats = options.format === 'all' ? ANNEX_FORMATS : [options.format]
      const files = await renderAnnexFiles(annex, formats, {critic: options.critic})
      const dir = options.out ?? path.join('out', id)
      const outputs = files.map((file) => ({file: path.join(dir, file.name), data: file.data}))
      writeFileSet(outputs, (text) => ctx.stderr(`redline: ${text}`))
      for (const output of outputs) ctx.stdout(`wrote ${output.file}`)
    })
}
