import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot} from '../helpers/cli.js'

/**
 * The folders of `src/` and the folders each may import from: data flows read → parse → model →
 * compute → layout → render → write → cli, and no import runs back up. `model`, `diagnostics` and
 * `escape` (one escaper per target: markdown, HTML, XML, terminal) are the base every stage may
 * use, `markdown` (the remark wrapper) sits below them; `write` (atomic file writes)
 * imports nothing of ours but errors, so the stages that persist (modify's release and drafts)
 * and the CLI may use it. The README's Layout section documents the same graph.
 */
const BASE = ['model', 'diagnostics', 'escape']
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  diagnostics: ['model'],
  markdown: [],
  escape: ['markdown'],
  read: [...BASE],
  write: [...BASE, 'read'],
  serialize: [...BASE, 'markdown'],
  parse: [...BASE, 'markdown', 'serialize'],
  corpus: [...BASE, 'read', 'parse'],
  redline: [...BASE],
  diff: [...BASE, 'parse', 'corpus', 'redline'],
  modify: [...BASE, 'read', 'markdown', 'parse', 'serialize', 'corpus', 'redline', 'write'],
  instructions: [...BASE, 'read', 'parse', 'serialize', 'redline'],
  check: [...BASE, 'read', 'corpus', 'redline', 'modify'],
  format: [...BASE, 'read', 'parse', 'serialize', 'modify'],
  annex: [...BASE, 'corpus', 'redline', 'modify', 'instructions'],
  layout: [...BASE, 'redline', 'annex'],
  import: [...BASE, 'read', 'parse', 'serialize', 'corpus', 'redline', 'diff', 'modify', 'write'],
  render: [...BASE, 'serialize', 'redline', 'diff', 'modify', 'instructions', 'annex', 'layout'],
  cli: [...BASE, 'markdown', 'read', 'parse', 'serialize', 'corpus', 'redline', 'diff', 'modify', 'instructions', 'check', 'format', 'annex', 'layout', 'render', 'write', 'import']
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : []
  })
}

/** Every relative import of every source file, as `from-folder → to-folder (file: specifier)`. */
function imports(): Array<{from: string; to: string; where: string}> {
  const src = path.join(repoRoot, 'src')
  const out: Array<{from: string; to: string; where: string}> = []
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8')
    const from = path.relative(src, file).split(path.sep)[0] as string
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = path.relative(src, path.resolve(path.dirname(file), match[1] as string))
      const to = target.split(path.sep)[0] as string
      out.push({from, to, where: `${path.relative(repoRoot, file)}: '${match[1]}'`})
    }
  }
  return out
}

describe('layers', () => {
  it('every folder of src/ has its place in the graph', () => {
    const folders = readdirSync(path.join(repoRoot, 'src')).filter((name) => statSync(path.join(repoRoot, 'src', name)).isDirectory())
    expect(folders.filter((folder) => !(folder in ALLOWED))).toEqual([])
  })

  it('no import runs back up the layers', () => {
    const found = imports()
    expect(found.length).toBeGreaterThan(100)
    const backwards = found.filter(({from, to}) => from !== to && from.endsWith('.ts') === false && !(ALLOWED[from] ?? []).includes(to)).map(({from, to, where}) => `${from} → ${to}  ${where}`)
    expect(backwards).toEqual([])
  })

  it('the graph itself runs one way (no two folders may import each other, directly or round a loop)', () => {
    const visiting = new Set<string>()
    const done = new Set<string>()
    const cycle = (folder: string, trail: string[]): string[] | undefined => {
      if (visiting.has(folder)) return [...trail, folder]
      if (done.has(folder)) return undefined
      visiting.add(folder)
      for (const next of ALLOWED[folder] ?? []) {
        const found = cycle(next, [...trail, folder])
        if (found) return found
      }
      visiting.delete(folder)
      done.add(folder)
      return undefined
    }
    for (const folder of Object.keys(ALLOWED)) expect(cycle(folder, [])).toBeUndefined()
  })
})
