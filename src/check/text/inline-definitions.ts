import type {Part, Provision} from '../../model/types.js'

/** A term defined inline: `"Term" means`, `"Term" has the meaning`, in straight or curly quotes. */
const INLINE_DEFINITION = /["“]([^"“”\n]+)["”]\s+(?:means|has the meaning|shall mean|shall have the meaning|includes)\b/gu

/**
 * The terms a provision defines inline in its lead-in and its closing words (`"Notice Period"
 * means …`, as in C1.1 or K11), in reading order. Part A1 defines its terms in its definitions
 * list, so its provisions define none inline.
 */
export function inlineDefinitions(provision: Provision, part: Part): string[] {
  if (part.id === 'A1') return []
  const out: string[] = []
  for (const field of [provision.text, provision.tail]) {
    if (!field.includes('"') && !field.includes('“')) continue
    for (const match of field.matchAll(INLINE_DEFINITION)) out.push((match[1] ?? '').trim())
  }
  return out
}
