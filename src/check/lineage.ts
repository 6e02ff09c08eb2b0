import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {APPENDIX_LETTER_SOURCE, CLAUSE_NUMBER_SOURCE, documentPrefix, LOCAL_NUMBER_SOURCE, SCHEDULE_NUMBER_SOURCE, splitProvisionId} from '../model/ids.js'
import type {Version} from '../model/types.js'
import {touchesText} from '../modify/record-touches.js'
import {LEGAL_TEXT_FILE, loadModification, modificationDir} from '../modify/load-modification.js'
import type {Modification} from '../modify/modification-types.js'

/**
 * Where a version came from: its base (from the manifest's `base` chain) and the change records
 * that built it. Rules that compare a version with its base (`consequential-changes`) read this;
 * a version checked on its own has none.
 */
export interface Lineage {
  /** The version this one was built from; undefined for a first version or a base the corpus does not hold. */
  base(version: Version): Version | undefined
  /**
   * The IDs of the change records that built `version` from its base and changed the provision
   * (its text, its clause or its sub-paragraphs), in the manifest's order — the records
   * `redline history` names.
   */
  recordsChanging(version: Version, provisionId: string): string[]
}

/** The lineage of the stored versions: bases from the manifests, records from `modifications/`. */
export function corpusLineage(corpus: Corpus): Lineage {
  const loaded = new Map<string, Modification>()
  const load = (id: string): Modification | undefined => {
    if (!loaded.has(id)) {
      try {
        loaded.set(id, loadModification(corpus, id))
      } catch {
        // A listed record that does not load is `redline verify`'s finding; here it names nothing.
        return undefined
      }
    }
    return loaded.get(id)
  }
  // A record's legal text writes every clause it touches as `**G3.20**`: which records write a
  // clause is read from the text once per version, and only those records are parsed (a release
  // of many records names each clause's record quickly). One record writing the clause is the one
  // that changed it, since a version is its base plus its records (`redline verify`).
  const writers = new Map<Version, Map<string, string[]>>()
  const writersOf = (version: Version, clause: string): string[] | undefined => {
    let byClause = writers.get(version)
    if (!byClause) {
      byClause = new Map()
      for (const id of version.manifest.changes) {
        let text = ''
        try {
          text = readFileSync(path.join(corpus.root, modificationDir(id), LEGAL_TEXT_FILE), 'utf8')
        } catch {
          // Unreadable: `redline verify`'s finding; the record is parsed below if need be.
        }
        for (const clause of writtenClauses(text)) {
          const list = byClause.get(clause) ?? []
          if (!list.includes(id)) list.push(id)
          byClause.set(clause, list)
        }
      }
      writers.set(version, byClause)
    }
    return byClause.get(clause)
  }
  const loadAll = (ids: readonly string[]): Modification[] => ids.flatMap((id) => {
    const record = load(id)
    return record ? [record] : []
  })
  return {
    base(version) {
      const id = version.manifest.base
      return id !== null && corpus.has(id) ? corpus.version(id) : undefined
    },
    recordsChanging(version, provisionId) {
      const clause = splitProvisionId(provisionId)?.clause ?? provisionId
      const candidates = writersOf(version, clause) ?? []
      if (candidates.length === 1) return candidates
      const named = changingRecords(loadAll(candidates), provisionId)
      // A clause number written with marks inside it escapes the quick reading: then every record is read.
      return named.length > 0 ? named : changingRecords(loadAll(version.manifest.changes), provisionId)
    }
  }
}

/**
 * The lineage of a version built in memory from a base and change records (a draft before it is
 * released: what `check --mod` checks); every other version's lineage is `stored`'s.
 */
export function builtLineage(built: Version, base: Version, records: readonly Modification[], stored: Lineage): Lineage {
  return {
    base: (version) => (version === built ? base : stored.base(version)),
    recordsChanging: (version, provisionId) => (version === built ? changingRecords(records, provisionId) : stored.recordsChanging(version, provisionId))
  }
}

/** A document title line, `# Section G: …`, `# Appendix AB: …`, `# Schedule 11: …` (a whole document inside a block mark too). */
const TITLE_LINE = new RegExp(`^(?:\\{\\+\\+|\\{--)?# (?:(Appendix) (${APPENDIX_LETTER_SOURCE})|(Schedule) (${SCHEDULE_NUMBER_SOURCE})|Section [A-Z]):`)
const SECTION_CLAUSE = new RegExp(`\\*\\*(${CLAUSE_NUMBER_SOURCE})\\*\\*`, 'g')
const LOCAL_CLAUSE = new RegExp(`\\*\\*(${LOCAL_NUMBER_SOURCE})\\*\\*`, 'g')

/**
 * The clause numbers a record's legal text writes in bold, by a quick reading: `G3.20` in a Section,
 * `AB:2.11` for `**2.11**` under `# Appendix AB: …`, `Sch11:3` under `# Schedule 11: …`.
 */
export function writtenClauses(text: string): string[] {
  const clauses: string[] = []
  let prefix = ''
  for (const line of text.split('\n')) {
    const title = TITLE_LINE.exec(line)
    if (title) {
      prefix = title[1] ? documentPrefix({kind: 'appendix', letter: title[2] ?? ''}) : title[3] ? documentPrefix({kind: 'schedule', letter: title[4] ?? ''}) : ''
      continue
    }
    if (!line.includes('**')) continue
    for (const match of line.matchAll(prefix === '' ? SECTION_CLAUSE : LOCAL_CLAUSE)) clauses.push(`${prefix}${match[1] ?? ''}`)
  }
  return clauses
}

function changingRecords(records: readonly Modification[], provisionId: string): string[] {
  return records.filter((record) => touchesText(record, provisionId)).map((record) => record.meta.id)
}
