/**
 * `definitions`: a definitions list stands in alphabetical order, and no term is defined in two places.
 *
 * A definitions list (`- **Term** means …`, Section A1.1) is read in the order the code prints it:
 * each term after the one before it alphabetically (letters without regard to case or accents,
 * numbers by value: "Schedule 2" before "Schedule 11"). A term out of order is reported at its
 * definition, naming the term it stands after. The same term defined in two lists of a version is
 * reported at the second, with the first as its cause (twice in one list is an input error: the
 * definition's ID would be ambiguous). Order is a question of drafting, so it is a finding, never a
 * parse error.
 */
import {compareTerms} from '../../model/terms.js'
import type {SubParagraph} from '../../model/types.js'
import {walkProvisions} from '../../model/walk.js'
import {lintRule} from '../lint-rule.js'

export const definitions = lintRule<Record<string, never>>({
  id: 'definitions',
  summary: 'definitions lists stand in alphabetical order, and no term is defined in two places',
  defaultSeverity: 'error',
  optionKeys: [],
  readOptions() {
    return {}
  },
  check({version, report}) {
    const seen = new Map<string, SubParagraph>()
    for (const {provision} of walkProvisions(version.sections)) {
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
        const key = item.term.toLowerCase()
        const first = seen.get(key)
        if (first) {
          report({
            reason: `Unexpected second definition of '${item.term}' in ${provision.id}, expected each term defined once (first defined as ${first.id})`,
            at: item,
            cause: {reason: `'${first.term ?? ''}' is first defined here`, at: first}
          })
        } else seen.set(key, item)
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
    }
  ]
})
