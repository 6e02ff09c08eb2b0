import {draftModification, type Draft} from '../../modify/draft-modification.js'
import type {ModificationMeta} from '../../modify/modification-types.js'
import {where} from '../../modify/check-context.js'
import {sameProvision} from '../../modify/same-provision.js'
import {CLAUSE_NUMBER, comparePartIds, partOf} from '../../model/ids.js'
import type {Clause, Group, Part, Provision, ProvisionBase, Section, Version} from '../../model/types.js'
import {clausesOf} from '../../model/walk.js'
import {headlessPartOf} from '../../model/headless-part.js'
import type {DocxDocument, DocxParagraph} from '../docx/read-docx-paragraphs.js'
import {ImportError} from '../import-error.js'
import {applyDefinitionChange, definingClauses, type DefinitionChange} from '../../model/definition-list.js'
import {readParagraphs, type Reading} from '../paragraph-readings.js'
import {recogniseStructure, type Recognised} from '../recognise-structure.js'
import type {RemovedFurniture, SourcePlace} from '../source-paragraph.js'
import {colourMarksAsChanges, hasColourMarks, hasTrackedChanges} from './colour-marks.js'
import {readCover, type AnnexCover} from './read-cover.js'
import {applyStatusSentences, hasStatusSentences} from './read-status-sentences.js'
import {layoutFromBase} from './layout-from-base.js'

/** What `mod import` read from the annex: to print, and to record. */
export interface AnnexReading {
  insertions: number
  deletions: number
  authors: string[]
  /** Whether the changes were read from colour marks (no tracked changes in the document). */
  colourMarked: boolean
  comments: number
  /** What the Word reader removed that is not the drafter's text (LibreOffice's placeholders of tracked table rows), each with its place. */
  removed: RemovedFurniture[]
  clauses: Array<{id: string; kind: 'amended' | 'inserted' | 'deleted'}>
  /** The parts and provisions whose in-force status a sentence of the annex sets. */
  statuses: string[]
  cover: AnnexCover
}

/** The change record drafted from a Word annex, and what was read. */
export interface ImportedModification {
  draft: Draft
  reading: AnnexReading
}

export interface ModImportOptions {
  id: string
  title?: string
  /** Date of the record when the tracked changes carry none (`YYYY-MM-DD`). */
  today: string
}

/**
 * A Word annex with tracked changes (or colour marks) as a change record: the text with every
 * change rejected must be the base version's text of each changed clause (checked as `apply`
 * does; a mismatch names the Word paragraph and the word where they part), the text with every
 * change accepted is the new text; the CriticMarkup legal text is drafted from the two word by word
 * by the shared drafter, and proven to give both back.
 */
