import type {Clause, Located, Provision, Version} from '../../model/types.js'

/** Every provision of a version in document order, and by ID: built once per version and shared by the rules. */
export interface VersionIndex {
  provisions: Located[]
  byId: Map<string, Located>
}

const cache = new WeakMap<Version, VersionIndex>()

/**
 * The provisions of a version, walked once. Same order and context as `walkProvisions`, without a
 * generator and with ancestor chains shared between siblings, which matters on a full-size code.
 */
export function indexVersion(version: Version): VersionIndex {
  const cached = cache.get(version)
  if (cached) return cached
  const provisions: Located[] = []
  for (const section of version.sections) {
    for (const part of section.parts) {
      for (const group of part.groups) {
        for (const clause of group.clauses) {
          const visit = (provision: Provision, ancestors: Provision[], owner: Clause): void => {
            provisions.push({provision, clause: owner, section, part, group, ancestors})
            if (provision.items.length === 0) return
            const chain = [...ancestors, provision]
            for (const item of provision.items) visit(item, chain, owner)
          }
          visit(clause, [], clause)
        }
      }
    }
  }
  const index: VersionIndex = {provisions, byId: new Map(provisions.map((located) => [located.provision.id, located]))}
  cache.set(version, index)
  return index
}
