import type {ClauseChunk, SectionIndex} from '../parse/index-section.js'
import {countProvisions, documentKeysText, indexSection, sectionBody, sectionTitle} from '../parse/index-section.js'
import type {SectionFile, VersionSource} from '../corpus/version-source.js'
import {didYouMean, UsageError} from '../diagnostics/errors.js'
import {citeDocumentRef, compareDocuments, documentRef, documentRefOf, parseDocumentReference, splitProvisionId} from '../model/ids.js'

/** The kind of an Appendix or Schedule, for the summary and JSON (nothing for a Section). */
function kindOf(file: {kind?: 'section' | 'appendix' | 'schedule'}): {kind?: 'appendix' | 'schedule'} {
  return file.kind === 'appendix' || file.kind === 'schedule' ? {kind: file.kind} : {}
}
import type {Clause, Manifest, Place, Provision} from '../model/types.js'
import type {ClauseRedline, ProvisionRedline, SectionRedline} from '../redline/document.js'
import {clauseRedline, type ClauseSetting} from '../redline/clause-redline.js'
import {redlineText} from '../redline/redline-text.js'
import {hasChanges, wholeRuns} from '../redline/run.js'
import {alignClauses, type ClauseMatch} from './align-clauses.js'
import {changeRecordsBetween} from './change-records.js'
import {classifyClause, roundScore} from './classify-changes.js'
import {headingChanges} from './heading-changes.js'
import {statusDiffs} from './status-diff.js'
import {emptyCounts, summarize} from './summarize.js'
import {type CrossHeadingChange, type ProvisionChange, type SectionSummary, type StatusDiff, type VersionDiff} from './types.js'

export interface DiffOptions {
  /** Only this section (`G`). */
  section?: string
  /** Only this clause or provision (`G3.20`, `G3.20(b)`). */
  clause?: string
  /** Manifests of stored versions, to find the change records between the two sides. */
  manifestOf?: (version: string) => Manifest | undefined
}

/**
 * Compares two versions of the code. Section files whose text (after the frontmatter) and whose
 * document keys (title, status, document version: all of the frontmatter but `version:`) are the
 * same are counted, not parsed; other files are cut into clause chunks, equal chunks are counted, and
 * only the clauses that differ are parsed and redlined.
 */
