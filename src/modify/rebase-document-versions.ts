import {documentName} from '../model/ids.js'
import type {Version} from '../model/types.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'

/**
 * Rebases a record's document-version lines (`Document version: {~~V1.0~>V1.1~~}`) onto `onto`:
 * a line whose old version is `onto`'s stays; one whose new version `onto` already has is dropped
 * (nothing left to change); any other is a conflict (the document version changed both ways),
 * dropped from the rebased record so the conflict block stands over `onto`'s version. A whole
 * document inserted or deleted is the clauses' business, not this one's.
 */
export function rebaseDocumentVersions(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; kept: number} {
  const conflicts: Conflict[] = []
  let kept = 0
  const sections = modification.sections.map((section) => {
    const change = section.documentVersion
    if (!change || section.document !== undefined) return section
    const target = onto.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter)
    const theirs = target?.documentVersion ?? null
    if (theirs === change.before) {
      kept++
      return section
    }
    const rest = {...section}
    delete rest.documentVersion
    if (theirs === change.after) return rest
    conflicts.push({
      clause: documentName(section),
      provision: `the document version of ${documentName(section)}`,
      field: 'document-version',
      base: change.before,
      sides: [
        {name: names[0], wording: change.after},
        {name: names[1], wording: theirs}
      ],
      place: change.place
    })
    return rest
  })
  return {modification: {...modification, sections}, conflicts, kept}
}
