import {InputError} from '../diagnostics/errors.js'
import {comparePartIds} from '../model/ids.js'
import type {Clause, Group, Part, Place, Provision, Version} from '../model/types.js'
import {walkProvisions} from '../model/walk.js'
import {applyTextEdit} from './edit-text.js'
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
      const provision = findProvision(version, instruction.target.provision) ?? fail(`Unexpected Section ${instruction.target.provision}: no such provision, expected one of the version`)
      const result = applyTextEdit(provision[instruction.target.field], instruction.edit)
      if (!result.ok) fail(`${result.reason.replace('the provision', `Section ${instruction.target.provision}`)}`)
      else provision[instruction.target.field] = result.text
      return
    }
    case 'heading': {
      const named = groupsOf(version, instruction.section).filter((group) => group.heading === instruction.from)
      const anchor = instruction.before
      const groups = anchor === null ? named : named.filter((group) => group.clauses.some((clause) => clause.id === anchor))
      const [group, ...others] = groups
      if (!group) fail(`Unexpected cross-heading "${instruction.from}"${anchor === null ? '' : ` before Section ${anchor}`}: not in Section ${instruction.section}, expected an existing cross-heading`)
      else if (others.length > 0) fail(`Ambiguous cross-heading "${instruction.from}": it stands ${groups.length} times in Section ${instruction.section}, expected 'before Section <clause>' to say which`)
      else group.heading = instruction.to
      return
    }
    case 'delete-clause': {
      const {group, index} = findClause(version, instruction.id) ?? fail(`Unexpected Section ${instruction.id}: no such clause, expected a clause of the version`)
      group.clauses.splice(index, 1)
      return
    }
    case 'substitute-clause': {
      const {group, index} = findClause(version, instruction.clause.id) ?? fail(`Unexpected Section ${instruction.clause.id}: no such clause, expected a clause of the version`)
      group.clauses[index] = stripPlaces(instruction.clause)
      return
    }
    case 'insert-clause': {
      if (findClause(version, instruction.clause.id)) fail(`Unexpected new Section ${instruction.clause.id}: it exists already, expected a new clause number`)
      if (instruction.after === null) {
        const group = groupsOf(version, instruction.section)[0] ?? fail(`Unexpected Section ${instruction.section}: it has no clauses, expected a section of the version`)
        group.clauses.unshift(stripPlaces(instruction.clause))
        return
      }
      const {group, index} = findClause(version, instruction.after) ?? fail(`Unexpected Section ${instruction.after}: no such clause to insert after, expected a clause of the version`)
      // The first clause of a new part goes into that part, not after the last clause of the one before.
      const own = partOf(version, instruction.clause.id)
      if (own && !own.groups.includes(group)) {
        const first = own.groups[0] ?? (own.groups[0] = {heading: null, clauses: []})
        first.clauses.unshift(stripPlaces(instruction.clause))
        return
      }
      group.clauses.splice(index + 1, 0, stripPlaces(instruction.clause))
      return
    }
    case 'insert-heading': {
      const {group, index} = findClause(version, instruction.before) ?? fail(`Unexpected Section ${instruction.before}: no such clause to put the cross-heading before, expected a clause of the version`)
      const part = partsOf(version, instruction.section).find((p) => p.groups.includes(group)) as Part
      if (index === 0 && group.heading === null) group.heading = instruction.heading
      else part.groups.splice(part.groups.indexOf(group) + 1, 0, {heading: instruction.heading, clauses: group.clauses.splice(index)})
      return
    }
    case 'part-heading': {
      const part = partsOf(version, instruction.section).find((p) => p.id === instruction.part) ?? fail(`Unexpected Part ${instruction.part}: not in Section ${instruction.section}, expected a part of the version`)
      if (instruction.from !== null && part.title !== instruction.from) fail(`Unexpected heading of Part ${instruction.part} "${instruction.from}", expected its heading "${part.title ?? ''}"`)
      part.title = instruction.to
      return
    }
    case 'insert-part': {
      const section = version.sections.find((s) => s.letter === instruction.section) ?? fail(`Unexpected Section ${instruction.section}: not in the version, expected a section of the version`)
      if (section.parts.some((p) => p.id === instruction.part)) fail(`Unexpected new Part ${instruction.part}: it exists already, expected a new part number`)
      const at = section.parts.findIndex((p) => p.id !== null && comparePartIds(p.id, instruction.part) > 0)
      section.parts.splice(at < 0 ? section.parts.length : at, 0, {id: instruction.part, title: instruction.title, groups: []})
      return
    }
    case 'delete-part': {
      const section = version.sections.find((s) => s.letter === instruction.section)
      const index = section?.parts.findIndex((p) => p.id === instruction.part) ?? -1
      if (!section || index < 0) return fail(`Unexpected Part ${instruction.part}: no such part, expected a part of the version`)
      const kept = section.parts[index]?.groups.flatMap((g) => g.clauses)[0]
      if (kept) fail(`Unexpected deletion of Part ${instruction.part} that still holds Section ${kept.id}, expected its clauses deleted first`)
      section.parts.splice(index, 1)
      return
    }
    case 'row-entry':
    case 'insert-row':
    case 'delete-row': {
      const provision = findProvision(version, instruction.provision) ?? fail(`Unexpected Section ${instruction.provision}: no such provision, expected one of the version`)
      const problem = applyRowInstruction(provision, instruction)
      if (problem) fail(problem)
    }
  }
}

function partsOf(version: Version, letter: string): Part[] {
  return version.sections.filter((section) => section.letter === letter).flatMap((section) => section.parts)
}

/** The part a clause number belongs to (`G4` for `G4.1`), where the version has it. */
function partOf(version: Version, clauseId: string): Part | undefined {
  const id = /^([A-Z]\d+[A-Z]?)\./.exec(clauseId)?.[1]
  return id === undefined ? undefined : partsOf(version, clauseId.charAt(0)).find((p) => p.id === id)
}

function findProvision(version: Version, id: string): Provision | undefined {
  for (const located of walkProvisions(version.sections)) if (located.provision.id === id) return located.provision
  return undefined
}

function groupsOf(version: Version, letter: string): Group[] {
  return version.sections.filter((section) => section.letter === letter).flatMap((section) => section.parts.flatMap((part) => part.groups))
}

function findClause(version: Version, id: string): {group: Group; index: number} | undefined {
  for (const group of groupsOf(version, id.charAt(0))) {
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
