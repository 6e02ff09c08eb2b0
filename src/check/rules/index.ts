import type {Rule} from '../lint-rule.js'
import {consequentialChanges} from './consequential-changes.js'
import {crossReferences} from './cross-references.js'
import {definedTerms} from './defined-terms.js'
import {inForce} from './in-force.js'
import {definitions} from './definitions.js'
import {listPunctuation} from './list-punctuation.js'
import {numbering} from './numbering.js'
import {parallelWording} from './parallel-wording.js'

/** Every rule of `redline check`, in the order they run and are listed. */
export const rules: readonly Rule[] = [parallelWording, consequentialChanges, crossReferences, numbering, listPunctuation, definitions, definedTerms, inForce]

/** The rule IDs. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.id)