export function importModification(document: DocxDocument, base: Version, options: ModImportOptions): ImportedModification {
  const tracked = hasTrackedChanges(document.paragraphs)
  const colourMarked = !tracked && hasColourMarks(document.paragraphs)
  const paragraphs = colourMarked ? colourMarksAsChanges(document.paragraphs) : document.paragraphs
  const statusesOnly = !tracked && !colourMarked && hasStatusSentences(readParagraphs(paragraphs, 'accept'))
  if (!tracked && !colourMarked && !statusesOnly) throw new ImportError('Unexpected document without tracked changes or colour marks, expected an annex with its changes tracked (Review › Track Changes) or marked (insertions underlined in colour, deletions struck through)', {file: document.file})
  checkClauseNumbers(paragraphs, base)
  const knownTitles = new Map(base.sections.map((s) => [s.letter, s.title]))
  /**
   * Both readings. Where LibreOffice wrote the document (re-saving, it gives the paragraph after
   * deleted paragraph marks another paragraph's style and indent), those paragraphs take their
   * level's layout from the base where the annex shows the base clause whole (see layoutFromBase);
   * failing that, the indents after deletions are doubted, and last the layout is read as written.
   */
  const baseClauses = new Map(clausesOf(base.sections).map((c) => [c.id, c]))
  // Built once per import: the recogniser asks per drafting sentence, the excerpts per definition clause.
  const definers = definingClauses([...baseClauses.values()])
  const restyled = /^LibreOffice/.test(document.application ?? '')
  const restoredLayout = restyled ? layoutFromBase(paragraphs, baseClauses, {knownTitles, definingClause: (term) => definers.get(term)?.id}) : undefined
  const readBoth = (paragraphs: readonly DocxParagraph[], restyledAfterDeletions: boolean, restored?: ReadonlySet<DocxParagraph>): {before: Recognised; after: Recognised; beforeClauses: Map<string, Clause>; afterClauses: Map<string, Clause>} => {
    const read = (reading: Reading): Recognised => {
      const recognised = recogniseStructure(readParagraphs(paragraphs, reading, {restyledAfterDeletions, ...(restored && {restored})}), {plain: false, knownTitles, excerpts: true, definingClause: (term) => definers.get(term)?.id, untrustedStyles: restyled})
      const problem = recognised.entries.find((entry) => entry.fate === 'unplaced' || entry.fate === 'ambiguous')
      if (problem) throw new ImportError(`${problem.reason ?? 'Cannot place this paragraph'} (with every change ${reading === 'accept' ? 'accepted' : 'rejected'}): "${problem.text.slice(0, 100)}"`, problem.place)
      return recognised
    }
    const before = expandDefinitionExcerpts(read('reject'), 'reject', base, baseClauses, document.file)
    const after = expandDefinitionExcerpts(read('accept'), 'accept', base, baseClauses, document.file)
    const beforeClauses = new Map(clausesOf(before.sections).map((c) => [c.id, c]))
    for (const [id, clause] of beforeClauses) {
      const stored = baseClauses.get(id)
      if (!stored) throw new ImportError(`Unknown clause ${id} in version ${base.id} (the annex's text with every change rejected), expected a clause of that version, or the whole clause marked as inserted`, before.places.get(clause) ?? {file: document.file})
      checkAgainstBase(clause, stored, before.places, base.id, document.file)
    }
    return {before, after, beforeClauses, afterClauses: new Map(clausesOf(after.sections).map((c) => [c.id, c]))}
  }
  const attempts: Array<() => ReturnType<typeof readBoth>> = restoredLayout
    ? [() => readBoth(restoredLayout.paragraphs, true, restoredLayout.restored), () => readBoth(paragraphs, true), () => readBoth(paragraphs, false)]
    : [() => readBoth(paragraphs, false)]
  let readings: ReturnType<typeof readBoth> | undefined
  let failure: unknown
  for (const attempt of attempts) {
    try {
      readings = attempt()
      break
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      failure ??= error
    }
  }
  if (readings === undefined) throw failure
  const {before, after, beforeClauses, afterClauses} = readings
  const clauses: AnnexReading['clauses'] = []
  for (const id of new Set([...beforeClauses.keys(), ...afterClauses.keys()])) {
    const b = beforeClauses.get(id)
    const a = afterClauses.get(id)
    if (!b) clauses.push({id, kind: 'inserted'})
    else if (!a) clauses.push({id, kind: 'deleted'})
    else if (!sameProvision(a, b)) clauses.push({id, kind: 'amended'})
  }
  const edited = editSections(base, before, after)
  const statuses = applyStatusSentences(readParagraphs(paragraphs, 'accept'), base, edited)
  const cover = readCover(readParagraphs(paragraphs, 'accept'))
  const runs = paragraphs.flatMap((paragraph) => paragraph.runs)
  const firstChange = runs.find((run) => run.type !== 'equal' && run.date !== undefined)
  const date = /^\d{4}-\d{2}-\d{2}/.exec(firstChange?.date ?? '')?.[0] ?? options.today
  const authors = colourMarked ? [] : document.authors
  const meta: ModificationMeta = {
    id: options.id,
    title: options.title ?? cover.title ?? `Imported ${options.id}`,
    kind: cover.kind ?? 'modification',
    base: base.id,
    status: 'draft',
    dates: {raised: date},
    author: {name: authors[0] ?? 'SECAS', date},
    body: [
      '## Problem',
      '',
      'What is wrong with the current text, and why it matters.',
      '',
      '## Solution',
      '',
      `Imported by \`redline mod import\` from ${document.file.split(/[\\/]/).pop() ?? document.file}${colourMarked ? ' (colour-marked changes)' : ''}.${authors.length > 1 ? ` Tracked changes by ${authors.join(', ')}.` : ''}`
    ].join('\n')
  }
  const draft = draftModification(meta, base, {sections: edited})
  const count = (type: 'insert' | 'delete'): number => paragraphs.reduce((n, paragraph) => n + paragraph.runs.filter((run, index) => run.type === type && paragraph.runs[index - 1]?.type !== type).length + (paragraph.mark === type ? 1 : 0), 0)
  // A table row tracked as inserted or deleted whose cells hold no changed run (an empty row) is a change of its own.
  const rowsOf = (type: 'insert' | 'delete', changed: boolean): Set<string> => new Set(paragraphs.filter((p) => p.cell?.rowMark === type && (!changed || p.runs.some((run) => run.type === type))).map((p) => `${p.cell?.table ?? 0}:${p.cell?.row ?? 0}`))
  const emptyRows = (type: 'insert' | 'delete'): number => [...rowsOf(type, false)].filter((row) => !rowsOf(type, true).has(row)).length
  return {
    draft,
    reading: {insertions: count('insert') + emptyRows('insert'), deletions: count('delete') + emptyRows('delete'), authors, colourMarked, comments: document.comments.length, removed: document.furniture, clauses, statuses, cover}
  }
}

