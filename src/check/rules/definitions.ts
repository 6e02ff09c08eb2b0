/**
 * `definitions`: a definitions list stands in alphabetical order, and no term is defined in two places.
 *
 * A definitions list (`- **Term** means …`, Section A1.1) is read in the order the code prints it:
 * each term after the one before it alphabetically (letters without regard to case or accents,
 * numbers by value: "Schedule 2" before "Schedule 11"). A term out of order is reported at its
 * definition, naming the term it stands after. The same term defined in two lists of a version is
 * reported at the second, with the first as its cause (twice in one list is an input error: the
 * definition's ID would be ambiguous). A term defined inline outside Part A1 (`"Notice Period" means …`,
 * as in C1.1) counts as a definition too: defined inline and in a list, or inline twice, it is
 * reported at the later place, the first as its cause. Order is a question of drafting, so it is a finding, never a
 * parse error.
 */
import {compareTerms} from '../../model/terms.js'
import type {Provision, SubParagraph} from '../../model/types.js'
import {indexVersion} from '../text/version-index.js'
import {lintRule} from '../lint-rule.js'
import {inlineDefinitions} from '../text/inline-definitions.js'

export const definitions = lintRule<Record<string, never>>({
  id: 'definitions',
  summary: 'definitions lists stand in alphabetical order, and no term is defined in two places',
  defaultSeverity: 'error',
  optionKeys: [],
  readOptions() {
    return {}
  },
  check({version, report}) {
    // Every term defined so far, by its lower-case spelling: where, and how the message names it.
    const seen = new Map<string, {at: Provision; term: string; where: string}>()
    const defined = (term: string, at: Provision, where: string, owner: string): void => {
      const key = term.toLowerCase()
      const first = seen.get(key)
      if (!first) {
        seen.set(key, {at, term, where})
        return
      }
      report({
        reason: `Unexpected second definition of '${term}' in ${owner}, expected each term defined once (first defined ${first.where})`,
        at,
        cause: {reason: `'${first.term}' is first defined here`, at: first.at}
      })
    }
    for (const {provision, part} of indexVersion(version).provisions) {
      for (const term of inlineDefinitions(provision, part)) defined(term, provision, `inline in ${provision.id}`, provision.id)
      let previous: SubParagraph | undefined
      for (const item of provision.items) {
        if (item.term === undefined) continue
        if (previous?.term !== undefined && compareTerms(previous.term, item.term) > 0) {
          report({
            reason: `Unexpected definition of '${item.term}' after '${previous.term}' in ${provision.id}, expected the definitions in alphabetical order ('${item.term}' before '${previous.term}')`,
            at: item,
            cause: {reason: `'${previous.term}' is defined before it`, at: previous}
          })
        }
        previous = item
        defined(item.term, item, `as ${item.id}`, provision.id)
      }
    }
  },
  examples: [
    {
      name: 'definitions in alphabetical order, whatever their case, numbers by value',
      kind: 'ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert** means an illustrative alert.',
        '- **alert window** means an illustrative period.',
        '- **Schedule 2 Device** means an illustrative device.',
        '- **Schedule 11 Device** means another illustrative device.'
      ].join('\n')
    },
    {
      name: 'a definition out of alphabetical order, and a term defined in two lists',
      kind: 'not-ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Panel** means an illustrative panel.',
        '- **Alert** means an illustrative alert.',
        '',
        '**G3.18** In this Part:',
        '',
        '- **Alert** means another illustrative alert.'
      ].join('\n'),
      expected: [
        "12:3: Unexpected definition of 'Alert' after 'Panel' in G3.17, expected the definitions in alphabetical order ('Alert' before 'Panel')",
        "16:3: Unexpected second definition of 'Alert' in G3.18, expected each term defined once (first defined as G3.17[Alert])"
      ]
    },
    {
      name: 'terms defined once each, in a list and inline in other clauses',
      kind: 'ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert** means an illustrative alert.',
        '',
        '**G3.18** "Notice Period" means the illustrative period after an Alert.',
        '',
        '**G3.19** Each Notice Period ends when the Panel says, and "Panel Notice" has the meaning given in G3.18.'
      ].join('\n')
    },
    {
      name: 'a term defined in a list and again inline, and a term defined inline twice',
      kind: 'not-ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert** means an illustrative alert.',
        '',
        '**G3.18** "Alert" means an illustrative notice, and "Notice Period" means the illustrative period after it.',
        '',
        '**G3.19** For the purposes of this Part, "notice period" means ten illustrative days.'
      ].join('\n'),
      expected: [
        "13:1: Unexpected second definition of 'Alert' in G3.18, expected each term defined once (first defined as G3.17[Alert])",
        "15:1: Unexpected second definition of 'notice period' in G3.19, expected each term defined once (first defined inline in G3.18)"
      ]
    }
  ]
})
