import type {ClauseRedline} from '../redline/document.js'
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
