import path from 'node:path'
import {CONFIG_FILE, parseConfig} from '../check/config/load-config.js'
import {pathKind, readText} from '../read/read-text.js'

/**
 * Defaults for new change records, from the `drafting` mapping of `redline.config.yaml`. The CLI
 * reads them (the configuration file is the check stage's) and hands them to `mod new`.
 */
export interface DraftingDefaults {
  /** Panel Information Policy classification, `White`. */
  classification?: string
}

/** Reads `drafting: {classification: …}` from the corpus configuration; none without the file or the key. */
export function readDraftingDefaults(root: string): DraftingDefaults {
  const file = path.join(root, CONFIG_FILE)
  if (pathKind(file, CONFIG_FILE) === 'missing') return {}
  const config = parseConfig(readText(file, CONFIG_FILE), CONFIG_FILE)
  if (config.node === null) return {}
  const drafting = config.entries("a mapping with the keys 'rules' and 'drafting'").find(([key]) => key === 'drafting')?.[1]
  if (!drafting) return {}
  const classification = drafting.entries('a mapping with the key \'classification\'', ['classification']).find(([key]) => key === 'classification')?.[1]
  return classification ? {classification: classification.string('a classification such as White')} : {}
}
