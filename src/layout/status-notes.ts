import {statusNote} from '../model/in-force.js'
import type {InForce} from '../model/types.js'
import type {ProvisionRedline} from '../redline/document.js'
import {statusChanged} from '../redline/status-changed.js'

/** The note of a part's unchanged status: `(Status of Section X2: not in force: comes into force on a direction.)`. */
export function partStatusNote(id: string, inForce: InForce): string {
  return statusNote(id, inForce)
}

/**
 * The status of each provision of a clause shown in an annex that is not simply in force and whose
 * status the record leaves as it is (a changed status has its own instruction line):
 * `(Section X2.4(b) ceases to have effect on 31 March 2027.)`.
 */
export function statusNotes(provision: ProvisionRedline): string[] {
  const own = provision.inForce?.after && provision.status !== 'deleted' && !statusChanged(provision) ? [statusNote(provision.id, provision.inForce.after)] : []
  return [...own, ...provision.items.flatMap(statusNotes)]
}
