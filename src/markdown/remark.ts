import {createRequire} from 'node:module'
import type {Root} from 'mdast'
import type {Options as StringifyOptions} from 'remark-stringify'

/**
 * remark, loaded on first use. Canonical corpus text is read and written by line scans that never
 * need it; loading unified, remark-parse and remark-stringify (about 150 modules) costs a third of
 * `redline diff`'s start-up, so commands pay for it only when a file holds markdown beyond the
 * canonical profile. Node 20.19+ loads these ES modules synchronously through `require`.
 */
const require = createRequire(import.meta.url)

/** How corpus markdown is written: `-` bullets, one space after the marker. */
const STRINGIFY: StringifyOptions = {bullet: '-', listItemIndent: 'one', emphasis: '_', strong: '*'}

let parser: {parse: (markdown: string) => Root} | undefined
let stringifier: {stringify: (tree: Root) => string} | undefined

/** Parses markdown into an mdast tree with remark-parse. */
export function parseMarkdown(markdown: string): Root {
  if (!parser) {
    const {unified} = require('unified') as typeof import('unified')
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default
    parser = unified().use(remarkParse).use(pipeTables)
  }
  return parser.parse(markdown)
}

/**
 * GFM pipe tables, and nothing else of GFM: a provision's table (`| a | b |` rows under a
 * `| --- | --- |` delimiter). remark-gfm would also turn on autolinks, strikethrough and footnotes,
 * which would read legal text such as "www.smartenergycodecompany.co.uk" as a link; the table
 * extension alone (the one remark-gfm uses) changes nothing for text that holds no table.
 */
function pipeTables(this: import('unified').Processor): void {
  const {gfmTable} = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table')
  const {gfmTableFromMarkdown} = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table')
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
}

/** Writes an mdast tree as markdown with remark-stringify, in the corpus's style. */
export function stringifyMarkdown(tree: Root): string {
  if (!stringifier) {
    const {unified} = require('unified') as typeof import('unified')
    const remarkStringify = (require('remark-stringify') as typeof import('remark-stringify')).default
    stringifier = unified().use(remarkStringify, STRINGIFY)
  }
  return stringifier.stringify(tree)
}
