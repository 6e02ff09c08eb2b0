/**
 * `in-force`: the in-force statuses of a version (the frontmatter `status:` map) make sense.
 *
 * - A provision that commences on a date must commence before it lapses.
 * - A sunset provision whose lapse date falls on or before the version's effective date has
 *   already ceased to have effect when the version takes effect: the version should delete it
 *   (`[Not used]`) or drop its status.
 */
import {longDate} from '../../model/dates.js'
import {walkProvisions} from '../../model/walk.js'
import {lintRule} from '../lint-rule.js'

export const inForce = lintRule<Record<string, never>>({
  id: 'in-force',
  summary: 'a provision commences before it lapses, and no sunset provision has lapsed by the version’s effective date',
  defaultSeverity: 'error',
  optionKeys: [],
  readOptions: () => ({}),
  check({version, report}) {
    const effective = version.manifest.effective
    for (const {provision} of walkProvisions(version.sections)) {
      const status = provision.inForce
      if (!status?.lapses) continue
      if (status.commences !== undefined && status.commences !== 'direction' && status.commences >= status.lapses) {
        report({
          reason: `Unexpected status of ${provision.id}: it commences on ${longDate(status.commences)} but lapses on ${longDate(status.lapses)}, expected a commencement before the lapse`,
          at: provision
        })
      }
      if (effective !== undefined && status.lapses <= effective) {
        report({
          reason: `Unexpected status of ${provision.id}: it ceased to have effect on ${longDate(status.lapses)}, on or before this version took effect (${longDate(effective)}), expected the provision deleted ([Not used]) or its status removed`,
          at: provision
        })
      }
    }
  },
  examples: [
    {
      name: 'a sunset provision and a provision awaiting a direction',
      kind: 'ok',
      status: ['  "G3.1(b)": {lapses: "2027-03-31"}', '  "G3.2": {commences: "direction"}'],
      effective: '2026-01-01',
      markdown: ['**G3.1** Each User shall:', '', '- (a) notify; and', '- (b) report.', '', '**G3.2** Each User shall notify.'].join('\n')
    },
    {
      name: 'a commencement after the lapse, and a provision lapsed before the version took effect',
      kind: 'not-ok',
      status: ['  "G3.1(b)": {lapses: "2025-03-31"}', '  "G3.2": {commences: "2027-01-01", lapses: "2026-12-31"}'],
      effective: '2026-01-01',
      markdown: ['**G3.1** Each User shall:', '', '- (a) notify; and', '- (b) report.', '', '**G3.2** Each User shall notify.'].join('\n'),
      expected: [
        '15:3: Unexpected status of G3.1(b): it ceased to have effect on 31 March 2025, on or before this version took effect (1 January 2026), expected the provision deleted ([Not used]) or its status removed',
        '17:1: Unexpected status of G3.2: it commences on 1 January 2027 but lapses on 31 December 2026, expected a commencement before the lapse'
      ]
    }
  ]
})