/**
 * The definitions clauses an annex shows in part (each changed definition under its drafting
 * sentence) made whole: with every change rejected, each definition shown must be the base's and
 * the clause is the base's; with every change accepted, the sentences are applied to the base's
 * clause as amending instructions are (deletions, then amendments, then insertions in their
 * alphabetical place), so the clause is the base's with exactly the definitions shown changed.
 */
function expandDefinitionExcerpts(recognised: Recognised, reading: Reading, base: Version, baseClauses: ReadonlyMap<string, Clause>, file: string): Recognised {
  for (const {clause: excerpt, lines} of recognised.definitionExcerpts) {
    const place = recognised.places.get(excerpt) ?? {file}
    const stored = baseClauses.get(excerpt.id)
    if (!stored) throw new ImportError(`Unknown clause ${excerpt.id} in version ${base.id}, expected the definitions clause the annex's sentence names`, place)
    const whole = structuredClone(stored)
    if (reading === 'reject') {
      for (const {definition, place: at} of lines) {
        if (!definition) continue
        const old = stored.items.find((item) => item.term === definition.term)
        if (!old) throw new ImportError(`Unknown definition of '${definition.term ?? ''}' in ${stored.id} of version ${base.id} (the annex's text with every change rejected), expected a term that clause defines`, recognised.places.get(definition) ?? at)
        checkAgainstBase({...stored, items: [definition]}, {...stored, items: [old]}, recognised.places, base.id, file)
      }
    } else {
      const instructions: DefinitionChange[] = lines.map(({sentence, definition, place: at}): DefinitionChange => {
        if (sentence.kind === 'delete') {
          if (definition) throw new ImportError(`Unexpected definition of '${definition.term ?? ''}' under "Delete the definition of '${sentence.term}'." with every change accepted, expected the definition struck through whole`, recognised.places.get(definition) ?? at)
          return {kind: 'delete-definition', term: sentence.term}
        }
        if (!definition) throw new ImportError(`Unexpected ${sentence.kind === 'insert' ? 'insertion' : `amendment of '${sentence.term}'`} without its definition with every change accepted, expected the definition after the sentence`, at)
        return sentence.kind === 'insert' ? {kind: 'insert-definition', clause: stored.id, definition} : {kind: 'amend-definition', term: sentence.term, definition}
      })
      const order = {'delete-definition': 0, 'amend-definition': 1, 'insert-definition': 2}
      for (const instruction of [...instructions].sort((a, b) => order[a.kind] - order[b.kind])) {
        applyDefinitionChange(whole, instruction, (reason) => {
          throw new ImportError(`${reason} (the annex's definitions of ${stored.id})`, place)
        })
      }
    }
    for (const section of recognised.sections) {
      for (const group of section.parts.flatMap((part) => part.groups)) {
        const at = group.clauses.indexOf(excerpt)
        if (at >= 0) group.clauses[at] = whole
      }
    }
  }
  return recognised
}

