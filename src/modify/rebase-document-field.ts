import {documentName} from '../model/ids.js'
import type {Place, Section, Version} from '../model/types.js'
import type {Conflict} from './conflict-error.js'
import type {Modification, SectionChange} from './modification-types.js'

/** One field of a document a record changes from `before` to `after` (its title, its document version). */
export interface DocumentFieldChange {
  before: string | null
  after: string | null
  place: Place
}

/** How one document field is read and taken out of a record, for {@link rebaseDocumentField}. */
export interface DocumentField {
  /** The conflict's field. */
  field: Conflict['field']
  /** The field in words, before the document's name: `the title of`. */
  words: string
  /** The record's change of the field in a document, if any (undefined: none to rebase). */
  change: (section: SectionChange) => DocumentFieldChange | undefined
  /** The field in the version rebased onto (null where that version lacks it or the document). */
  theirs: (target: Section | undefined) => string | null
  /** The document's change without its change of the field, given the field's value in `onto`. */
  without: (section: SectionChange, theirs: string | null) => SectionChange
}

/**
 * Rebases a record's change of one document field onto `onto`: a change whose old value is
 * `onto`'s stays; one whose new value `onto` already has is dropped (nothing left to change); any
 * other is a conflict (the field changed both ways), dropped from the rebased record so the
 * conflict block stands by `onto`'s value.
 */
export function rebaseDocumentField(modification: Modification, onto: Version, names: [string, string], field: DocumentField): {modification: Modification; conflicts: Conflict[]; kept: number} {
  const conflicts: Conflict[] = []
  let kept = 0
  const sections = modification.sections.map((section) => {
    const change = field.change(section)
    if (!change) return section
    const theirs = field.theirs(onto.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter))
    if (theirs === change.before) {
      kept++
      return section
    }
    const rest = field.without(section, theirs)
    if (theirs === change.after) return rest
    conflicts.push({
      clause: documentName(section),
      provision: `${field.words} ${documentName(section)}`,
      field: field.field,
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
