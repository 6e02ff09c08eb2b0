import type {Command} from 'commander'
import type {CliContext} from '../context.js'
import {documentName} from '../../model/ids.js'
import type {Version} from '../../model/types.js'
import {choice} from '../options.js'

/** `redline versions`: the versions with their manifests. */
export function registerVersions(program: Command, context: () => CliContext): void {
  program
    .command('versions')
    .description('list the stored versions with their manifests')
    .option('--format <format>', 'text or json', choice(['text', 'json']), 'text')
    .action((options: {format: 'text' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      const manifests = corpus.versionIds().map((id) => corpus.manifest(id))
      // The document versions of Appendices (`V5.3`), per version: a document's own version beside the code's.
      const documents = Object.fromEntries(corpus.versionIds().map((id) => [id, documentVersionsOf(corpus.version(id))]))
      if (options.format === 'json') {
        ctx.stdout(JSON.stringify({schema: 'sec-redline/versions@1', latest: corpus.latest(), versions: manifests, documentVersions: documents}, null, 2))
        return
      }
      const {bold, dim} = ctx.colors
      for (const manifest of manifests) {
        const from = manifest.base ? `from ${manifest.base}${manifest.changes.length > 0 ? ` + ${manifest.changes.join(', ')}` : ''}` : 'first version'
        const release = [manifest.release, manifest.effective && `effective ${manifest.effective}`].filter(Boolean).join(', ')
        ctx.stdout(`${bold(manifest.version)}  ${from}${release ? `  (${release})` : ''}`)
        ctx.stdout(dim(`  source: ${manifest.source}`))
        if (manifest.excerpt) ctx.stdout(dim(`  excerpt: ${manifest.excerpt}`))
        const own = documents[manifest.version] ?? []
        if (own.length > 0) ctx.stdout(dim(`  document versions: ${own.map((d) => `${d.name} ${d.documentVersion}`).join(', ')}`))
      }
    })
}

/** The documents of a version that carry their own document version (Appendices), in the code's order. */
function documentVersionsOf(version: Version): Array<{name: string; documentVersion: string}> {
  return version.sections.flatMap((section) => (section.documentVersion === undefined ? [] : [{name: documentName(section), documentVersion: section.documentVersion}]))
}
