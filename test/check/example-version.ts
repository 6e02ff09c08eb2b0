import {stringify} from 'yaml'
import {parseConfig} from '../../src/check/config/load-config.js'
import type {ConfigNode} from '../../src/check/config/config-node.js'
import type {Version} from '../../src/model/types.js'
import {parseSection} from '../../src/parse/parse-section.js'

/** The section file an example's markdown is placed in: its clauses start at line 9. */
export function exampleFile(markdown: string): string {
  return `---\nsection: "G"\ntitle: "Security"\nversion: "1.0"\n---\n\n# Section G: Security\n\n${markdown}\n`
}

/** A version holding one section built from an example's markdown. */
export function exampleVersion(markdown: string, manifest: Partial<Version['manifest']> = {}): Version {
  const file = 'sec-text/1.0/section-g.md'
  const section = parseSection(exampleFile(markdown), file, {letter: 'G', version: '1.0'})
  return {id: '1.0', dir: 'sec-text/1.0', manifest: {version: '1.0', base: null, changes: [], source: 'example', ...manifest}, sections: [section]}
}

/** An example's options, written as YAML and read back, so they go through the same reader as a real configuration. */
export function exampleOptions(options: Record<string, unknown> | undefined): ConfigNode | undefined {
  if (!options) return undefined
  return parseConfig(stringify(options), 'example.yaml')
}
