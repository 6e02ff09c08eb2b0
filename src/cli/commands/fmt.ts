import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Command} from 'commander'
import {collectFiles, formatFiles} from '../../format/format-files.js'
import {checkInsideRoot} from '../../read/read-text.js'
import {writeFileSet} from '../../write/write-file-set.js'
import type {CliContext} from '../context.js'
import {EXIT} from '../context.js'

/** `redline fmt [--check] [paths…]`: rewrite corpus files in canonical form. */
export function registerFmt(program: Command, context: () => CliContext): void {
  program
    .command('fmt')
    .description('rewrite corpus files in canonical form (default: sec-text/ and modifications/ under --root)')
    .argument('[paths...]', 'files or folders')
    .option('--check', 'change nothing; list the files that are not canonical and exit 1 if any')
    .action((paths: string[], options: {check?: boolean}) => {
      const ctx = context()
      const targets = paths.length > 0 ? paths : ['sec-text', 'modifications'].map((dir) => path.join(ctx.root, dir)).filter((dir, index) => index === 0 || existsSync(dir))
      const files = collectFiles(targets)
      // The corpus is what is under the root: a link leading outside it is refused, not followed.
      if (paths.length === 0) for (const file of files) checkInsideRoot(ctx.root, file, file)
      const results = formatFiles(files)
      const changed = results.filter((result) => !result.canonical)
      if (options.check) {
        for (const result of changed) ctx.stdout(result.file)
        ctx.stderr(changed.length === 0 ? `${results.length} files are canonical` : `${changed.length} of ${results.length} files are not canonical; run 'redline fmt' to rewrite them`)
        ctx.exitCode = changed.length === 0 ? EXIT.ok : EXIT.findings
        return
      }
      writeFileSet(changed.map((result) => ({file: result.file, data: result.text})), (text) => ctx.stderr(`redline: ${text}`))
      for (const result of changed) ctx.stdout(`formatted ${result.file}`)
      ctx.stderr(`${changed.length} of ${results.length} files rewritten`)
    })
}

