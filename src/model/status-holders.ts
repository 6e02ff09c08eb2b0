import type {InForce, Part, Place, Provision, Section} from './types.js'
import {walkProvisions} from './walk.js'

/** What can hold an in-force status: a part (`X2`), a clause or a sub-paragraph. */
export interface StatusHolder {
  id: string
  inForce?: InForce
  place?: Place
  /** Set on a part; a provision's holder has `provision` instead. */
  part?: Part
  provision?: Provision
}

/**
 * Every holder of a status in the sections, in document order: each numbered part, then the
 * provisions in it (a part's status holds for everything in it, so it comes first).
 */
export function* statusHolders(sections: readonly Section[]): Generator<StatusHolder> {
  for (const section of sections) {
    for (const part of section.parts) {
      if (part.id !== null) yield {id: part.id, ...(part.inForce ? {inForce: part.inForce} : {}), ...(part.place ? {place: part.place} : {}), part}
      for (const located of walkProvisions([{...section, parts: [{...part, groups: part.groups}]}])) {
        const {provision} = located
        yield {id: provision.id, ...(provision.inForce ? {inForce: provision.inForce} : {}), ...(provision.place ? {place: provision.place} : {}), provision}
      }
    }
  }
}

/** Sets (or, with undefined, removes) the status of a part or provision. */
export function setHolderStatus(holder: {inForce?: InForce}, inForce: InForce | undefined): void {
  if (inForce) holder.inForce = {...inForce}
  else delete holder.inForce
}
