import {openCorpus} from '../../src/corpus/corpus.js'
import type {AnnexMeta} from '../../src/annex/annex-types.js'
import type {Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import type {RedlineDocument} from '../../src/redline/document.js'
import {repoRoot} from '../helpers/cli.js'

export const MP087_INSERT = ' which forms part of a SMETS2+ Device'

export const mp087Meta: AnnexMeta = {
  id: 'MP087',
  title: 'Correction to SEC Section G – User Responsibilities',
  base: '6.17',
  legalTextVersion: '0.1',
  classification: 'White',
  author: {name: 'SECAS', date: '2019-09-26'}
}

/** Section G of 6.17. */
export function baseSections(): Section[] {
  return openCorpus(repoRoot).version('6.17').sections
}

/** Section G of 6.17 with an edit applied to a copy. */
export function editedSections(edit: (sections: Section[]) => void): Section[] {
  const copy = structuredClone(baseSections())
  edit(copy)
  return copy
}

/** MP087's change built in memory: G3.20(b) gains " which forms part of a SMETS2+ Device". */
export function mp087Redline(): RedlineDocument {
  const after = editedSections((sections) => {
    const g320 = sections[0]?.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)).find((clause) => clause.id === 'G3.20')
    const b = g320?.items[1]
    if (!b) throw new Error('G3.20(b) missing from the sample corpus')
    b.text = b.text.replace('Gas Proxy Function)', `Gas Proxy Function${MP087_INSERT})`)
  })
  return redlineSections(baseSections(), after)
}
