import {documentName, type DocumentKind} from '../model/ids.js'
import type {AnnexMeta} from '../annex/annex-types.js'
import {ANNEX_END, COVER_PURPOSE} from '../model/annex-cover-wording.js'

/** The fixed wording of an annex's cover, shared by every annex format (as plain text). */
export interface AnnexCover {
  /** `MP087 ‘Correction to SEC Section G – User Responsibilities’`. */
  title: string
  annex: string
  /** `Legal text – version 0.1`. */
  version: string
  aboutHeading: string
  /** The paragraphs of "About this document", the last one the classification where known. */
  about: string[]
  /** `Classification: White`, for headers and footers, or null. */
  classificationLine: string | null
  /** `End of Annex A`: the line after the last change, where a format needs one (Word: see `render/annex-docx.ts`). */
  end: string
}

/** What the Panel Information Policy says of a classification, as the SECAS annexes quote it. */
const POLICY: Record<string, string> = {
  White: 'Information can be shared with the public, and any members may publish the information, subject to copyright.'
}

/** The cover wording of an annex, from its metadata. */
export function annexCover(meta: AnnexMeta): AnnexCover {
  const about = [
    COVER_PURPOSE[meta.kind === 'direction' ? 'direction' : 'modification'],
    `These changes have been drafted against SEC Version ${meta.base}.`
  ]
  if (meta.classification) {
    const policy = POLICY[meta.classification]
    about.push(`This document is classified as ${meta.classification} in accordance with the Panel Information Policy.${policy ? ` ${policy}` : ''}`)
  }
  return {
    title: `${meta.id} ‘${meta.title}’`,
    annex: 'Annex A',
    version: `Legal text – version ${meta.legalTextVersion}`,
    aboutHeading: 'About this document',
    about,
    classificationLine: meta.classification ? `This document has a Classification of ${meta.classification}` : null,
    end: ANNEX_END
  }
}

/** `Section G ‘Security’`, `Appendix AB ‘Service Request Processing Document’`, `Schedule 11 ‘…’`. */
export function sectionHeading(letter: string, title: string, kind?: DocumentKind): string {
  return `${documentName({kind, letter})} ‘${title}’`
}
