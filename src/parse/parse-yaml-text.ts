import {createRequire} from 'node:module'
import type {Document, LineCounter} from 'yaml'

const require = createRequire(import.meta.url)

/** A YAML text parsed by the `yaml` package, with the line counter that turns its offsets into places. */
export interface ParsedYaml {
  document: Document.Parsed
  lineCounter: LineCounter
}

/** The texts already parsed: a document's frontmatter is read for its keys and again for its status map. */
const parsed = new Map<string, ParsedYaml>()

/**
 * Parses YAML text with the `yaml` package (loaded on first use), as the frontmatter and status
 * readers do (no pretty errors, unique keys). The same text is parsed once; callers only read the
 * document.
 */
export function parseYamlText(text: string): ParsedYaml {
  const known = parsed.get(text)
  if (known) return known
  const {parseDocument, LineCounter} = require('yaml') as typeof import('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  if (parsed.size >= 1000) parsed.clear()
  const result = {document, lineCounter}
  parsed.set(text, result)
  return result
}
