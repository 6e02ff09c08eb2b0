/**
 * `numbering`: clause numbers and sub-paragraph labels run in sequence, without gaps or repeats.
 *
 * Within a part, each clause number follows the one before: G3.18 after G3.17, an inserted
 * G3.20A after G3.20, G3.20B after G3.20A, G3.21 after G3.20B. Parts run in increasing order.
 * A `[Not used]` clause keeps its place and its number, so numbers never shift when a clause is
 * deleted. In a version whose manifest declares an excerpt, the first clause of a part may have
 * any number; otherwise each part starts at clause 1. Sub-paragraph labels follow their depth's
 * scheme ((a), (i), (A), (1)) from the first.
 *
 * The rule proposes no fixes: renumbering moves every reference too, which is a modification of
 * its own.
 */
import {CLAUSE_NUMBER, comparePartIds, labelAt, PART_ID, schemeAt} from '../../model/ids.js'
import type {Clause, Provision} from '../../model/types.js'
import {lintRule} from '../lint-rule.js'
import type {Finding} from '../types.js'

interface Number {
  /** The part number with its inserted letter: `3`, `4A`. */
  part: string
  clause: number
  inserted: string
}

export const numbering = lintRule<Record<string, never>>({
  id: 'numbering',
  summary: 'clause numbers and sub-paragraph labels run in sequence, without gaps or repeats; [Not used] clauses keep their place',
  defaultSeverity: 'error',
  optionKeys: [],
  readOptions: () => ({}),
  check({version, report}) {
    const excerpt = Boolean(version.manifest.excerpt)
    for (const section of version.sections) {
      let previousPart: {id: string; number: number} | undefined
      const clausesByPart = new Map<string, Clause[]>()
      for (const part of section.parts) {
        const match = part.id ? PART_ID.exec(part.id) : null
        if (part.id && match) {
          const number = Number(match[2])
          if (previousPart && comparePartIds(part.id, previousPart.id) <= 0) {
            report({
              reason: `Unexpected part ${part.id} after ${previousPart.id}, expected parts in increasing order (${section.letter}${previousPart.number + 1} or later)`,
              at: part.place ?? {file: section.file ?? '', start: {line: 1, column: 1}}
            })
          }
          previousPart = {id: part.id, number}
        }
        for (const group of part.groups) {
          for (const clause of group.clauses) {
            const key = clause.id.slice(0, clause.id.indexOf('.'))
            const list = clausesByPart.get(key) ?? []
            list.push(clause)
            clausesByPart.set(key, list)
          }
        }
      }
      for (const clauses of clausesByPart.values()) checkClauses(clauses, excerpt, report)
      for (const clauses of clausesByPart.values()) for (const clause of clauses) checkLabels(clause, 1, report)
    }
  },
  examples: [
    {
      name: 'clauses in sequence, with an inserted clause and a clause not used',
      kind: 'ok',
      markdown: ['**G3.1** A User shall notify.', '', '**G3.2** [Not used]', '', '**G3.2A** A User shall notify.', '', '**G3.3** A User shall notify.'].join('\n')
    },
    {
      name: 'a letter-suffixed part after its part, with clauses inserted at two levels',
      kind: 'ok',
      markdown: ['## G4 Part', '', '**G4.1** A User shall notify.', '', '## G4A Inserted Part', '', '**G4A.1** A User shall notify.', '', '**G4A.1A** A User shall notify.', '', '**G4A.1B** A User shall notify.', '', '**G4A.2** A User shall notify.', '', '## G5 Part', '', '**G5.1** A User shall notify.'].join('\n')
    },
    {
      name: 'a letter-suffixed part before its part',
      kind: 'not-ok',
      markdown: ['## G4A Inserted Part', '', '**G4A.1** A User shall notify.', '', '## G4 Part', '', '**G4.1** A User shall notify.'].join('\n'),
      expected: ['13:1: Unexpected part G4 after G4A, expected parts in increasing order (G5 or later)']
    },
    {
      name: 'a gap and a clause out of order',
      kind: 'not-ok',
      markdown: ['**G3.1** A User shall notify.', '', '**G3.3** A User shall notify.', '', '**G3.2** A User shall notify.', '', '**G3.2B** A User shall notify.'].join('\n'),
      expected: [
        '11:1: Unexpected clause number G3.3 after G3.1, expected G3.2',
        '13:1: Unexpected clause number G3.2 after G3.3, expected G3.4',
        '15:1: Unexpected clause number G3.2B after G3.2, expected G3.2A or G3.3'
      ]
    },
    {
      name: 'a part that does not start at clause 1',
      kind: 'not-ok',
      markdown: '**G3.5** A User shall notify.',
      expected: ['9:1: Unexpected clause number G3.5 at the start of part G3, expected G3.1']
    }
  ]
})

function parse(id: string): Number | undefined {
  const match = CLAUSE_NUMBER.exec(id)
  return match ? {part: match[2] ?? '', clause: Number(match[3]), inserted: match[4] ?? ''} : undefined
}

function format(letter: string, number: Number): string {
  return `${letter}${number.part}.${number.clause}${number.inserted}`
}

function checkClauses(clauses: Clause[], excerpt: boolean, report: (finding: Finding) => void): void {
  let previous: {clause: Clause; number: Number} | undefined
  for (const clause of clauses) {
    const number = parse(clause.id)
    if (!number) continue
    const letter = clause.id.charAt(0)
    if (!previous) {
      if (!excerpt && (number.clause !== 1 || number.inserted !== '')) {
        report({
          reason: `Unexpected clause number ${clause.id} at the start of part ${letter}${number.part}, expected ${letter}${number.part}.1`,
          at: clause
        })
      }
    } else {
      const last = previous.number
      const next = {...last, clause: last.clause + 1, inserted: ''}
      const insertedNext = {...last, inserted: last.inserted === '' ? 'A' : String.fromCharCode(last.inserted.charCodeAt(0) + 1)}
      const ok =
        (number.clause === next.clause && number.inserted === '') ||
        (number.clause === last.clause && number.inserted === insertedNext.inserted)
      if (!ok) {
        const expected = number.inserted === '' ? format(letter, next) : `${format(letter, insertedNext)} or ${format(letter, next)}`
        report({
          reason: `Unexpected clause number ${clause.id} after ${previous.clause.id}, expected ${expected}`,
          at: clause,
          cause: {reason: `${previous.clause.id} is the clause before`, at: previous.clause}
        })
      }
    }
    previous = {clause, number}
  }
}

function checkLabels(provision: Provision, depth: number, report: (finding: Finding) => void): void {
  const scheme = schemeAt(depth)
  provision.items.forEach((item, index) => {
    // A definition is named by its term; its own sub-paragraphs start the schemes again at (a).
    if (item.term !== undefined) {
      checkLabels(item, 1, report)
      return
    }
    const expected = scheme ? labelAt(scheme, index) : undefined
    if (expected !== undefined && item.label !== expected) {
      report({reason: `Unexpected label (${item.label}) in ${provision.id}, expected (${expected})`, at: item})
    }
    checkLabels(item, depth + 1, report)
  })
}
