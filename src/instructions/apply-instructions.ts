import {InputError} from '../diagnostics/errors.js'
import {citeDocumentRef, citeProvision, compareDocuments, comparePartIds, documentRefOf, parseDocumentReference, partOf as partOfId, tableIdOf, tableRowIdOf} from '../model/ids.js'
import {headlessPartOf} from '../model/headless-part.js'
import type {Clause, Group, Part, Place, Provision, Section, Version} from '../model/types.js'
import {findPart, walkProvisions} from '../model/walk.js'
import {applyDefinitionChange, definingClause} from '../model/definition-list.js'
import {namesItsClause} from '../model/definition-sentences.js'
import {applyTextEdit} from './edit-text.js'
import {applyDefinitionInstruction} from './definition-instructions.js'
import type {AmendingInstruction} from './instruction-types.js'
import {applyRowInstruction} from './apply-table-rows.js'

/**
 * Applies amending instructions, in order, to a copy of a version and returns the copy. An
 * instruction that does not fit (a clause or words not found, words found twice) is refused with
 * its place in the instruction file, saying what it expected.
 */
export function applyInstructions(base: Version, instructions: readonly AmendingInstruction[]): Version {
  const version = structuredClone(base)
  for (const instruction of instructions) applyOne(version, instruction)
  return version
}

