import type {Command} from 'commander'
import {modificationRegister} from '../../modify/register.js'
import type {CliContext} from '../context.js'
import {choice} from '../options.js'

/** `redline mods [--overlaps] [--format text|json]`: the register of change records. */
export function registerMods(program: Command, context: () => CliContext): void {
  program
    .command('mods')
    .description('the register of change records: ID, title, kind, status, base, target, staleness, provisions touched; --overlaps: unreleased records touching the same provisions')
    .option('--overlaps', 'list only the unreleased records that touch the same provisions, with the provisions they share')
    .option('--format <format>', 'text or json', choice(['text', 'json']), 'text')
    .action((options: {overlaps?: boolean; format: 'text' | 'json'}) => {
      const ctx = context()
      const register = modificationRegister(ctx.corpus())
      if (options.format === 'json') {
        const body = options.overlaps ? {latest: register.latest, overlaps: register.overlaps} : register
        ctx.stdout(JSON.stringify({schema: 'sec-redline/mods@1', ...body}, null, 2))
        return
      }
      if (options.overlaps) {
        for (const overlap of register.overlaps) ctx.stdout(`${overlap.records.join(' and ')}: ${overlap.provisions.join(', ')}`)
        ctx.stderr(register.overlaps.length === 0 ? 'no unreleased records touch the same provisions' : `${register.overlaps.length} overlap${register.overlaps.length === 1 ? '' : 's'}: releasing those records together may conflict (redline check --mod A --mod B)`)
        return
      }
      for (const entry of register.entries) {
        const staleness = entry.staleness === 'released' ? `released in ${entry.releasedIn ?? ''}` : entry.staleness === 'stale' ? `stale: base ${entry.base}, latest ${register.latest ?? ''}` : entry.staleness === 'current' ? 'current' : 'unreadable (run redline verify)'
        ctx.stdout(
          [entry.id, entry.kind, entry.status, `base ${entry.base}`, entry.target ? `target ${entry.target}` : 'no target', staleness, entry.provisions.join(', '), entry.title].join('\t')
        )
      }
    })
}
