import type {Clause, Located, Provision, Section, Version} from './types.js'

/** Visits every provision of the sections, in document order, with its context. */
export function* walkProvisions(sections: readonly Section[]): Generator<Located> {
  for (const section of sections) {
    for (const part of section.parts) {
      for (const group of part.groups) {
        for (const clause of group.clauses) {
          yield* walkFrom(clause, {clause, section, part, group, ancestors: []})
        }
      }
    }
  }
}

function* walkFrom(provision: Provision, context: Omit<Located, 'provision'>): Generator<Located> {
  yield {...context, provision}
  const ancestors = [...context.ancestors, provision]
  for (const item of provision.items) yield* walkFrom(item, {...context, ancestors})
}

/** Every clause of the sections, in document order. */
export function clausesOf(sections: readonly Section[]): Clause[] {
  return sections.flatMap((section) => section.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)))
}

/** Finds a provision by ID (`G3.20`, `G3.20(b)(i)`), or undefined. */
export function findProvision(version: Version, id: string): Located | undefined {
  const letter = id.charAt(0)
  const sections = version.sections.filter((section) => section.letter === letter)
  for (const located of walkProvisions(sections)) if (located.provision.id === id) return located
  return undefined
}

/** Every provision ID of a version, in document order. */
export function provisionIds(version: Version): string[] {
  return [...walkProvisions(version.sections)].map((located) => located.provision.id)
}
