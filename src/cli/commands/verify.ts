import type {Command} from 'commander'
import {verifyCorpus} from '../../modify/verify.js'
import {verifyRecords} from '../../modify/verify-records.js'
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
      const records = verifyRecords(corpus)
      ctx.exitCode = result.findings.length + records.findings.length > 0 ? EXIT.findings : EXIT.ok
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/verify@1', ...result, records}, null, 2))
        return
      }
      for (const finding of [...result.findings, ...records.findings]) {
        ctx.stdout(`${finding.place.file}:${finding.place.start.line}:${finding.place.start.column}: ${finding.message}`)
      }
      const {green, red, yellow} = ctx.colors
      for (const id of records.applied) ctx.stderr(green(`✓ ${id} applies to its base`))
      for (const stale of records.stale) {
        ctx.stderr(
          stale.rebase === 'empty'
            ? `note: ${stale.record} is drafted against ${stale.base}, older than the latest version ${stale.latest}, which already holds every change it makes`
            : stale.rebase === 'clean'
            ? `note: ${stale.record} is drafted against ${stale.base}, older than the latest version ${stale.latest}; it rebases cleanly (redline rebase ${stale.record} --onto ${stale.latest} --write)`
            : yellow(`note: ${stale.record} is drafted against ${stale.base}, older than the latest version ${stale.latest}; rebasing it onto ${stale.latest} conflicts in ${stale.conflicts.join(', ')} (redline rebase ${stale.record} --onto ${stale.latest} --write marks the conflicts to resolve)`)
        )
      }
      for (const overlap of records.overlaps) {
        ctx.stderr(yellow(`warning: ${overlap.records.join(' and ')} both touch ${overlap.provisions.join(', ')}: releasing them together may conflict (redline check --mod ${overlap.records[0]} --mod ${overlap.records[1]})`))
      }
      for (const id of result.verified) {
        const manifest = corpus.manifest(id)
        ctx.stderr(green(`✓ ${id} = ${manifest.base ?? ''}${manifest.changes.length > 0 ? ` + ${manifest.changes.join(', ')}` : ' (no change records)'}`))
      }
      ctx.stderr(
        result.findings.length + records.findings.length > 0
          ? red([result.findings.length > 0 ? `${result.findings.length} unexplained difference${result.findings.length === 1 ? '' : 's'}` : '', records.findings.length > 0 ? `${records.findings.length} record finding${records.findings.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(', '))
          : `${result.verified.length} versions verified, ${result.first.length} first version${result.first.length === 1 ? '' : 's'} (${result.first.join(', ')})${records.applied.length > 0 ? `, ${records.applied.length} unreleased record${records.applied.length === 1 ? '' : 's'} apply to their base` : ''}`
      )
    })
}
