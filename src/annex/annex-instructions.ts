import type {ClauseRedline, PartRedline} from '../redline/document.js'
import type {AnnexInstruction} from './annex-types.js'

/**
 * The instruction line the SECAS annex prints before a changed clause: "Amend Section G3.20 as
 * follows:", "Insert new Section G3.22 as follows:" or "Delete Section G3.22.", or null for an
 * unchanged clause.
 */
export function clauseInstruction(clause: ClauseRedline): AnnexInstruction | null {
  switch (clause.status) {
    case 'changed':
      return {kind: 'amend', clause: clause.id, text: `Amend Section ${clause.id} as follows:`}
    case 'inserted':
      return {kind: 'insert', clause: clause.id, text: `Insert new Section ${clause.id} as follows:`}
    case 'deleted':
      return {kind: 'delete', clause: clause.id, text: `Delete Section ${clause.id}.`}
    default:
      return null
  }
}

/** The instruction line before a changed part heading: "Amend the heading of Part G3 as follows:", "Insert new Part G4 as follows:" or "Delete Part G4.". */
export function partInstruction(part: PartRedline): string {
  if (part.status === 'inserted') return `Insert new Part ${part.id} as follows:`
  if (part.status === 'deleted') return `Delete Part ${part.id}.`
  return `Amend the heading of Part ${part.id} as follows:`
}
