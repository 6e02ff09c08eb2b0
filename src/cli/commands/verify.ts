import type {Command} from 'commander'
import {verifyCorpus} from '../../modify/verify.js'
import type {CliContext} from '../context.js'
import {EXIT} from '../context.js'
import {choice} from '../options.js'

/** `redline verify`: every version is its base plus its change records, byte for byte. Exit 1 on any unexplained difference. */
export function registerVerify(program: Command, context: () => CliContext): void {
  program
    .command('verify')
    .description('prove every stored version equals its base plus its listed change records (for CI; exit 1 on a finding)')
    .option('--format <format>', 'text or json', choice(['text', 'json']), 'text')
    .action((options: {format: 'text' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const result = verifyCorpus(corpus)
      ctx.exitCode = result.findings.length > 0 ? EXIT.findings : EXIT.ok
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/verify@1', ...result}, null, 2))
        return
      }
      for (const finding of result.findings) {
        ctx.stdout(`${finding.place.file}:${finding.place.start.line}:${finding.place.start.column}: ${finding.message}`)
      }
      const {green, red} = ctx.colors
      for (const id of result.verified) {
        const manifest = corpus.manifest(id)
        ctx.stderr(green(`✓ ${id} = ${manifest.base ?? ''}${manifest.changes.length > 0 ? ` + ${manifest.changes.join(', ')}` : ' (no change records)'}`))
      }
      ctx.stderr(
        result.findings.length > 0
          ? red(`${result.findings.length} unexplained difference${result.findings.length === 1 ? '' : 's'}`)
          : `${result.verified.length} versions verified, ${result.first.length} first version${result.first.length === 1 ? '' : 's'} (${result.first.join(', ')})`
      )
    })
}
