import type {Version} from '../model/types.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'
import {rebaseDocumentField} from './rebase-document-field.js'

/**
 * Rebases a record's document retitles (`# Section G: {~~Old~>New~~}`) onto `onto`, as its
 * document-version lines are: a retitle whose old title is `onto`'s stays; one whose new title
 * `onto` already has is dropped (nothing left to change); any other is a conflict (the title
 * changed both ways), dropped from the rebased record so the conflict block stands under `onto`'s title.
 */
export function rebaseDocumentTitles(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; kept: number} {
  return rebaseDocumentField(modification, onto, names, {
    field: 'document-title',
    words: 'the title of',
    change: (section) => section.retitle,
    theirs: (target) => target?.title ?? null,
    without: (section, theirs) => {
      const rest = {...section, title: theirs ?? section.title}
      delete rest.retitle
      return rest
    }
  })
}
