import type {TextParagraph} from '../recognise-structure.js'
import {sectionTitle} from '../recognise-structure.js'
import {coverPurposeKind} from '../../model/annex-cover-wording.js'

/** What an annex's cover says about its modification. */
export interface AnnexCover {
  /** `MP087`. */
  id?: string
  /** `Correction to SEC Section G – User Responsibilities`. */
  title?: string
  /** `6.17`, from "These changes have been drafted against SEC Version 6.17." */
  base?: string
  /** `direction` where the cover says the document holds a direction of the Secretary of State. */
  kind?: 'modification' | 'direction'
}

const ID_AND_TITLE = /^([A-Z]{1,5}\d{1,5}[A-Za-z]?)\s+[‘'"“](.+)[’'"”]$/
const DRAFTED_AGAINST = /drafted against SEC Version (\d+(?:\.\d+)+)/i

/** Reads the cover of a SECAS annex ("MP087 '…'", "… drafted against SEC Version 6.17."): the paragraphs before the first Section title. */
export function readCover(paragraphs: readonly TextParagraph[]): AnnexCover {
  const cover: AnnexCover = {}
  for (const paragraph of paragraphs) {
    if (sectionTitle(paragraph.text)) break
    const named = ID_AND_TITLE.exec(paragraph.text)
    if (named && cover.id === undefined) {
      cover.id = named[1] ?? ''
      cover.title = named[2] ?? ''
    }
    const base = DRAFTED_AGAINST.exec(paragraph.text)
    if (base && cover.base === undefined) cover.base = (base[1] ?? '').replace(/\.$/, '')
    const kind = coverPurposeKind(paragraph.text)
    if (kind && cover.kind === undefined) cover.kind = kind
  }
  return cover
}
