import {Option, type Command} from 'commander'
import type {CliContext} from '../context.js'
import {choice} from '../options.js'

type DiffFormat = 'term' | 'md' | 'html' | 'json'

interface DiffCommandOptions {
  section?: string
  clause?: string
  format: DiffFormat
  out?: string
  summary?: boolean
  context?: boolean
  sideBySide?: boolean
  exitCode?: boolean
}

/**
 * `redline diff <old> <new>`: what changed between two versions, clause by clause. The library
 * and the renderer are loaded when the command runs, so other commands never pay for them.
 */
export function registerDiff(program: Command, context: () => CliContext): void {
  program
    .command('diff')
    .description('compare two versions (stored version IDs, or version folders / section files): changed, added, deleted, [Not used] and moved provisions with word-level redlines')
    .argument('<old>', "the older side: a version ID such as 6.17, or a path ('sec-text/6.17', 'draft/section-g.md')")
    .argument('<new>', 'the newer side, the same way')
    .option('--section <letter>', 'only this section (G)')
    .option('--clause <id>', "only this clause or provision (G3.20, 'G3.20(b)')")
    .addOption(new Option('--format <format>', 'term, md, html or json').argParser(choice(['term', 'md', 'html', 'json'] as const)).default('term'))
    .option('--out <file>', 'write to this file instead of standard output (written whole or not at all)')
    .option('--summary', 'only the counts per section and kind, and the change records between the versions')
    .option('--context', 'show each changed clause in full, its unchanged provisions included')
    .option('--side-by-side', 'html: old and new text in two columns')
    .option('--exit-code', 'exit 1 when there are changes (like git diff --exit-code)')
    .action(async (oldSpec: string, newSpec: string, options: DiffCommandOptions) => {
      const ctx = context()
      const [{readVersionSource, readStoredManifest}, {diffVersions, changeCount}] = await Promise.all([
        import('../../corpus/version-source.js'),
        import('../../diff/index.js')
      ])
      const corpus = tryCorpus(ctx)
      const before = readVersionSource(oldSpec, corpus)
      const after = readVersionSource(newSpec, corpus)
      const diff = diffVersions(before, after, {
        section: options.section,
        clause: options.clause,
        manifestOf: (version) => {
          const store = corpus()
          return store ? readStoredManifest(store, version) : undefined
        }
      })
      const render = {summary: Boolean(options.summary), context: Boolean(options.context), sideBySide: Boolean(options.sideBySide)}
      const output = await renderDiff(diff, options.format, render, ctx, Boolean(options.out))
      if (options.out) {
        const {writeFileAtomic} = await import('../../write/write-atomic.js')
        writeFileAtomic(options.out, output)
        ctx.stderr(`wrote ${options.out}`)
      } else if (options.format === 'term' && ctx.isTTY && !options.summary) {
        await page(output, ctx)
      } else {
        ctx.stdout(output)
      }
      if (options.exitCode && (changeCount(diff.summary.totals) > 0 || diff.statuses.length > 0)) ctx.exitCode = 1
    })
}

async function renderDiff(
  diff: import('../../diff/types.js').VersionDiff,
  format: DiffFormat,
  options: {summary: boolean; context: boolean; sideBySide: boolean},
  ctx: CliContext,
  toFile: boolean
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../render/diff-json.js')).renderDiffJson(diff, options)
    case 'html':
      return (await import('../../render/diff-html.js')).renderDiffHtml(diff, options)
    case 'md':
      return (await import('../../render/diff-md.js')).renderDiffMarkdown(diff, options)
    case 'term':
      return (await import('../../render/diff-term.js')).renderDiffTerm(diff, {...options, color: ctx.color && !toFile})
  }
}

/** The corpus under --root when there is one; a diff of two paths needs none. */
function tryCorpus(ctx: CliContext): () => ReturnType<CliContext['corpus']> | undefined {
  let tried = false
  let corpus: ReturnType<CliContext['corpus']> | undefined
  return () => {
    if (!tried) {
      tried = true
      try {
        corpus = ctx.corpus()
      } catch {
        corpus = undefined
      }
    }
    return corpus
  }
}

/** Shows long terminal output through $PAGER (default `less -FRX`), as git does; child_process is loaded only then. */
async function page(output: string, ctx: CliContext): Promise<void> {
  const rows = process.stdout.rows ?? 24
  const pager = process.env.PAGER ?? 'less -FRX'
  if (output.split('\n').length < rows || pager === '' || pager === 'cat') {
    ctx.stdout(output)
    return
  }
  const [command = 'less', ...args] = pager.split(/\s+/)
  const {spawnSync} = await import('node:child_process')
  const result = spawnSync(command, args, {input: output, stdio: ['pipe', 'inherit', 'inherit']})
  if (result.error) ctx.stdout(output)
}
