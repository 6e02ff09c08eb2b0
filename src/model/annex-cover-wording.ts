/**
 * The sentences an annex's cover opens "About this document" with, one per kind of change record:
 * written by the annex layout, read back by `mod import` (a direction's annex imports as a direction).
 */
export const COVER_PURPOSE = {
  modification: 'This document contains the redlined changes to the SEC that would be required to deliver this Modification Proposal.',
  direction: 'This document contains the changes to the SEC made by this direction of the Secretary of State.'
} as const

/** The kind of change record a cover sentence names, or undefined where the paragraph is no such sentence. */
export function coverPurposeKind(text: string): keyof typeof COVER_PURPOSE | undefined {
  const trimmed = text.trim()
  for (const kind of ['modification', 'direction'] as const) if (trimmed === COVER_PURPOSE[kind]) return kind
  return undefined
}

/**
 * The closing line of an annex, after its last change: written by the Word annex (a document's
 * final paragraph mark cannot be tracked, so a tracked paragraph must never be its last), and read
 * by `import` and `mod import` as the annex's own, never as legal text, where it is the last
 * paragraph with text (`import/recognise-structure.ts`).
 */
export const ANNEX_END = 'End of Annex A'
