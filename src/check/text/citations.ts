/**
 * Citations a change record left behind: a step of the base chain deletes a provision, makes it
 * `[Not used]` or renumbers it (its words now stand under another ID), while a provision that
 * cited it in the base still cites it. Such a break stays open in a later version while the
 * citation stands and the cited ID still names nothing or other words.
 */
import type {Provision, Version} from '../../model/types.js'
import {similarity} from '../../redline/similarity.js'
import type {Lineage} from '../lineage.js'
import {isNotUsed, provisionFields} from './provision-fields.js'
import {citedIds, mayCite} from './references.js'
import {comparableWording, fieldKey} from './twins.js'
import {indexVersion} from './version-index.js'

/** A citation left pointing at nothing or at other words. */
export interface CitationBreak {
  /** The version whose step removed the cited provision. */
  child: Version
  cited: string
  change: 'deleted' | 'not-used' | 'renumbered'
  /** For a renumbered provision: its ID after the step. */
  movedTo?: string
  /** The citing provision, in the version checked. */
  citing: Provision
  /** The provision the cited ID names in the version checked, if any. */
  target?: Provision
}

interface StepBreak {
  child: Version
  cited: string
  change: CitationBreak['change']
  movedTo?: string
  /** The base's wording of the cited provision: a later version that gives it back closes the break. */
  wording: string
  citingKey: string
}

const CLAUSE_NUMBER = /\b[A-Z]\d+\.\d+[A-Z]?\b/g

/**
 * The fields of a version that may cite one of `clauses` (by number, or "paragraph (x)" inside one
 * of them), by field key, with the IDs they cite. Only those fields are parsed for citations.
 */
function citationsOf(version: Version, clauses: ReadonlySet<string>): Map<string, Set<string>> {
  const citations = new Map<string, Set<string>>()
  for (const citing of citingFields(version)) {
    const near = clauses.has(citing.clause) || citing.numbers.some((number) => clauses.has(number))
    if (!near) continue
    const ids = citing.ids()
    if (ids.size > 0) citations.set(citing.key, ids)
  }
  return citations
}

/** A field that may cite a provision: its clause, the clause numbers it names, and (read on first use) the IDs it cites. */
interface CitingField {
  key: string
  clause: string
  numbers: string[]
  ids: () => Set<string>
}

const citingCache = new WeakMap<Version, CitingField[]>()

/** The fields of a version that may cite a provision, found once per version (a version is read for citations at every step of its chain). */
function citingFields(version: Version): CitingField[] {
  const cached = citingCache.get(version)
  if (cached) return cached
  const byId = indexVersion(version).byId
  const has = (id: string): boolean => byId.has(id)
  const fields: CitingField[] = []
  for (const {located, provision, field, text} of provisionFields(version)) {
    if (!mayCite(text)) continue
    let ids: Set<string> | undefined
    fields.push({
      key: fieldKey(provision.id, field),
      clause: located.clause.id,
      numbers: [...text.matchAll(CLAUSE_NUMBER)].map((match) => match[0]),
      ids: () => (ids ??= new Set(citedIds(text, located, has)))
    })
  }
  citingCache.set(version, fields)
  return fields
}

const clauseOf = (id: string): string => (id.includes('(') ? id.slice(0, id.indexOf('(')) : id)

const wordingOf = (provision: Provision): string => comparableWording(provision.text)

const stepCache = new WeakMap<Version, StepBreak[]>()

/** The citations one step breaks: `child` against its `base`. */
function stepBreaks(base: Version, child: Version): StepBreak[] {
  const cached = stepCache.get(child)
  if (cached) return cached
  const before = indexVersion(base).byId
  const after = indexVersion(child).byId
  const gone = new Map<string, Omit<StepBreak, 'citingKey' | 'child' | 'cited'>>()
  // Where each new or changed wording stands after the step: where a renumbered provision went.
  const wordings = new Map<string, string>()
  for (const [id, located] of after) {
    if (before.get(id)?.provision.text === located.provision.text) continue
    const wording = wordingOf(located.provision)
    if (!wordings.has(wording)) wordings.set(wording, id)
  }
  for (const [id, located] of before) {
    const then = located.provision
    const now = after.get(id)?.provision
    if (now?.text === then.text || isNotUsed(then)) continue
    const wording = wordingOf(then)
    if (!now) {
      const movedTo = wordings.get(wording)
      gone.set(id, movedTo ? {change: 'renumbered', movedTo, wording} : {change: 'deleted', wording})
    } else if (isNotUsed(now)) {
      gone.set(id, {change: 'not-used', wording})
    } else if (wordingOf(now) !== wording && similarity(wordingOf(now), wording) < 0.5) {
      const movedTo = wordings.get(wording)
      if (movedTo !== undefined && movedTo !== id) gone.set(id, {change: 'renumbered', movedTo, wording})
    }
  }
  const breaks: StepBreak[] = []
  if (gone.size > 0) {
    const clauses = new Set([...gone.keys()].map(clauseOf))
    const citedBefore = citationsOf(base, clauses)
    for (const [citingKey, ids] of citationsOf(child, clauses)) {
      for (const cited of ids) {
        const removal = gone.get(cited)
        if (removal && citedBefore.get(citingKey)?.has(cited)) breaks.push({child, cited, citingKey, ...removal})
      }
    }
  }
  stepCache.set(child, breaks)
  return breaks
}

/** The citation breaks still open in `version`, along its base chain, one per citing field and cited ID. */
export function findCitationBreaks(version: Version, lineage: Lineage): CitationBreak[] {
  const now = indexVersion(version).byId
  const found = new Map<string, CitationBreak>()
  const seen = new Set<Version>([version])
  let child = version
  for (let base = lineage.base(child); base && !seen.has(base); child = base, base = lineage.base(child)) {
    seen.add(base)
    const steps = stepBreaks(base, child)
    if (steps.length === 0) continue
    const citations = citationsOf(version, new Set(steps.map((step) => clauseOf(step.cited))))
    for (const step of steps) {
      const key = `${step.citingKey}\u0000${step.cited}`
      if (found.has(key) || !citations.get(step.citingKey)?.has(step.cited)) continue
      const target = now.get(step.cited)?.provision
      // Closed when the cited ID names the provision's words again.
      if (target && !isNotUsed(target) && similarity(wordingOf(target), step.wording) >= 0.5) continue
      const citing = now.get(step.citingKey.slice(0, step.citingKey.indexOf('\u0000')))?.provision
      if (!citing) continue
      found.set(key, {
        child: step.child,
        cited: step.cited,
        change: step.change,
        ...(step.movedTo ? {movedTo: step.movedTo} : {}),
        citing,
        ...(target ? {target} : {})
      })
    }
  }
  return [...found.values()]
}
