import {documentOf, splitProvisionId, type DocumentName} from './ids.js'
import type {Clause, Group, Located, Part, Provision, Section, Version} from './types.js'

/** Visits every provision of the sections, in document order, with its context. */
export function* walkProvisions(sections: readonly Section[]): Generator<Located> {
  const clauseProvisions: Located[] = []
  for (const section of sections) {
    for (const part of section.parts) {
      for (const group of part.groups) {
        for (const clause of group.clauses) {
          // A clause's provisions are gathered by plain recursion and then yielded: a generator
          // delegating to a generator at every level of nesting costs more than the walk itself.
          clauseProvisions.length = 0
          collectFrom(clause, clause, section, part, group, [], clauseProvisions)
          for (let index = 0; index < clauseProvisions.length; index++) yield clauseProvisions[index] as Located
        }
      }
    }
  }
}

function collectFrom(provision: Provision, clause: Clause, section: Section, part: Part, group: Group, ancestors: Provision[], out: Located[]): void {
  out.push({clause, section, part, group, ancestors, provision})
  if (provision.items.length === 0) return
  const inner = [...ancestors, provision]
  for (const item of provision.items) collectFrom(item, clause, section, part, group, inner, out)
}

/** Every clause of the sections, in document order. */
export function clausesOf(sections: readonly Section[]): Clause[] {
  return sections.flatMap((section) => section.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)))
}

/**
 * Finds a provision by ID (`G3.20`, `G3.20(b)(i)`, `AB:2.11(a)`, `A1.1[Term](b)`), or undefined. The
 * term of a definition's ID matches whatever its case (`A1.1[anomaly detection threshold]`).
 */
export function findProvision(version: Version, id: string): Located | undefined {
  const document = documentOf(id)
  if (!document) return undefined
  const sections = version.sections.filter((section) => sameDocument(section, document))
  for (const located of walkProvisions(sections)) if (located.provision.id === id) return located
  const split = splitProvisionId(id)
  if (split?.term === undefined) return undefined
  const key = caseless(id)
  for (const located of walkProvisions(sections)) if (caseless(located.provision.id) === key) return located
  return undefined
}

/** An ID with its terms' case folded, so `A1.1[Term]` and `A1.1[term]` compare equal (clause numbers and labels are kept). */
function caseless(id: string): string {
  return id.replace(/\[[^\]]*\]/g, (term) => term.toLowerCase())
}

/** Finds a definition by its term alone, whatever its case (`Anomaly Detection Threshold`), or undefined. */
export function findDefinition(version: Version, term: string): Located | undefined {
  const key = term.trim().toLowerCase()
  if (key === '') return undefined
  for (const located of walkProvisions(version.sections)) {
    const provision = located.provision
    if (provision.kind === 'sub-paragraph' && provision.term !== undefined && provision.term.toLowerCase() === key) return located
  }
  return undefined
}

/** Every provision ID of a version, in document order. */
export function provisionIds(version: Version): string[] {
  return [...walkProvisions(version.sections)].map((located) => located.provision.id)
}

/** Whether a section file is the document named (Section G, Appendix AB, Schedule 11). */
export function sameDocument(section: Section, document: DocumentName): boolean {
  return (section.kind ?? 'section') === document.kind && section.letter === document.letter
}

/** The document (Section, Appendix or Schedule) of a version, or undefined. */
export function findDocument(version: Version, document: DocumentName): Section | undefined {
  return version.sections.find((section) => sameDocument(section, document))
}

/** A part by ID (`G3`, `AB:2`, `Sch11:3`) with its document, or undefined. */
export function findPart(version: Version, id: string): {section: Section; part: Part} | undefined {
  const document = documentOf(id)
  const section = document && findDocument(version, document)
  const part = section?.parts.find((p) => p.id === id)
  return section && part ? {section, part} : undefined
}

/** A clause and every sub-paragraph under it, in document order. */
export function provisionsOfClause(clause: Clause): Provision[] {
  const out: Provision[] = []
  const visit = (provision: Provision): void => {
    out.push(provision)
    provision.items.forEach(visit)
  }
  visit(clause)
  return out
}
