/**
 * `numbering`: clause numbers and sub-paragraph labels run in sequence, without gaps or repeats.
 *
 * Within a part, each clause number follows the one before: G3.18 after G3.17, an inserted
 * G3.20A after G3.20, G3.20B after G3.20A, G3.21 after G3.20B. Parts run in increasing order.
 * A `[Not used]` clause keeps its place and its number, so numbers never shift when a clause is
 * deleted. Appendices and Schedules are checked by their own numbering in the same way: parts
 * `AB:1`, `AB:2` in increasing order, clauses `AB:2.1`, `AB:2.2`, `AB:2.2A` within each part, and
 * a Schedule's paragraphs without parts `Sch11:1`, `Sch11:2` from 1 (each document on its own). In a version whose manifest declares an excerpt, the first clause of a part may have
 * any number; otherwise each part starts at clause 1. Sub-paragraph labels follow their depth's
 * scheme ((a), (i), (A), (1)) from the first.
 *
 * The rule proposes no fixes: renumbering moves every reference too, which is a modification of
 * its own.
 */
import {CLAUSE_NUMBER, comparePartIds, DOCUMENT_CLAUSE_NUMBER, documentName, labelAt, PART_ID, schemeAt} from '../../model/ids.js'
import type {Clause, Provision} from '../../model/types.js'
import {lintRule} from '../lint-rule.js'
import type {Finding} from '../types.js'

interface Number {
  /** What comes before the clause number: `G3.`, `AB:2.`, `Sch11:` (a Schedule's paragraph in no part). */
  head: string
  /** The part as a reader names it: `G3`, `AB:2`, `Schedule 11` (its paragraphs in no part). */
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
        // A Section's part `G3`; an Appendix's or Schedule's `AB:2` (its own numbering).
        const match = part.id ? (PART_ID.exec(part.id) ?? /^(.+:)(\d+)([A-Z]?)$/.exec(part.id)) : null
        if (part.id && match) {
          const number = Number(match[2])
          if (previousPart && comparePartIds(part.id, previousPart.id) <= 0) {
            report({
              reason: `Unexpected part ${part.id} after ${previousPart.id}, expected parts in increasing order (${match[1] ?? ''}${previousPart.number + 1} or later)`,
              at: part.place ?? {file: section.file ?? '', start: {line: 1, column: 1}}
            })
          }
          previousPart = {id: part.id, number}
        }
        for (const group of part.groups) {
          for (const clause of group.clauses) {
            const key = parse(clause.id)?.head ?? clause.id
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
      name: 'an Appendix and a Schedule each in its own numbering: parts 1, 2; clauses 1.1, 1.1A, 2.1; paragraphs 1, 2',
      kind: 'ok',
      documents: {
        'appendix-ab.md': ['## 1 Scope', '', '**1.1** The DCC shall notify.', '', '**1.1A** The DCC shall notify.', '', '## 2 Processing', '', '**2.1** The DCC shall notify.', '', '**2.2** [Not used]'].join('\n'),
        'schedule-11.md': ['**1** A Party shall notify.', '', '**2** A Party shall notify.'].join('\n')
      },
      markdown: '**G3.1** A User shall notify.'
    },
    {
      name: "an Appendix's clause gap, its parts out of order and a part not starting at 1; a Schedule's paragraph gap",
      kind: 'not-ok',
      documents: {
        'appendix-ab.md': ['## 2 Processing', '', '**2.1** The DCC shall notify.', '', '**2.11** The DCC shall notify.', '', '## 1 Scope', '', '**1.2** The DCC shall notify.'].join('\n'),
        'schedule-11.md': ['**1** A Party shall notify.', '', '**3** A Party shall notify.'].join('\n')
      },
      markdown: '**G3.1** A User shall notify.',
      expected: [
        '11:1: Unexpected clause number Sch11:3 after Sch11:1, expected Sch11:2',
        '16:1: Unexpected part AB:1 after AB:2, expected parts in increasing order (AB:3 or later)',
        '14:1: Unexpected clause number AB:2.11 after AB:2.1, expected AB:2.2',
        '18:1: Unexpected clause number AB:1.2 at the start of part AB:1, expected AB:1.1'
      ]
    },
    {
      name: 'a Schedule whose paragraphs do not start at 1',
      kind: 'not-ok',
      documents: {'schedule-5.md': '**2** A Party shall notify.'},
      markdown: '**G3.1** A User shall notify.',
      expected: ['9:1: Unexpected clause number Sch5:2 at the start of Schedule 5, expected Sch5:1']
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
  if (match) return {head: `${match[1] ?? ''}${match[2] ?? ''}.`, part: `${match[1] ?? ''}${match[2] ?? ''}`, clause: Number(match[3]), inserted: match[4] ?? ''}
  const own = DOCUMENT_CLAUSE_NUMBER.exec(id)
  if (!own) return undefined
  const prefix = own[1] ?? ''
  const inPart = own[2] !== undefined
  const document = prefix.startsWith('Sch') ? {kind: 'schedule' as const, letter: prefix.slice(3, -1)} : {kind: 'appendix' as const, letter: prefix.slice(0, -1)}
  return {head: inPart ? `${prefix}${own[2]}.` : prefix, part: inPart ? `${prefix}${own[2]}` : documentName(document), clause: Number(own[3]), inserted: own[4] ?? ''}
}

function format(number: Number): string {
  return `${number.head}${number.clause}${number.inserted}`
}

function checkClauses(clauses: Clause[], excerpt: boolean, report: (finding: Finding) => void): void {
  let previous: {clause: Clause; number: Number} | undefined
  for (const clause of clauses) {
    const number = parse(clause.id)
    if (!number) continue
    if (!previous) {
      if (!excerpt && (number.clause !== 1 || number.inserted !== '')) {
        report({
          reason: `Unexpected clause number ${clause.id} at the start of ${number.part.includes(' ') ? '' : 'part '}${number.part}, expected ${format({...number, clause: 1, inserted: ''})}`,
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
        const expected = number.inserted === '' ? format(next) : `${format(insertedNext)} or ${format(next)}`
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
