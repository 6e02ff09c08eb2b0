import type {Version} from '../model/types.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'
import {rebaseDocumentField} from './rebase-document-field.js'

/**
 * Rebases a record's document-version lines (`Document version: {~~V1.0~>V1.1~~}`) onto `onto`:
 * a line whose old version is `onto`'s stays; one whose new version `onto` already has is dropped
 * (nothing left to change); any other is a conflict (the document version changed both ways),
 * dropped from the rebased record so the conflict block stands over `onto`'s version. A whole
 * document inserted or deleted is the clauses' business, not this one's.
 */
export function rebaseDocumentVersions(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; kept: number} {
  return rebaseDocumentField(modification, onto, names, {
    field: 'document-version',
    words: 'the document version of',
    change: (section) => (section.document !== undefined ? undefined : section.documentVersion),
    theirs: (target) => target?.documentVersion ?? null,
    without: (section) => {
      const rest = {...section}
      delete rest.documentVersion
      return rest
    }
  })
}