export function diffVersions(before: VersionSource, after: VersionSource, options: DiffOptions = {}): VersionDiff {
  const scope = resolveScope(before, after, options)
  const sections: Array<{letter: string; old?: SectionIndex; new?: SectionIndex; summary: SectionSummary}> = []
  const oldChunks: ClauseChunk[] = []
  const newChunks: ClauseChunk[] = []
  const statuses: StatusDiff[] = []
  const statusInScope = (id: string): boolean => !scope.clause || id === scope.clause.id || (scope.clause.labels.length === 0 && scope.clause.clause.startsWith(`${id}.`)) || id.startsWith(`${scope.clause.id}(`) || (scope.clause.labels.length === 0 && id.startsWith(`${scope.clause.clause}[`))
  // Each file is cut into its index once, whether its statuses or its clauses asked first.
  const indexes = new Map<SectionFile, SectionIndex>()
  const indexOf = (file: SectionFile, version: string | null): SectionIndex => {
    let index = indexes.get(file)
    if (!index) {
      index = indexSection(file, version ?? undefined)
      indexes.set(file, index)
    }
    return index
  }
  for (const letter of scope.letters) {
    // A document is keyed by its reference: `G` for Section G, `Appendix AB`, `Schedule 11`.
    const oldFile = before.sections.find((s) => documentRef(s) === letter)
    const newFile = after.sections.find((s) => documentRef(s) === letter)
    const presence = oldFile && newFile ? 'both' : oldFile ? 'deleted' : 'added'
    statuses.push(...statusDiffs(letter, {old: oldFile, new: newFile}, (side) => {
      const file = side === 'old' ? oldFile : newFile
      return file && indexOf(file, side === 'old' ? before.id : after.id)
    }, statusInScope))
    if (oldFile && newFile && !scope.clause && sectionBody(oldFile.text) === sectionBody(newFile.text) && documentKeysText(oldFile.text) === documentKeysText(newFile.text)) {
      const counts = emptyCounts()
      counts.unchanged = countProvisions(sectionBody(newFile.text))
      sections.push({letter, summary: {letter, ...kindOf(newFile), title: sectionTitle(newFile.text, newFile.file), presence, counts}})
      continue
    }
    const oldIndex = oldFile && indexOf(oldFile, before.id)
    const newIndex = newFile && indexOf(newFile, after.id)
    if (oldIndex) oldChunks.push(...oldIndex.clauses)
    if (newIndex) newChunks.push(...newIndex.clauses)
    const title = (newIndex ?? oldIndex)?.title ?? ''
    sections.push({letter, old: oldIndex, new: newIndex, summary: {letter, ...kindOf((newFile ?? oldFile) as SectionFile), title, presence, counts: emptyCounts()}})
  }
  if (scope.clause) checkClauseExists(scope.clause, oldChunks, newChunks)

  const inScope = (match: ClauseMatch): boolean =>
    !scope.clause || match.old?.id === scope.clause.clause || match.new?.id === scope.clause.clause
  const matches = alignClauses(oldChunks, newChunks).filter(inScope)
  const countsOf = new Map(sections.map((s) => [s.letter, s.summary.counts]))
  for (const status of statuses) {
    const counts = countsOf.get(status.section)
    if (counts) counts.statuses++
  }
  const redlines = new Map<ClauseChunk, ClauseRedline>()
  const changes: ProvisionChange[] = []
  const oldIds = new Set(oldChunks.map((chunk) => chunk.id))
  const movedTo = new Map<string, string>()
  for (const match of matches) if (match.kind === 'moved') movedTo.set(match.old.id, match.new.id)

  const byChunk = new Map<ClauseChunk, ClauseMatch>()
  for (const match of matches) {
    if (match.kind === 'unchanged') {
      const counts = countsOf.get(documentRefOf(match.new.id))
      if (counts) counts.unchanged += countProvisions(match.new.source)
      continue
    }
    // Only the clauses redlined are looked up, below: the unchanged ones stand in no section's order.
    byChunk.set((match.new ?? match.old) as ClauseChunk, match)
    const oldClause = match.old?.parse()
    const newClause = match.new?.parse()
    const redline = clauseRedlineOf(match, oldClause, newClause)
    redlines.set((match.new ?? match.old) as ClauseChunk, redline)
  }

  // Each old clause's new partner, for the order of every section where a clause was deleted (worked out once, if any was).
  const deleted = new Set<ClauseChunk>()
  for (const match of matches) if (match.kind === 'deleted') deleted.add(match.old)
  let partners: Map<ClauseChunk, ClauseChunk> | undefined
  const partnerOf = (): ReadonlyMap<ClauseChunk, ClauseChunk> => {
    if (!partners) {
      partners = new Map()
      for (const match of matches) if (match.old && match.new) partners.set(match.old, match.new)
    }
    return partners
  }
  const documentSections: SectionRedline[] = []
  // `--clause` naming a provision within a clause: only the changes at or under it are reported, and counted.
  const narrowed = Boolean(scope.clause?.labels.length) || scope.clause?.term !== undefined
  const headings: CrossHeadingChange[] = []
  for (const section of sections) {
    if (!section.old && !section.new) continue
    const oldClauses = section.old?.clauses ?? []
    const newClauses = section.new?.clauses ?? []
    // Without a deleted clause, the redlined clauses stand in the new version's order.
    const ordered = oldClauses.some((chunk) => deleted.has(chunk))
      ? orderClauses(oldClauses, newClauses, partnerOf(), redlines)
      : newClauses.flatMap((chunk) => {
          const redline = redlines.get(chunk)
          return redline ? [{chunk, redline}] : []
        })
    const counts = section.summary.counts
    for (const {chunk, redline} of ordered) {
      const match = byChunk.get(chunk)
      const found = classifyClause(redline, {
        section: section.letter,
        oldPlaces: placesOf(match?.old),
        newPlaces: placesOf(match?.new),
        existedBefore: oldIds.has(redline.id),
        movedTo: movedTo.get(redline.id)
      })
      const reported = narrowed ? found.filter((c) => startsWithProvision(c, scope.clause?.id ?? '')) : found
      for (const change of reported) counts[change.kind]++
      changes.push(...reported)
      if (!found.some((change) => change.redline === redline)) counts.unchanged += unchangedWithin(redline)
    }
    const sectionHeadings = scope.clause ? [] : headingChanges(section.old, section.new)
    counts.headings += sectionHeadings.length
    headings.push(...sectionHeadings)
    const versionChanged = sectionHeadings.some((heading) => heading.level === 'document-version')
    if (ordered.length > 0 || section.summary.presence !== 'both' || versionChanged) {
      const oldTitle = section.old?.title ?? null
      const newTitle = section.new?.title ?? null
      const oldVersion = section.old?.documentVersion
      const newVersion = section.new?.documentVersion
      documentSections.push({
        letter: section.letter,
        ...kindOf(section.summary),
        ...(oldVersion === undefined && newVersion === undefined ? {} : {documentVersion: !section.old ? wholeRuns(newVersion ?? '', 'insert') : !section.new ? wholeRuns(oldVersion ?? '', 'delete') : redlineText(oldVersion ?? '', newVersion ?? '')}),
        title: oldTitle === null ? wholeRuns(newTitle ?? '', 'insert') : newTitle === null ? wholeRuns(oldTitle, 'delete') : redlineText(oldTitle, newTitle),
        status: section.summary.presence === 'added' ? 'inserted' : section.summary.presence === 'deleted' ? 'deleted' : 'changed',
        clauses: ordered.map(({redline}) => redline)
      })
    }
  }
  return {
    old: {version: before.id, label: before.label},
    new: {version: after.id, label: after.label},
    document: {sections: documentSections},
    changes,
    headings,
    statuses,
    summary: summarize(sections.map((s) => s.summary)),
    changeRecords: changeRecordsBetween(before.manifest, after.manifest, options.manifestOf ?? (() => undefined)),
    scope: {section: options.section ?? (scope.clause ? documentRefOf(scope.clause.clause) : null), clause: scope.clause?.id ?? null}
  }
}

