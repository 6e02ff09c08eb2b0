import type {Clause, Section, Version} from '../../src/model/types.js'
import type {ModificationMeta} from '../../src/modify/modification-types.js'

/** A one-section version holding the given clauses under one cross-heading. */
export function versionOf(id: string, clauses: Clause[], heading: string | null = 'Manufacturers: Duty to Notify and Be Notified'): Version {
  const section: Section = {letter: 'G', title: 'Security', version: id, parts: [{id: null, title: null, groups: [{heading, clauses}]}]}
  return {id, dir: `sec-text/${id}`, manifest: {version: id, base: null, changes: [], source: 'test'}, sections: [section]}
}

export function metaOf(id: string, base: string): ModificationMeta {
  return {id, title: `Test ${id}`, kind: 'modification', base, status: 'draft', dates: {}, author: {name: 'SECAS', date: '2019-10-04'}, body: ''}
}

/** A clause without source places, for comparing. */
export function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'place' ? undefined : v))) as T
}
