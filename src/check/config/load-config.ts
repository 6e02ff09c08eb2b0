import path from 'node:path'
import {LineCounter, parseDocument} from 'yaml'
import {didYouMean, InputError} from '../../diagnostics/errors.js'
import type {ConfiguredRule, Rule} from '../lint-rule.js'
import {rules as allRules} from '../rules/index.js'
import {SEVERITIES, type Severity} from '../types.js'
import {ConfigNode} from './config-node.js'
import {pathKind, readCorpusText} from '../../read/read-text.js'

/** The configuration file's name, at the corpus root. */
export const CONFIG_FILE = 'redline.config.yaml'

/** The top-level keys of `redline.config.yaml`. */
export const CONFIG_KEYS = ['rules', 'drafting'] as const

/** The rules `redline check` runs, each with its severity and options. */
export interface CheckConfig {
  /** The file read, relative to the corpus root, or null when there is none (every rule at its default). */
  file: string | null
  rules: ConfiguredRule[]
}

/**
 * Reads `redline.config.yaml` at the corpus root; without one, every rule runs at its default
 * severity with its default options. Every error names the file, line, column and key, and exits 2.
 */
export function loadConfig(root: string, known: readonly Rule[] = allRules): CheckConfig {
  const file = path.join(root, CONFIG_FILE)
  if (pathKind(file, CONFIG_FILE) === 'missing') return {file: null, rules: configureRules(undefined, known)}
  const text = readCorpusText(root, CONFIG_FILE)
  return {file: CONFIG_FILE, rules: configureRules(parseConfig(text, CONFIG_FILE), known)}
}

/** Parses configuration text into its root node; malformed YAML is an error at its place. */
export function parseConfig(text: string, file: string): ConfigNode {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const placeAt = (offset: number) => {
    const {line, col} = lines.linePos(offset)
    return {file, start: {line, column: col}}
  }
  const error = document.errors[0]
  if (error) throw new InputError(`Malformed YAML: ${error.message.split('\n')[0] ?? ''}`, placeAt(error.pos[0]), 'config')
  const contents = document.contents
  return new ConfigNode(contents, '', placeAt(contents?.range?.[0] ?? 0), lines)
}

/** Sets up every known rule from the configuration's root node (or defaults without one). */
export function configureRules(root: ConfigNode | undefined, known: readonly Rule[] = allRules): ConfiguredRule[] {
  const settings = new Map<string, ConfigNode>()
  if (root && root.node !== null) {
    const top = new Map(root.entries('a mapping with the key \'rules\'', CONFIG_KEYS))
    const rulesNode = top.get('rules')
    if (rulesNode && rulesNode.node !== null) {
      const ids = known.map((rule) => rule.id)
      for (const [id, node] of rulesNode.entries('a mapping of rule IDs to a severity or to options')) {
        if (!ids.includes(id)) {
          throw new InputError(`Unknown rule '${id}' in 'rules', expected one of ${ids.join(', ')}${didYouMean(id, ids)}`, node.keyPlace, 'config')
        }
        settings.set(id, node)
      }
    }
  }
  const configured: ConfiguredRule[] = []
  for (const rule of known) {
    const node = settings.get(rule.id)
    const {severity, options} = readSetting(rule, node)
    if (severity === 'off') continue
    configured.push(rule.configure(severity, options))
  }
  return configured
}

/** `rule: error` or `rule: {severity: warn, <options>}`. */
function readSetting(rule: Rule, node: ConfigNode | undefined): {severity: Severity; options: ConfigNode | undefined} {
  if (!node || node.node === null) return {severity: rule.defaultSeverity, options: undefined}
  if (typeof node.value() === 'string') return {severity: node.oneOf(SEVERITIES), options: undefined}
  const severity = node.get('severity')?.oneOf(SEVERITIES) ?? rule.defaultSeverity
  if (typeof node.value() !== 'object' || Array.isArray(node.value())) {
    node.unexpected(`a severity (${SEVERITIES.join(', ')}) or a mapping of 'severity' and options`)
  }
  return {severity, options: node}
}