/** A tracked change inside a clause number (`G3.2{+0+}`): the number must read whole in both readings. */
function checkClauseNumbers(paragraphs: readonly DocxParagraph[], base: Version): void {
  const letters = new Set(base.sections.map((s) => s.letter))
  for (const paragraph of paragraphs) {
    const numbers = (['reject', 'accept'] as const).map((reading) => {
      const text = paragraph.runs.filter((run) => run.type !== (reading === 'accept' ? 'delete' : 'insert')).map((run) => run.text).join('').trimStart()
      const head = /^\S+/.exec(text)?.[0] ?? ''
      return CLAUSE_NUMBER.test(head) && letters.has(head.charAt(0)) ? head : undefined
    })
    const [rejected, accepted] = numbers
    if (rejected !== undefined && accepted !== undefined && rejected !== accepted) {
      throw new ImportError(`Unexpected tracked change inside the clause number ${rejected} → ${accepted}, expected a clause number changed only by deleting the clause and inserting the renumbered one`, paragraph.place)
    }
  }
}

/** The annex's rejected reading of a clause must be the base text: the first provision and word where they part. */
function checkAgainstBase(clause: Clause, stored: Clause, places: ReadonlyMap<ProvisionBase | Group, SourcePlace>, version: string, file: string): void {
  const mine = flatten(clause)
  const theirs = flatten(stored)
  for (let index = 0; index < Math.max(mine.length, theirs.length); index++) {
    const a = mine[index]
    const b = theirs[index]
    if (a && b && a.provision.id === b.provision.id && a.field === b.field && a.text === b.text) continue
    const place = (a && places.get(a.provision)) ?? places.get(clause) ?? {file}
    if (!a || !b || a.provision.id !== b.provision.id) {
      throw new ImportError(`Unexpected ${a ? `${a.provision.id} ${a.field}` : 'end of'} ${clause.id} with every change rejected, expected ${b ? `${b.provision.id} ${b.field}` : 'its end'} as in version ${version}`, place)
    }
    throw new ImportError(`Unexpected text of ${a.provision.id}${a.field === 'tail' ? ' (the text after its list)' : a.field === 'text before' ? ' (the text before it, between two lists)' : ''} with every change rejected: ${where(a.text, b.text, version)}`, place)
  }
}

function flatten(provision: Provision): Array<{provision: Provision; field: 'text before' | 'text' | 'tail'; text: string}> {
  return [
    ...(provision.kind === 'sub-paragraph' && provision.textBefore !== undefined ? [{provision, field: 'text before' as const, text: provision.textBefore}] : []),
    {provision, field: 'text', text: provision.text},
    ...provision.items.flatMap((item) => flatten(item)),
    ...(provision.tail !== '' || provision.items.length > 0 ? [{provision, field: 'tail' as const, text: provision.tail}] : [])
  ]
}

/**
 * The base sections with the annex's changes, walked in the annex's order: a deleted clause
 * removed (and a group or part left empty with it), an amended clause replaced by its accepted
 * reading, an inserted clause placed after the clause before it in its group (first, where none
 * is), a cross-heading the annex shows over a group given to that group, a new group or part
 * placed after the one before it, a part heading the annex shows given to its part, an Appendix's
 * document version set.
 */