function applyOne(version: Version, instruction: AmendingInstruction): void {
  const fail = (reason: string): never => {
    throw new InputError(`${reason} (in version ${version.id})`, instruction.place as Place | undefined, 'instructions')
  }
  switch (instruction.kind) {
    case 'text': {
      const provision = findProvision(version, instruction.target.provision) ?? fail(`Unexpected ${citeProvision(instruction.target.provision)}: no such provision, expected one of the version`)
      const result = applyTextEdit(provision[instruction.target.field], instruction.edit)
      if (!result.ok) fail(`${result.reason.replace('the provision', `${citeProvision(instruction.target.provision)}`)}`)
      else provision[instruction.target.field] = result.text
      return
    }
    case 'heading': {
      const named = groupsOf(version, instruction.section).filter((group) => group.heading === instruction.from)
      const anchor = instruction.before
      const groups = anchor === null ? named : named.filter((group) => group.clauses.some((clause) => clause.id === anchor))
      const [group, ...others] = groups
      if (!group) fail(`Unexpected cross-heading "${instruction.from}"${anchor === null ? '' : ` before ${citeProvision(anchor)}`}: not in ${citeDocumentRef(instruction.section)}, expected an existing cross-heading`)
      else if (others.length > 0) fail(`Ambiguous cross-heading "${instruction.from}": it stands ${groups.length} times in ${citeDocumentRef(instruction.section)}, expected 'before Section <clause>' to say which`)
      else group.heading = instruction.to
      return
    }
    case 'delete-clause': {
      const {group, index} = findClause(version, instruction.id) ?? fail(`Unexpected ${citeProvision(instruction.id)}: no such clause, expected a clause of the version`)
      group.clauses.splice(index, 1)
      // The last clause of a group deleted: its cross-heading goes with it, so an instruction after this one
      // never finds the group ("omit the cross-heading before G1.2" joins G1.2 to the group before; "at the
      // start of Section G" is before the first clause that stands).
      // The part's only group stays, emptied, for what is inserted at the start of the part.
      const part = group.clauses.length === 0 ? partsOf(version, documentRefOf(instruction.id)).find((p) => p.groups.includes(group)) : undefined
      if (part && part.groups.length > 1) part.groups.splice(part.groups.indexOf(group), 1)
      return
    }
    case 'substitute-clause': {
      const {group, index} = findClause(version, instruction.clause.id) ?? fail(`Unexpected ${citeProvision(instruction.clause.id)}: no such clause, expected a clause of the version`)
      group.clauses[index] = withStatusesOf(group.clauses[index], stripPlaces(instruction.clause))
      return
    }
    case 'status': {
      const provision = findProvision(version, instruction.id) ?? findPart(version, instruction.id)?.part ?? fail(`Unexpected ${citeProvision(instruction.id)}: no such provision or part, expected one of the version`)
      if (instruction.inForce) provision.inForce = {...instruction.inForce}
      else delete provision.inForce
      return
    }
    case 'insert-clause': {
      if (findClause(version, instruction.clause.id)) fail(`Unexpected new ${citeProvision(instruction.clause.id)}: it exists already, expected a new clause number`)
      const clause = stripPlaces(instruction.clause)
      // First in its part: under the part's first cross-heading, or before it where the instruction names it.
      const putFirst = (part: Part): void => {
        const first = part.groups[0] ?? (part.groups[0] = {heading: null, clauses: []})
        if (instruction.beforeHeading === undefined) first.clauses.unshift(clause)
        else if (first.heading !== instruction.beforeHeading) fail(`Unexpected cross-heading "${first.heading ?? ''}" at the start of the part ${citeProvision(instruction.clause.id)} opens, expected "${instruction.beforeHeading}"`)
        else part.groups.unshift({heading: null, clauses: [clause]})
      }
      if (instruction.after === null) {
        // The first clause of a new document (or of its first new part) opens that part's first group.
        const own = partOf(version, instruction.clause.id)
        const [document] = sectionsOf(version, instruction.section)
        if (!own && document && document.parts.length === 0 && (document.kind ?? 'section') !== 'section') document.parts.push({id: null, title: null, groups: [{heading: null, clauses: []}]})
        putFirst(own ?? partsOf(version, instruction.section).find((part) => part.groups.length > 0) ?? fail(`Unexpected ${citeDocumentRef(instruction.section)}: it has no clauses, expected a document of the version`))
        return
      }
      const {group, index} = findClause(version, instruction.after) ?? fail(`Unexpected ${citeProvision(instruction.after)}: no such clause to insert after, expected a clause of the version`)
      // The first clause of a new part goes into that part, not after the last clause of the one before.
      const own = partOf(version, instruction.clause.id)
      if (own && !own.groups.includes(group)) putFirst(own)
      else group.clauses.splice(index + 1, 0, clause)
      return
    }
    case 'insert-heading': {
      const {group, index} = findClause(version, instruction.before) ?? fail(`Unexpected ${citeProvision(instruction.before)}: no such clause to put the cross-heading before, expected a clause of the version`)
      const part = partsOf(version, instruction.section).find((p) => p.groups.includes(group)) as Part
      if (index === 0 && group.heading === null) group.heading = instruction.heading
      else part.groups.splice(part.groups.indexOf(group) + 1, 0, {heading: instruction.heading, clauses: group.clauses.splice(index)})
      return
    }
    case 'delete-heading': {
      const {group} = findClause(version, instruction.before) ?? fail(`Unexpected ${citeProvision(instruction.before)}: no such clause to take the cross-heading from, expected a clause of the version`)
      if (group.heading !== instruction.heading) fail(`Unexpected cross-heading "${group.heading ?? ''}" above ${citeProvision(instruction.before)}, expected "${instruction.heading}"`)
      const part = partsOf(version, instruction.section).find((p) => p.groups.includes(group)) as Part
      const at = part.groups.indexOf(group)
      const previous = part.groups[at - 1]
      // First in its part, the group stands under no heading; after another, its clauses join that group.
      if (!previous) group.heading = null
      else {
        previous.clauses.push(...group.clauses)
        part.groups.splice(at, 1)
      }
      return
    }
    case 'part-heading': {
      const part = partsOf(version, instruction.section).find((p) => p.id === instruction.part) ?? fail(`Unexpected Part ${instruction.part}: not in ${citeDocumentRef(instruction.section)}, expected a part of the version`)
      if (instruction.from !== null && part.title !== instruction.from) fail(`Unexpected heading of Part ${instruction.part} "${instruction.from}", expected its heading "${part.title ?? ''}"`)
      part.title = instruction.to
      return
    }
    case 'insert-part': {
      const section = sectionsOf(version, instruction.section)[0] ?? fail(`Unexpected ${citeDocumentRef(instruction.section)}: not in the version, expected a document of the version`)
      if (section.parts.some((p) => p.id === instruction.part)) fail(`Unexpected new Part ${instruction.part}: it exists already, expected a new part number`)
      // A part heading inserted above clauses that stay: the part under no heading that holds them takes it.
      const headless = headlessPartOf(section, instruction.part)
      if (headless) {
        headless.id = instruction.part
        headless.title = instruction.title
        return
      }
      const at = section.parts.findIndex((p) => p.id !== null && comparePartIds(p.id, instruction.part) > 0)
      section.parts.splice(at < 0 ? section.parts.length : at, 0, {id: instruction.part, title: instruction.title, groups: []})
      return
    }
    case 'insert-definition': {
      const {group, index} = findClause(version, instruction.clause) ?? fail(`Unexpected ${citeProvision(instruction.clause)}: no such clause, expected the definitions clause of the version`)
      applyDefinitionChange(group.clauses[index] as Clause, instruction, fail)
      return
    }
    case 'amend-definition':
    case 'delete-definition':
    case 'definition-text': {
      // A clause named (an Appendix's definitions) is that clause; a term alone is the code's definitions clause that defines it (a Section's first).
      const named = instruction.clause === undefined ? undefined : findClause(version, instruction.clause) ?? fail(`Unexpected ${citeProvision(instruction.clause)}: no such clause, expected the definitions clause of the version`)
      const clauses = groupsOf(version).flatMap((group) => group.clauses)
      const clause = named
        ? (named.group.clauses[named.index] as Clause)
        : definingClause(clauses.filter((c) => !namesItsClause(c.id)), instruction.term) ?? definingClause(clauses, instruction.term) ?? fail(`Unexpected definition of '${instruction.term}': no clause of the version defines it, expected a defined term`)
      applyDefinitionInstruction(clause, instruction, fail)
      return
    }
    case 'insert-document': {
      const document = parseDocumentReference(instruction.section)
      if (!document || document.kind === 'section') return fail(`Unexpected ${instruction.section}: expected an Appendix or Schedule`)
      if (sectionsOf(version, instruction.section).length > 0) fail(`Unexpected new ${instruction.section}: it exists already, expected a new document`)
      // Its text as the instruction sets it out, without the places of the instruction file.
      const text = structuredClone(instruction.document)
      delete text.file
      const parts = text.parts.map((part) => ({...part, groups: part.groups.map((group) => ({...group, clauses: group.clauses.map(stripPlaces)}))}))
      const section: Section = {...text, parts, letter: document.letter, kind: document.kind, version: version.id}
      version.sections.push(section)
      version.sections.sort(compareDocuments)
      return
    }
    case 'delete-document': {
      const [section] = sectionsOf(version, instruction.section)
      if (!section) return fail(`Unexpected ${instruction.section}: not in the version, expected a document of the version`)
      // The whole document goes, its parts, cross-headings and clauses with it.
      version.sections.splice(version.sections.indexOf(section), 1)
      return
    }
    case 'document-title': {
      const [section] = sectionsOf(version, instruction.section)
      if (!section) return fail(`Unexpected ${citeDocumentRef(instruction.section)}: not in the version, expected a document of the version`)
      if (section.title !== instruction.from) fail(`Unexpected title "${instruction.from}" of ${citeDocumentRef(instruction.section)}, expected its title "${section.title}"`)
      section.title = instruction.to
      return
    }
    case 'document-version': {
      const [section] = sectionsOf(version, instruction.section)
      if (!section) return fail(`Unexpected ${instruction.section}: not in the version, expected a document of the version`)
      if (instruction.from !== null && section.documentVersion !== instruction.from) fail(`Unexpected document version "${instruction.from}" of ${instruction.section}, expected its document version "${section.documentVersion ?? ''}"`)
      if (instruction.to === null) delete section.documentVersion
      else section.documentVersion = instruction.to
      return
    }
    case 'delete-part': {
      const section = sectionsOf(version, instruction.section)[0]
      const index = section?.parts.findIndex((p) => p.id === instruction.part) ?? -1
      if (!section || index < 0) return fail(`Unexpected Part ${instruction.part}: no such part, expected a part of the version`)
      const kept = section.parts[index]?.groups.flatMap((g) => g.clauses)[0]
      if (kept) fail(`Unexpected deletion of Part ${instruction.part} that still holds ${citeProvision(kept.id)}, expected its clauses deleted first`)
      section.parts.splice(index, 1)
      return
    }
    case 'row-entry':
    case 'row-words':
    case 'insert-row':
    case 'delete-row': {
      const provision = findProvision(version, instruction.provision) ?? fail(`Unexpected ${citeProvision(instruction.provision)}: no such provision, expected one of the version`)
      const problem = applyRowInstruction(provision, instruction)
      if (problem) fail(problem)
      return
    }
    case 'substitute-table': {
      const provision = findProvision(version, instruction.provision) ?? fail(`Unexpected ${citeProvision(instruction.provision)}: no such provision, expected one of the version`)
      if (!provision.table) fail(`Unexpected table in ${citeProvision(instruction.provision)}: it has none, expected a provision with a table to substitute`)
      const id = tableIdOf(provision.id)
      provision.table = {id, header: [...instruction.table.header], rows: instruction.table.rows.map((row, index) => ({id: tableRowIdOf(id, index + 1), cells: [...row.cells]}))}
    }
  }
}