interface Scope {
  letters: string[]
  clause: {id: string; clause: string; labels: string[]; term?: string} | null
}

function resolveScope(before: VersionSource, after: VersionSource, options: DiffOptions): Scope {
  const all = [...before.sections, ...after.sections]
    .filter((s, index, files) => files.findIndex((other) => documentRef(other) === documentRef(s)) === index)
    .sort(compareDocuments)
    .map((s) => documentRef(s))
  if (before.sections.length === 1 && after.sections.length === 1) {
    const [a, b] = [before.sections[0] as SectionFile, after.sections[0] as SectionFile]
    if (documentRef(a) !== documentRef(b)) {
      throw new UsageError(`Unexpected Section ${b.letter} in ${b.file}, expected Section ${a.letter} to compare with ${a.file}`)
    }
  }
  let clause: Scope['clause'] = null
  const named = options.section === undefined ? undefined : parseDocumentReference(options.section) ?? parseDocumentReference(options.section.toUpperCase())
  let letter = named ? documentRef(named) : options.section?.toUpperCase()
  if (options.clause) {
    const split = splitProvisionId(options.clause)
    if (!split) throw new UsageError(`Unexpected clause '${options.clause}', expected a clause or provision ID such as G3.20 or G3.20(b)`)
    clause = {id: options.clause, clause: split.clause, labels: split.labels, ...(split.term === undefined ? {} : {term: split.term})}
    if (letter && letter !== documentRefOf(split.clause)) {
      throw new UsageError(`Unexpected clause ${options.clause} with --section ${letter}, expected a clause of ${citeDocumentRef(letter)}`)
    }
    letter = documentRefOf(split.clause)
  }
  if (letter && !all.includes(letter)) {
    throw new UsageError(`Unknown section '${letter}', expected one of ${all.join(', ')} (the sections of ${before.label} and ${after.label})${didYouMean(letter, all)}`)
  }
  return {letters: letter ? [letter] : all, clause}
}

