import {createHash} from 'node:crypto'
import type {Version} from '../../model/types.js'
import {draftModification, type Draft} from '../../modify/draft-modification.js'
import type {ModificationMeta} from '../../modify/modification-types.js'
import {formatMessage} from '../../diagnostics/errors.js'
import type {CheckMessage} from '../check-message.js'
import type {Fix} from '../types.js'
import {applyFixes} from './apply-fixes.js'

export interface FixDraftOptions {
  /** Date of the tracked changes, `YYYY-MM-DD`. */
  date: string
  /** Author of the tracked changes. */
  author?: string
}

/** A draft modification holding the fixes, with the messages it fixes and the fixes it left out. */
export interface FixDraft {
  draft: Draft
  fixed: CheckMessage[]
  skipped: Fix[]
}

/**
 * Turns the fixes of a check into a draft change record against the checked version (the SEC
 * changes only by modification, so `--fix` never edits `sec-text/`). The ID is derived from the
 * edits (`CHECK-6.17-1a2b3c4d`), so the same findings always give the same record. Undefined when
 * no message of this version proposes a fix.
 */
export function draftFixes(version: Version, messages: readonly CheckMessage[], options: FixDraftOptions): FixDraft | undefined {
  const fixed = messages.filter((message) => message.version === version.id && message.fixes.length > 0)
  if (fixed.length === 0) return undefined
  const {edits, skipped} = applyFixes(version, fixed.flatMap((message) => message.fixes))
  if (edits.length === 0) return undefined
  const hash = createHash('sha256').update(JSON.stringify(edits)).digest('hex').slice(0, 8)
  const findings = fixed.map((message) => `- ${formatMessage(message)} (${message.ruleId ?? ''})`).join('\n')
  const meta: ModificationMeta = {
    id: `CHECK-${version.id}-${hash}`,
    title: `Fixes proposed by redline check on version ${version.id}`,
    kind: 'modification',
    base: version.id,
    status: 'draft',
    dates: {raised: options.date},
    author: {name: options.author ?? 'redline check', date: options.date},
    body: `## Problem\n\n\`redline check\` found in version ${version.id}:\n\n${findings}\n\n## Solution\n\nThe legal text below makes the changes the rules propose. Review it as any other draft before it is proposed.`
  }
  return {draft: draftModification(meta, version, {edits}), fixed, skipped}
}
