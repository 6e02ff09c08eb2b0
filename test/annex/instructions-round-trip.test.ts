import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {applyInstructions} from '../../src/instructions/apply-instructions.js'
import {applyTextEdit} from '../../src/instructions/edit-text.js'
import {parseInstructions} from '../../src/instructions/parse-instructions.js'
import type {Clause, Section, Version} from '../../src/model/types.js'
import {clausesOf} from '../../src/model/walk.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexInstructions} from '../../src/render/annex-instructions.js'
import {clause, definitionsModification, lineText, mixedDefinitionsModification, modification, section} from '../helpers/arbitraries.js'
import {repoRoot} from '../helpers/cli.js'
import {mp087Meta, mp087Redline} from './fixtures.js'

const versionOf = (sections: Section[]): Version => ({id: 'x', manifest: {version: 'x', base: null, changes: [], source: 'test'}, dir: 'x', sections})
const plain = (sections: Section[]): unknown => JSON.parse(JSON.stringify(clausesOf(sections), (key, value: unknown) => (key === 'place' ? undefined : value)))

/** Parts, their cross-heading groups and the clause IDs under each: what `plain` leaves out. */
const structure = (sections: Section[]): unknown =>
  sections.map((s) => s.parts.map((part) => ({id: part.id, title: part.title, groups: part.groups.map((group) => ({heading: group.heading, clauses: group.clauses.map((c) => c.id)}))})))

/** The part and cross-heading over each of some clauses. */
const headingsOver = (sections: Section[], ids: ReadonlySet<string>): unknown =>
  sections.flatMap((s) => s.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses.filter((c) => ids.has(c.id)).map((c) => [c.id, part.id, part.title, group.heading]))))

/** Renders the instructions from `before` to `after`, reads them back and applies them to `before`. */
/** The in-force status of each numbered part, by ID. */
const partStatuses = (sections: Section[]): unknown => sections.flatMap((section) => section.parts.flatMap((part) => (part.id !== null && part.inForce ? [[part.id, part.inForce]] : [])))

function roundTrip(before: Section[], after: Section[]): Section[] {
  const annex = buildAnnex(mp087Meta, redlineSections(before, after), 'clause')
  const text = renderAnnexInstructions(annex)
  return applyInstructions(versionOf(before), parseInstructions(text, 'instructions.txt')).sections
}