/** The documents an instruction's reference names (`G`, `Appendix AB`, `Schedule 11`): one, or none. */
function sectionsOf(version: Version, ref: string): Section[] {
  const document = parseDocumentReference(ref)
  return document ? version.sections.filter((section) => (section.kind ?? 'section') === document.kind && section.letter === document.letter) : []
}

function partsOf(version: Version, ref: string): Part[] {
  return sectionsOf(version, ref).flatMap((section) => section.parts)
}

/** The part a clause number belongs to (`G4` for `G4.1`, `AB:2` for `AB:2.11`), where the version has it. */
function partOf(version: Version, clauseId: string): Part | undefined {
  const id = partOfId(clauseId)
  return id === undefined ? undefined : partsOf(version, documentRefOf(clauseId)).find((p) => p.id === id)
}

function findProvision(version: Version, id: string): Provision | undefined {
  for (const located of walkProvisions(version.sections)) if (located.provision.id === id) return located.provision
  return undefined
}

function groupsOf(version: Version, ref?: string): Group[] {
  return (ref === undefined ? version.sections : sectionsOf(version, ref)).flatMap((section) => section.parts.flatMap((part) => part.groups))
}

function findClause(version: Version, id: string): {group: Group; index: number} | undefined {
  for (const group of groupsOf(version, documentRefOf(id))) {
    const index = group.clauses.findIndex((clause) => clause.id === id)
    if (index >= 0) return {group, index}
  }
  return undefined
}

/** A copy of a clause without source places (they point into the instruction file, not the version). */
function stripPlaces(clause: Clause): Clause {
  const copy = structuredClone(clause)
  const clean = (provision: Provision): void => {
    delete provision.place
    provision.items.forEach(clean)
  }
  clean(copy)
  return copy
}

/** A substituted clause keeps the in-force statuses of the provisions it replaces, by ID (a status changes by its own instruction). */
function withStatusesOf(old: Clause | undefined, clause: Clause): Clause {
  const statuses = new Map(old ? [...walkProvisions([{letter: '', title: '', version: '', parts: [{id: null, title: null, groups: [{heading: null, clauses: [old]}]}]}])].flatMap(({provision}) => (provision.inForce ? [[provision.id, provision.inForce] as const] : [])) : [])
  if (statuses.size === 0) return clause
  const visit = (provision: Provision): void => {
    const status = statuses.get(provision.id)
    if (status) provision.inForce = {...status}
    provision.items.forEach(visit)
  }
  visit(clause)
  return clause
}
