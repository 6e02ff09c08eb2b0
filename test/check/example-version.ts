import {stringify} from 'yaml'
import {parseConfig} from '../../src/check/config/load-config.js'
import type {ConfigNode} from '../../src/check/config/config-node.js'
import type {Lineage} from '../../src/check/lineage.js'
import type {RuleExample} from '../../src/check/types.js'
import type {Version} from '../../src/model/types.js'
import {parseSection} from '../../src/parse/parse-section.js'
import {documentOfFile} from '../../src/model/document-files.js'
import {compareDocuments} from '../../src/model/ids.js'

/** The section file an example's markdown is placed in: its clauses start at line 9. */
export function exampleFile(markdown: string, status: readonly string[] = []): string {
  const statusMap = status.length > 0 ? `status:\n${status.join('\n')}\n` : ''
  return `---\nsection: "G"\ntitle: "Security"\nversion: "1.0"\n${statusMap}---\n\n# Section G: Security\n\n${markdown}\n`
}

/** An Appendix's or Schedule's file holding an example's markdown under its title (line 10 of an Appendix, line 9 of a Schedule). */
export function exampleDocumentFile(name: string, markdown: string, id = '1.0'): string {
  const document = documentOfFile(name)
  if (!document || document.kind === 'section') throw new Error(`example document ${name}: expected appendix-<letters>.md or schedule-<number>.md`)
  const heading = `${document.kind === 'appendix' ? 'Appendix' : 'Schedule'} ${document.letter}`
  const versionLine = document.kind === 'appendix' ? 'document-version: "V1.0"\n' : ''
  return `---\n${document.kind}: "${document.letter}"\ntitle: "Illustrative Document"\nversion: "${id}"\n${versionLine}---\n\n# ${heading}: Illustrative Document\n\n${markdown}\n`
}

/** A version holding one section built from an example's markdown, and the example's Appendices and Schedules. */
export function exampleVersion(markdown: string, manifest: Partial<Version['manifest']> = {}, id = '1.0', status: readonly string[] = [], documents: Record<string, string> = {}): Version {
  const file = `sec-text/${id}/section-g.md`
  const section = parseSection(exampleFile(markdown, status).replace('version: "1.0"', `version: "${id}"`), file, {letter: 'G', version: id})
  const others = Object.entries(documents).map(([name, body]) => {
    const document = documentOfFile(name)
    return parseSection(exampleDocumentFile(name, body, id), `sec-text/${id}/${name}`, {letter: document?.letter ?? '', kind: document?.kind, version: id})
  })
  return {id, dir: `sec-text/${id}`, manifest: {version: id, base: null, changes: [], source: 'example', ...manifest}, sections: [section, ...others].sort(compareDocuments)}
}

/**
 * For an example with a base: the example's version (1.0) built from the base (0.9) by the
 * example's record, and the lineage the rules read (the record changed every provision that differs).
 */
export function exampleWithBase(example: RuleExample): {version: Version; lineage?: Lineage} {
  if (!example.base) return {version: exampleVersion(example.markdown, example.effective ? {effective: example.effective} : {}, '1.0', example.status, example.documents)}
  const {markdown, record} = example.base
  const base = exampleVersion(markdown, {}, '0.9')
  const version = exampleVersion(example.markdown, {base: '0.9', changes: [record]})
  const lineage: Lineage = {
    base: (of) => (of === version ? base : undefined),
    recordsChanging: (of) => (of === version ? [record] : [])
  }
  return {version, lineage}
}

/** An example's options, written as YAML and read back, so they go through the same reader as a real configuration. */
export function exampleOptions(options: Record<string, unknown> | undefined): ConfigNode | undefined {
  if (!options) return undefined
  return parseConfig(stringify(options), 'example.yaml')
}
