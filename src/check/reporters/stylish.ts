import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {CheckReport} from '../check-versions.js'

export interface StylishOptions {
  color?: boolean
  /** Show each message's docs URL and note (the word-level redline). */
  verbose?: boolean
}

/**
 * The report for people, by `vfile-reporter`: one block per file (`sec-text/6.17/section-g.md`),
 * each message with its place, severity, reason, rule ID and cause. Empty when there is nothing to report.
 */
export function stylish(report: CheckReport, options: StylishOptions = {}): string {
  const files = new Map<string, VFile>()
  for (const message of report.messages) {
    const path = message.file ?? ''
    let file = files.get(path)
    if (!file) {
      file = new VFile({path})
      files.set(path, file)
    }
    file.messages.push(message)
  }
  if (files.size === 0) return ''
  return reporter([...files.values()], {color: options.color ?? false, verbose: options.verbose ?? false})
}
