/**
 * `in-force`: the in-force statuses of a version (the frontmatter `status:` map) make sense.
 *
 * - A provision that commences on a date must commence before it lapses.
 * - A sunset provision whose lapse date falls on or before the version's effective date has
 *   already ceased to have effect when the version takes effect: the version should delete it
 *   (`[Not used]`) or drop its status.
 * - A status holds for everything under what it names, so a sub-paragraph inherits its clause's
 *   (and a nested one its parents'), and every provision its part's (a part's own status is
 *   checked like a provision's): a sub-paragraph that commences on or after a provision above
 *   it lapses never comes into force, and one that lapses after a provision above it lapses has a
 *   sunset that never takes effect.
 */
import {longDate} from '../../model/dates.js'
import {holdersAbove} from '../../model/in-force.js'
import type {InForce, Located, Part} from '../../model/types.js'
import type {Finding, Target} from '../types.js'
import {indexVersion} from '../text/version-index.js'
import {lintRule} from '../lint-rule.js'

export const inForce = lintRule<Record<string, never>>({
  id: 'in-force',
  summary: 'a provision commences before it lapses (its own and the provisions’ above it), and no sunset provision has lapsed by the version’s effective date',
  defaultSeverity: 'error',
  optionKeys: [],
  readOptions: () => ({}),
  check({version, report}) {
    const effective = version.manifest.effective
    // Part by part, in document order: a part's own status, then its provisions' (the version's provisions are in document order, each part's together).
    const located = indexVersion(version).provisions
    let next = 0
    const entries: Array<Part | Located> = []
    for (const section of version.sections) {
      for (const part of section.parts) {
        entries.push(part)
        for (; next < located.length && located[next]?.part === part; next++) if (located[next]?.provision.inForce) entries.push(located[next] as Located)
      }
    }
    for (const entry of entries) {
      if (!('provision' in entry)) {
        if (entry.id !== null && entry.inForce && entry.place) checkOwn({id: entry.id, inForce: entry.inForce}, entry.place, effective, report, true)
        continue
      }
      const {provision} = entry
      const status = provision.inForce
      if (!status) continue
      const commences = status.commences === 'direction' ? undefined : status.commences
      checkOwn(provision, provision, effective, report)
      const above = earliestLapseAbove(holdersAbove(entry))
      if (!above?.inForce?.lapses) continue
      const aboveLapses = above.inForce.lapses
      if (commences !== undefined && commences >= aboveLapses) {
        report({
          reason: `Unexpected status of ${provision.id}: it commences on ${longDate(commences)}, on or after ${above.id} (which it is part of) ceases to have effect on ${longDate(aboveLapses)}, so it never comes into force; expected a commencement before ${longDate(aboveLapses)}`,
          at: provision
        })
      }
      if (status.lapses !== undefined && status.lapses > aboveLapses) {
        report({
          reason: `Unexpected status of ${provision.id}: it lapses on ${longDate(status.lapses)}, after ${above.id} (which it is part of) ceases to have effect on ${longDate(aboveLapses)}, so its own sunset never takes effect; expected a lapse on or before ${longDate(aboveLapses)} or its lapse removed`,
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
    },
    {
      name: 'sub-paragraphs inherit their clause’s status: one that lapses earlier, one awaiting a direction, one that commences before the clause lapses',
      kind: 'ok',
      status: ['  "G3.1": {lapses: "2028-12-31"}', '  "G3.1(a)": {lapses: "2027-03-31"}', '  "G3.1(b)": {commences: "direction"}', '  "G3.1(c)(i)": {commences: "2027-01-01", lapses: "2028-12-31"}'],
      effective: '2026-01-01',
      markdown: ['**G3.1** Each User shall:', '', '- (a) notify;', '- (b) report; and', '- (c) record:', '  - (i) each notice.'].join('\n')
    },
    {
      name: 'a sub-paragraph that commences after its clause lapses, and one whose sunset falls after its clause’s',
      kind: 'not-ok',
      status: ['  "G3.1": {lapses: "2027-03-31"}', '  "G3.1(a)": {lapses: "2028-03-31"}', '  "G3.1(b)(i)": {commences: "2027-03-31"}'],
      effective: '2026-01-01',
      markdown: ['**G3.1** Each User shall:', '', '- (a) notify; and', '- (b) record:', '  - (i) each notice.'].join('\n'),
      expected: [
        '15:3: Unexpected status of G3.1(a): it lapses on 31 March 2028, after G3.1 (which it is part of) ceases to have effect on 31 March 2027, so its own sunset never takes effect; expected a lapse on or before 31 March 2027 or its lapse removed',
        '17:5: Unexpected status of G3.1(b)(i): it commences on 31 March 2027, on or after G3.1 (which it is part of) ceases to have effect on 31 March 2027, so it never comes into force; expected a commencement before 31 March 2027'
      ]
    },
    {
      name: 'a part’s status holds for its clauses: a clause that lapses after its part, and a part lapsed before the version took effect',
      kind: 'not-ok',
      status: ['  "G3": {lapses: "2027-03-31"}', '  "G3.1": {lapses: "2028-03-31"}', '  "G4": {lapses: "2025-12-31"}'],
      effective: '2026-01-01',
      markdown: ['## G3 Illustrative Part', '', '**G3.1** Each User shall notify.', '', '## G4 Another Illustrative Part', '', '**G4.1** Each User shall report.'].join('\n'),
      expected: [
        '15:1: Unexpected status of G3.1: it lapses on 31 March 2028, after G3 (which it is part of) ceases to have effect on 31 March 2027, so its own sunset never takes effect; expected a lapse on or before 31 March 2027 or its lapse removed',
        '17:1: Unexpected status of G4: it ceased to have effect on 31 December 2025, on or before this version took effect (1 January 2026), expected the part’s clauses deleted ([Not used]) or its status removed'
      ]
    }
  ]
})

type Holder = {id: string; inForce?: InForce}

/** A part's or provision's own status: a commencement before the lapse, and no lapse by the version's effective date. */
function checkOwn(holder: Holder, at: Target, effective: string | undefined, report: (finding: Finding) => void, isPart = false): void {
  const status = holder.inForce
  if (!status) return
  const commences = status.commences === 'direction' ? undefined : status.commences
  if (commences !== undefined && status.lapses !== undefined && commences >= status.lapses) {
    report({reason: `Unexpected status of ${holder.id}: it commences on ${longDate(commences)} but lapses on ${longDate(status.lapses)}, expected a commencement before the lapse`, at})
  }
  if (status.lapses !== undefined && effective !== undefined && status.lapses <= effective) {
    report({
      reason: `Unexpected status of ${holder.id}: it ceased to have effect on ${longDate(status.lapses)}, on or before this version took effect (${longDate(effective)}), expected the ${isPart ? 'part’s clauses' : 'provision'} deleted ([Not used]) or its status removed`,
      at
    })
  }
}

/** Of the part and provisions above one, the one that lapses first (the others' lapses follow from it), or undefined when none lapses. */
function earliestLapseAbove(ancestors: readonly Holder[]): Holder | undefined {
  let earliest: Holder | undefined
  for (const ancestor of ancestors) {
    const lapses = ancestor.inForce?.lapses
    if (lapses !== undefined && (earliest?.inForce?.lapses === undefined || lapses < earliest.inForce.lapses)) earliest = ancestor
  }
  return earliest
}