function checkClauseExists(clause: NonNullable<Scope['clause']>, before: ClauseChunk[], after: ClauseChunk[]): void {
  if (before.some((c) => c.id === clause.clause) || after.some((c) => c.id === clause.clause)) return
  const known = [...new Set([...before, ...after].map((c) => c.id))]
  throw new UsageError(`Unknown clause '${clause.clause}', expected a clause of either version${didYouMean(clause.clause, known)}`)
}

function startsWithProvision(change: ProvisionChange, id: string): boolean {
  const within = (candidate: string | null): boolean =>
    candidate !== null && (candidate === id || candidate.startsWith(`${id}(`) || id.startsWith(`${candidate}(`) || id.startsWith(`${candidate}[`))
  return within(change.oldId) || within(change.newId)
}

function clauseRedlineOf(match: ClauseMatch, before: Clause | undefined, after: Clause | undefined): ClauseRedline {
  const side = (clause: Clause | undefined, chunk: ClauseChunk | null | undefined): {clause: Clause; setting: ClauseSetting} | undefined =>
    clause && chunk ? {clause, setting: {partId: chunk.part?.id ?? null, partTitle: chunk.part?.title ?? null, heading: chunk.heading?.text ?? null, group: chunk.group}} : undefined
  const redline = clauseRedline(side(before, match.old), side(after, match.new))
  if (match.kind === 'moved') redline.movedFrom = {id: match.old.id, similarity: roundScore(match.similarity)}
  return redline
}

/** The changed clauses of a section in the new version's order, deleted ones after the clause that preceded them. */
function orderClauses(
  before: readonly ClauseChunk[],
  after: readonly ClauseChunk[],
  partnerOf: ReadonlyMap<ClauseChunk, ClauseChunk>,
  redlines: ReadonlyMap<ClauseChunk, ClauseRedline>
): Array<{chunk: ClauseChunk; redline: ClauseRedline}> {
  const deletedAfter = new Map<ClauseChunk | null, ClauseChunk[]>()
  let previous: ClauseChunk | null = null
  const newSet = new Set(after)
  for (const chunk of before) {
    const partner = partnerOf.get(chunk)
    if (partner && newSet.has(partner)) previous = partner
    else if (!partner) {
      const list = deletedAfter.get(previous)
      if (list) list.push(chunk)
      else deletedAfter.set(previous, [chunk])
    }
  }
  const out: Array<{chunk: ClauseChunk; redline: ClauseRedline}> = []
  const push = (chunk: ClauseChunk): void => {
    const redline = redlines.get(chunk)
    if (redline) out.push({chunk, redline})
  }
  for (const chunk of deletedAfter.get(null) ?? []) push(chunk)
  for (const chunk of after) {
    push(chunk)
    for (const deleted of deletedAfter.get(chunk) ?? []) push(deleted)
  }
  return out
}

/** The places of a clause's provisions by ID, gathered on the first look-up: most changed clauses look up one or two. */
function placesOf(chunk: ClauseChunk | null | undefined): Pick<ReadonlyMap<string, Place>, 'get'> {
  let places: Map<string, Place> | undefined
  return {
    get: (id) => {
      if (!places) {
        places = new Map()
        if (chunk) gatherPlaces(chunk.parse(), places)
      }
      return places.get(id)
    }
  }
}

/** Each provision's place by its ID, in document order (a provision before its sub-paragraphs), as a walk of the clause gives them. */
function gatherPlaces(provision: Provision, places: Map<string, Place>): void {
  if (provision.place) places.set(provision.id, provision.place)
  for (const item of provision.items) gatherPlaces(item, places)
}

/** Provisions of a changed clause whose own words did not change (the whole-record kinds count none). */
function unchangedWithin(provision: ProvisionRedline): number {
  if (provision.status === 'unchanged') return 1 + provision.items.reduce((n, item) => n + unchangedWithin(item), 0)
  if (provision.status !== 'changed' || hasChanges(provision.label)) return 0
  // A changed definition is one record; the sub-paragraphs under it that did not change count as unchanged.
  if (provision.definition) return provision.items.reduce((n, item) => n + unchangedWithin(item), 0)
  const own = hasChanges(provision.text) || hasChanges(provision.tail) || hasChanges(provision.textBefore ?? []) ? 0 : 1
  return own + provision.items.reduce((n, item) => n + unchangedWithin(item), 0)
}
