import {cellPlace} from '../../model/cell-places.js'
import {placeInField, type ParagraphField} from '../../model/paragraph-places.js'
import type {Located, Place, Provision} from '../../model/types.js'
import {indexVersion} from './version-index.js'
import type {Version} from '../../model/types.js'

/** One text field of a provision, with its context. */
export interface ProvisionField {
  located: Located
  provision: Provision
  field: 'text' | 'tail'
  text: string
}

/** Every non-empty text field of a version, in document order: each provision's lead-in, then (after its sub-paragraphs) its tail. */
export function* provisionFields(version: Version): Generator<ProvisionField> {
  for (const located of indexVersion(version).provisions) {
    const {provision} = located
    if (provision.text !== '') yield {located, provision, field: 'text', text: provision.text}
    if (provision.tail !== '') yield {located, provision, field: 'tail', text: provision.tail}
  }
}

/** One text field of a provision, the text between two lists and the cells of its table included. */
export type TextField = {located: Located; provision: Provision; field: ParagraphField; text: string} | {located: Located; provision: Provision; field: 'cell'; text: string; place: Place | undefined}

/**
 * Every non-empty text field of a version, in document order, as {@link provisionFields} gives
 * them and also the text between two lists (`textBefore`, before the sub-paragraph it precedes)
 * and each cell of a provision's table (`cell`, header cells first, after the lead-in it follows,
 * each with the place where it starts): for rules that read all the words of the code.
 */
export function* textFields(version: Version): Generator<TextField> {
  for (const located of indexVersion(version).provisions) {
    const {provision} = located
    if (provision.kind === 'sub-paragraph' && provision.textBefore !== undefined && provision.textBefore !== '') yield {located, provision, field: 'textBefore', text: provision.textBefore}
    if (provision.text !== '') yield {located, provision, field: 'text', text: provision.text}
    const table = provision.table
    if (table) {
      for (const [holder, cells] of [[table, table.header], ...table.rows.map((row) => [row, row.cells] as const)] as const) {
        for (const [column, text] of cells.entries()) if (text !== '') yield {located, provision, field: 'cell', text, place: cellPlace(holder, column)}
      }
    }
    if (provision.tail !== '') yield {located, provision, field: 'tail', text: provision.tail}
  }
}

/** Where the paragraph of a text field holding the character at `offset` starts: a cell's own place, else as {@link placeInField}. */
export function placeOfText(field: TextField, offset = 0): Place | undefined {
  return field.field === 'cell' ? field.place : placeInField(field.provision, field.field, offset)
}

/** Whether a provision is a `[Not used]` placeholder, which keeps its number and says nothing. */
export function isNotUsed(provision: Provision): boolean {
  // `\s*` at both ends is what trimming would take off, without copying the text first.
  return provision.items.length === 0 && /^\s*\[?not used\]?\.?\s*$/i.test(provision.text)
}
