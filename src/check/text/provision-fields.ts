import type {Located, Provision} from '../../model/types.js'
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

/** One text field of a provision, the text between two lists included. */
export interface TextField {
  located: Located
  provision: Provision
  field: 'text' | 'tail' | 'textBefore'
  text: string
}

/**
 * Every non-empty text field of a version, in document order, as {@link provisionFields} gives
 * them and also the text between two lists (`textBefore`, before the sub-paragraph it precedes):
 * for rules that read all the words of the code.
 */
export function* textFields(version: Version): Generator<TextField> {
  for (const located of indexVersion(version).provisions) {
    const {provision} = located
    if (provision.kind === 'sub-paragraph' && provision.textBefore !== undefined && provision.textBefore !== '') yield {located, provision, field: 'textBefore', text: provision.textBefore}
    if (provision.text !== '') yield {located, provision, field: 'text', text: provision.text}
    if (provision.tail !== '') yield {located, provision, field: 'tail', text: provision.tail}
  }
}

/** Whether a provision is a `[Not used]` placeholder, which keeps its number and says nothing. */
export function isNotUsed(provision: Provision): boolean {
  // `\s*` at both ends is what trimming would take off, without copying the text first.
  return provision.items.length === 0 && /^\s*\[?not used\]?\.?\s*$/i.test(provision.text)
}