describe('amending instructions', () => {
  it('write MP087 as the one instruction the drafters would write', () => {
    const text = renderAnnexInstructions(buildAnnex(mp087Meta, mp087Redline()))
    expect(text.split('\n').filter((line) => /^\d+\./.test(line))).toEqual([
      '1. In Section G3.20(b), after "Gas Proxy Function" insert "which forms part of a SMETS2+ Device".'
    ])
  })

  it('round-trip between every pair of versions of the corpus', () => {
    const corpus = openCorpus(repoRoot)
    for (const a of corpus.versionIds()) {
      for (const b of corpus.versionIds()) {
        const before = corpus.version(a).sections
        const after = corpus.version(b).sections
        expect(plain(roundTrip(before, after))).toEqual(plain(after))
      }
    }
  })

  it('round-trip over random sections: clauses amended, restructured, deleted and inserted', () => {
    const ops = fc.array(fc.constantFrom('keep', 'replace', 'delete', 'insert-after'), {minLength: 1, maxLength: 8})
    const bodies = fc.array(clause('G0.0'), {minLength: 1, maxLength: 4})
    fc.assert(fc.property(section, ops, bodies, (before, plan, pool) => {
      const after = structuredClone(before)
      let n = 0
      for (const group of after.parts.flatMap((part) => part.groups)) {
        group.clauses = group.clauses.flatMap((c) => {
          const op = plan[n % plan.length]
          const body = pool[n++ % pool.length] as Clause
          const renumbered = (id: string): Clause => JSON.parse(JSON.stringify(body).replaceAll('"G0.0', `"${id}`)) as Clause
          if (op === 'replace') return [renumbered(c.id)]
          if (op === 'delete') return []
          if (op === 'insert-after') return [c, renumbered(`${c.id}A`)]
          return [c]
        })
      }
      expect(plain(roundTrip([before], [after]))).toEqual(plain([after]))
    }), {numRuns: 400})
  })

  it('round-trip random definitions inserted, deleted, renamed and amended (illustrative), in the drafting style where alphabetical order allows', () => {
    let drafted = 0
    let words = 0
    fc.assert(fc.property(definitionsModification, ({before, after}) => {
      const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))
      if (/definition/.test(text)) drafted++
      // A definition whose term and structure stay changes by its words, as a clause does.
      if (/^\d+\. In (?:the closing words of )?(?:paragraph \S+ of )?the definition of '/m.test(text)) words++
      expect(text).not.toMatch(/Section A1\.1\[/)
      expect(plain(roundTrip([before], [after]))).toEqual(plain([after]))
    }), {numRuns: 500})
    expect(drafted).toBeGreaterThan(100)
    expect(words).toBeGreaterThan(20)
  })

  it('round-trip definitions changed beside their clause\'s own words and table (illustrative): both derived, not the clause substituted whole', () => {
    let both = 0
    fc.assert(fc.property(mixedDefinitionsModification, ({before, after}) => {
      const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))
      if (/definition of '|new definition/.test(text) && /In Section A1\.1,|In the closing words of Section A1\.1,|table in Section A1\.1[:.,]/.test(text) && !/Substitute Section A1\.1 /.test(text)) both++
      expect(plain(roundTrip([before], [after]))).toEqual(plain([after]))
    }), {numRuns: 600})
    // About one case in fifty changes A1.1's own words or table beside its definitions.
    expect(both).toBeGreaterThan(0)
  })

  it('round-trip random modifications (the cases the LibreOffice property test gives Word): clause text and structure, cross-headings inserted above clauses that stay and removed from above them included', () => {
    let comesOrGoes = 0
    fc.assert(fc.property(modification, ({before, after}) => {
      const applied = roundTrip([before], [after])
      const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))
      if (/insert the cross-heading|omit the cross-heading/.test(text)) comesOrGoes++
      expect(plain(applied)).toEqual(plain([after]))
      // The cross-heading over each clause that stays (a new clause's group aside: "Insert new Section G1.1A after Section G1.1" does not say which group).
      const kept = new Set(clausesOf([before]).map((c) => c.id))
      expect(headingsOver(applied, kept)).toEqual(headingsOver([after], kept))
      // Statuses too: a provision's stand in `plain`; a part's here.
      expect(partStatuses(applied)).toEqual(partStatuses([after]))
    }), {numRuns: 300})
    expect(comesOrGoes).toBeGreaterThan(0)
  })

  it('a sub-paragraph relabelled onto an ID that had a status: the status is the ID’s, so the instructions say the ID’s new status', () => {
    const item = (label: string, text: string, inForce?: {lapses: string}): Clause['items'][number] => ({kind: 'sub-paragraph', id: `G1.1(${label})`, label, text, items: [], tail: '', ...(inForce ? {inForce} : {})})
    const tree = (items: Clause['items']): Section => ({letter: 'G', title: 'Security', version: '1.0', parts: [{id: 'G1', title: null, groups: [{heading: null, clauses: [{kind: 'clause', id: 'G1.1', text: 'Each Party shall:', items, tail: ''}]}]}]})
    const before = tree([item('a', 'notify the Panel; and', {lapses: '2030-01-01'}), item('b', 'report each illustrative entry.')])
    const after = tree([item('a', 'report each illustrative entry.')])
    expect(renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause'))).toContain('Section G1.1(a) shall be in force.')
    expect(plain(roundTrip([before], [after]))).toEqual(plain([after]))
  })

  it('round-trip cross-heading retitles, neighbouring groups of the same name included', () => {
    const titles = fc.constantFrom('Cross-heading and Audit', 'Annual Review', 'Cross-heading')
    fc.assert(fc.property(section, fc.array(fc.tuple(fc.boolean(), titles), {minLength: 1, maxLength: 9}), (before, plan) => {
      const after = structuredClone(before)
      let n = 0
      for (const group of after.parts.flatMap((part) => part.groups)) {
        const [retitle, title] = plan[n++ % plan.length] ?? [false, '']
        if (retitle && group.heading !== null) group.heading = title
      }
      const applied = roundTrip([before], [after])
      expect(structure(applied)).toEqual(structure([after]))
      expect(plain(applied)).toEqual(plain([after]))
    }), {numRuns: 1000})
  })

  it('round-trip part headings retitled (to a title or none), a part appended with its cross-headings and clauses, and a part deleted', () => {
    const plan = fc.record({
      titles: fc.array(fc.oneof(fc.constant<'keep'>('keep'), fc.option(lineText, {nil: null})), {minLength: 3, maxLength: 3}),
      remove: fc.boolean(),
      append: fc.option(fc.tuple(fc.option(lineText, {nil: null}), clause('G9.1'), fc.option(lineText, {nil: null}), fc.option(fc.tuple(lineText, clause('G9.2')), {nil: undefined})), {nil: undefined})
    })
    fc.assert(fc.property(section, plan, (before, {titles, remove, append}) => {
      const after = structuredClone(before)
      after.parts.forEach((part, index) => {
        const title = titles[index] ?? 'keep'
        if (part.id !== null && title !== 'keep') part.title = title
      })
      if (remove && after.parts.length > 1) after.parts.pop()
      if (append) {
        const id = `G${before.parts.length + 1}`
        const body = (c: Clause, n: number): Clause => JSON.parse(JSON.stringify(c).replaceAll(`"${c.id}`, `"${id}.${n}`)) as Clause
        const [title, first, heading, second] = append
        after.parts.push({id, title, groups: [{heading, clauses: [body(first, 1)]}, ...(second ? [{heading: second[0], clauses: [body(second[1], 2)]}] : [])]})
      }
      const applied = roundTrip([before], [after])
      expect(structure(applied)).toEqual(structure([after]))
      expect(plain(applied)).toEqual(plain([after]))
    }), {numRuns: 400})
  })

  it('write a part retitle, a new part and a deleted part in the drafting style', () => {
    const make = (parts: Array<[string, string | null]>): Section[] => [{
      letter: 'G', title: 'Security', version: 'x',
      parts: parts.map(([id, title]) => ({id, title, groups: [{heading: null, clauses: [{kind: 'clause', id: `${id}.1`, text: `Text of ${id}.1.`, items: [], tail: ''}]}]}))
    }]
    const before = make([['G3', 'User Obligations'], ['G4', 'Old Part']])
    const after = make([['G3', 'Obligations on Users'], ['G4A', 'New Part']])
    const text = renderAnnexInstructions(buildAnnex(mp087Meta, redlineSections(before, after), 'clause'))
    expect(text.split('\n').filter((line) => /^\d+\./.test(line))).toEqual([
      '1. In Section G, for the heading of Part G3 "User Obligations" substitute "Obligations on Users".',
      '2. Insert new Part G4A with the heading "New Part" in Section G.',
      '3. Delete Section G4.1.',
      '4. Insert new Section G4A.1 after Section G3.1:',
      '5. Delete Part G4.'
    ])
    expect(structure(applyInstructions(versionOf(before), parseInstructions(text, 'i.txt')).sections)).toEqual(structure(after))
  })

  it('round-trip small word edits as insert / omit / substitute anchored on unique words', () => {
    const words = fc.constantFrom('the', 'User', 'shall', 'Device', 'SMETS2+', '£1,200', '(b)', ',', '"quoted"', '\\', 'العربية', '\u001b[31m')
    const text = fc.array(words, {minLength: 1, maxLength: 12}).map((w) => w.join(' '))
    fc.assert(fc.property(text, text, (a, b) => {
      const mk = (t: string): Section[] => [{letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G3', title: null, groups: [{heading: null, clauses: [{kind: 'clause', id: 'G3.20', text: t, items: [], tail: ''}]}]}]}]
      expect(plain(roundTrip(mk(a), mk(b)))).toEqual(plain(mk(b)))
    }), {numRuns: 3000})
  })

  /** A clause G3.20 whose lead-in is `text` and whose (a) and closing words are fixed. */
  // Closing words stand after a list (a paragraph after a lead-in with no list is a further paragraph of the lead-in): a clause with closing words has one sub-paragraph.
  const single = (text: string, tail = ''): Section[] => [{letter: 'G', title: 'Security', version: 'x', parts: [{id: 'G3', title: null, groups: [{heading: null, clauses: [{kind: 'clause', id: 'G3.20', text, items: tail === '' ? [] : [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text: 'x', items: [], tail: ''}], tail}]}]}]}]

  /** Random word edits of a list of words: insert, delete or replace words at random places. */
  const edited = (vocabulary: fc.Arbitrary<string>): fc.Arbitrary<[string[], string[]]> =>
    fc.tuple(fc.array(vocabulary, {minLength: 1, maxLength: 14}), fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), vocabulary), {minLength: 1, maxLength: 5})).map(([words, edits]) => {
      const after = [...words]
      for (const [op, at, word] of edits) {
        const index = at % (after.length + 1)
        if (op === 'insert') after.splice(index, 0, word)
        else if (op === 'delete' && after.length > 1) after.splice(Math.min(index, after.length - 1), 1)
        else after[Math.min(index, after.length - 1)] = word
      }
      return [words, after]
    })

  it('quote whole words in the drafting style: "the second" where words repeat, no backslash, no markdown', () => {
    const vocabulary = fc.constantFrom('the', 'User', 'shall', 'or', 'and', 'manufacturer', 'developer', 'Device', 'SMETS2+', '£1,200', '(b)', '(where applicable)', 'insert', 'substitute', '"Operator"', 'G3.20(b);')
    fc.assert(fc.property(edited(vocabulary), ([a, b]) => {
      const before = single(a.join(' '))
      const after = single(b.join(' '))
      const annex = buildAnnex(mp087Meta, redlineSections(before, after), 'clause')
      const text = renderAnnexInstructions(annex)
      expect(text).not.toMatch(/\\|\*\*|^\s*- \(/m)
      for (const instruction of parseInstructions(text, 'i.txt')) {
        if (instruction.kind !== 'text') continue
        const {edit} = instruction
        const quoted = [edit.words, edit.kind === 'substitute' ? edit.by : undefined, edit.kind === 'insert' ? edit.after ?? edit.before : undefined].filter((w): w is string => w !== undefined && w !== '')
        for (const words of quoted) expect(words, text).toMatch(/^[^\s,;:.)\]].*[^\s(]$|^[^\s,;:.)\](]$/su)
        if (edit.occurrence !== undefined) expect(text).toMatch(/ the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th) "/)
      }
      expect(plain(applyInstructions(versionOf(before), parseInstructions(text, 'i.txt')).sections)).toEqual(plain(after))
    }), {numRuns: 1500})
  })

  it('round-trip random word edits of hostile words: quotes, the phrasing of instructions, backslashes, control characters', () => {
    const vocabulary = fc.constantFrom('"', '" substitute "', '" insert "', '".', 'the second', '\\', '\\u{41}', '\\u{1b}', '\u001b[31m', '\u0007', 'x', 'x', '(a)', '**G3.20**', '- (a)', 'العربية')
    fc.assert(fc.property(edited(vocabulary), edited(vocabulary), ([a, b], [c, d]) => {
      const before = single(a.join(' '), c.join(' '))
      const after = single(b.join(' '), d.join(' '))
      expect(plain(roundTrip(before, after))).toEqual(plain(after))
    }), {numRuns: 1500})
  })

  it('refuse words that are missing or ambiguous, saying which', () => {
    expect(applyTextEdit('a b a', {kind: 'omit', words: 'a'})).toEqual({ok: false, reason: 'Unexpected "a": occurs more than once in the provision, expected words that occur once'})
    expect(() => parseInstructions('1. In Section G3.20, frobnicate "x".', 'i.txt')).toThrow(/i\.txt:1:1: Unexpected 'frobnicate "…"'/)
    expect(() => parseInstructions('Delete Clause G3.20.', 'i.txt')).toThrow(/i\.txt:1:1: Unexpected 'Delete Clause G3.20.', expected an instruction/)
    expect(() => parseInstructions('In Section G3.20, omit "x.', 'i.txt')).toThrow(/i\.txt:1:1: Unexpected 'omit "x'/)
  })
  it('retitle one of two cross-headings of the same name, anchored on the clause under it', () => {
    const make = (second: string): Section[] => [
      {
        letter: 'A', title: 'Definitions', version: 'x',
        parts: ['A1', 'A2'].map((id, index) => ({
          id, title: `Part ${id}`,
          groups: [{heading: index === 0 ? 'Annual Review' : second, clauses: [{kind: 'clause', id: `${id}.1`, text: `Text of ${id}.1.`, items: [], tail: ''}]}]
        }))
      }
    ]
    const annex = buildAnnex(mp087Meta, redlineSections(make('Annual Review'), make('Annual Review and Audit')), 'clause')
    const text = renderAnnexInstructions(annex)
    expect(text).toContain('1. In Section A, for the cross-heading "Annual Review" before Section A2.1 substitute "Annual Review and Audit".')
    const applied = applyInstructions(versionOf(make('Annual Review')), parseInstructions(text, 'instructions.txt')).sections
    expect(applied[0]?.parts.map((part) => part.groups.map((group) => group.heading))).toEqual([['Annual Review'], ['Annual Review and Audit']])
    const unanchored = parseInstructions('1. In Section A, for the cross-heading "Annual Review" substitute "X".\n', 'i.txt')
    expect(() => applyInstructions(versionOf(make('Annual Review')), unanchored)).toThrow(/Ambiguous cross-heading "Annual Review": it stands 2 times in Section A/)
  })
})