function editSections(base: Version, before: Recognised, after: Recognised): Section[] {
  const sections: Section[] = structuredClone(base.sections)
  const afterIds = new Set(clausesOf(after.sections).map((c) => c.id))
  const beforeGroups = before.sections.flatMap((s) => s.parts.flatMap((p) => p.groups))
  const locate = (id: string): {section: Section; part: Part; group: Group; index: number} | undefined => {
    for (const section of sections) for (const part of section.parts) for (const group of part.groups) {
      const index = group.clauses.findIndex((c) => c.id === id)
      if (index >= 0) return {section, part, group, index}
    }
    return undefined
  }
  for (const clause of clausesOf(before.sections)) {
    if (afterIds.has(clause.id)) continue
    const at = locate(clause.id)
    if (at) at.group.clauses.splice(at.index, 1)
  }
  for (const read of after.sections) {
    let section = sections.find((s) => s.letter === read.letter && (s.kind ?? 'section') === (read.kind ?? 'section'))
    if (!section) {
      // A whole document inserted: as the annex shows it.
      section = {...structuredClone(read), version: base.id}
      sections.push(section)
      continue
    }
    if (read.documentVersion !== undefined) section.documentVersion = read.documentVersion
    // A retitle: the annex's title line reads otherwise with every change rejected.
    const readBefore = before.sections.find((s) => s.letter === read.letter && (s.kind ?? 'section') === (read.kind ?? 'section'))
    if (readBefore && readBefore.title !== read.title) section.title = read.title
    /** The group and part the last clause was placed in. */
    let last: {part: Part; group: Group} | undefined
    for (const readPart of read.parts) {
      let part: Part | undefined
      if (readPart.id !== null) {
        part = section.parts.find((p) => p.id === readPart.id) ?? headlessPartOf(section, readPart.id)
        // A part heading inserted above clauses that stay: the part under no heading that holds them takes it.
        if (part) Object.assign(part, {id: readPart.id, title: readPart.title})
        else {
          part = {id: readPart.id, title: readPart.title, groups: []}
          const after = last ? section.parts.indexOf(last.part) : -1
          const index = after >= 0 ? after + 1 : section.parts.findIndex((p) => p.id !== null && comparePartIds(p.id, readPart.id as string) > 0)
          section.parts.splice(index < 0 ? section.parts.length : index, 0, part)
        }
      }
      for (const readGroup of readPart.groups) {
        const known = readGroup.clauses.map((c) => locate(c.id)).find((at) => at !== undefined)
        let group = known?.group
        const owner = known?.part ?? part ?? partOfClause(section, readGroup.clauses[0]?.id, last?.part)
        if (!owner) continue
        if (group) {
          // A heading the readings differ on is changed (an annex that shows no headings changes none).
          const shown = beforeGroups.find((g) => g.clauses.some((c) => readGroup.clauses.some((r) => r.id === c.id)))
          const first = known?.group.clauses[known.index]
          // A heading inserted above a clause inside its group (no heading line over it with the changes rejected): the group is split there.
          const splits = known !== undefined && known.index > 0 && readGroup.heading !== null && (shown === undefined || shown.heading === null || shown.clauses[0]?.id !== first?.id)
          // (The new heading may have the group's own words: the readings still differ on where a heading line stands.)
          if (splits) {
            const moved: Group = {heading: readGroup.heading, clauses: group.clauses.splice(known.index)}
            owner.groups.splice(owner.groups.indexOf(group) + 1, 0, moved)
            group = moved
          } else if (shown?.heading !== readGroup.heading) group.heading = readGroup.heading
        } else {
          group = {heading: readGroup.heading, clauses: []}
          const after = last && last.part === owner ? owner.groups.indexOf(last.group) : -1
          owner.groups.splice(after + 1, 0, group)
        }
        let previous: string | undefined
        const shownIn = (id: string | undefined): Group | undefined => beforeGroups.find((g) => g.clauses.some((c) => c.id === id))
        for (const clause of readGroup.clauses) {
          const at = locate(clause.id)
          // A clause of another group, read in this one where the changes rejected show a heading between them: that heading is deleted, the groups merged.
          const merges = at !== undefined && at.group !== group && at.part === owner && known !== undefined && shownIn(clause.id) !== shownIn(known.group.clauses[known.index]?.id)
          if (at && merges) {
            at.group.clauses.splice(at.index, 1)
            const anchor = previous !== undefined ? group.clauses.findIndex((c) => c.id === previous) : -1
            group.clauses.splice(anchor + 1, 0, clause)
          } else if (at) at.group.clauses[at.index] = clause
          else {
            const anchor = previous !== undefined ? group.clauses.findIndex((c) => c.id === previous) : -1
            group.clauses.splice(anchor + 1, 0, clause)
          }
          previous = clause.id
        }
        last = {part: owner, group}
      }
    }
  }
  for (const section of sections) {
    for (const part of section.parts) part.groups = part.groups.filter((group) => group.clauses.length > 0)
    section.parts = section.parts.filter((part) => part.groups.length > 0)
  }
  return sections
}

/** The part a new clause of an unnamed part belongs to: the part of that ID, else the part before. */
function partOfClause(section: Section, id: string | undefined, fallback: Part | undefined): Part | undefined {
  const partId = id !== undefined ? partOf(id) : undefined
  return section.parts.find((p) => partId !== undefined && p.id === partId) ?? fallback ?? section.parts[0]
}
