import {VFileMessage} from 'vfile-message'
import type {Place, Provision} from '../model/types.js'
import type {Fix, Target} from './types.js'

/** The `source` of every message of `redline check`. */
export const SOURCE = 'sec-redline'

/**
 * A finding of `redline check`: a vfile message (place, `ruleId`, `source`, `url`, `fatal`,
 * `cause`) with the version it was found in and the fixes it proposes.
 */
export class CheckMessage extends VFileMessage {
  /** The version checked, `6.17`. */
  version = ''
  /** Fixes proposed by the rule; empty when the rule cannot fix this finding. */
  fixes: Fix[] = []
  /** The provision the finding is about, when it is about one. */
  provisionId: string | undefined = undefined
}

/** The place a target stands at: a provision's source place, or the place itself. */
export function placeOf(target: Target): Place | undefined {
  return isProvision(target) ? target.place : target
}

export function isProvision(target: Target): target is Provision {
  return 'kind' in target && (target.kind === 'clause' || target.kind === 'sub-paragraph')
}

/** A plain vfile message at a target, used as the `cause` of a check message. */
export function causeMessage(reason: string, target: Target): VFileMessage {
  const place = placeOf(target)
  const message = new VFileMessage(reason, {place: place ? (place.end ? {start: place.start, end: place.end} : place.start) : undefined, source: SOURCE})
  message.file = place?.file ?? ''
  message.fatal = null
  return message
}
