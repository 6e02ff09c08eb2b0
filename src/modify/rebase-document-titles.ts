import {documentName} from '../model/ids.js'
import type {Version} from '../model/types.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'

/**
 * Rebases a record's document retitles (`# Section G: {~~Old~>New~~}`) onto `onto`, as its
 * document-version lines are: a retitle whose old title is `onto`'s stays; one whose new title
 * `onto` already has is dropped (nothing left to change); any other is a conflict (the title
 * changed both ways), dropped from the rebased record so the conflict block stands under `onto`'s title.
 */
export function rebaseDocumentTitles(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; kept: number} {
  const conflicts: Conflict[] = []
  let kept = 0
  const sections = modification.sections.map((section) => {
    const change = section.retitle
    if (!change) return section
    const target = onto.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter)
    const theirs = target?.title ?? null
    if (theirs === change.before) {
      kept++
      return section
    }
    const rest = {...section, title: theirs ?? section.title}
    delete rest.retitle
    if (theirs === change.after) return rest
    conflicts.push({
      clause: documentName(section),
      provision: `the title of ${documentName(section)}`,
      field: 'document-title',
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
