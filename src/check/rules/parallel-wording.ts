/**
 * `parallel-wording`: provisions that must say the same thing do.
 *
 * A group names a reference provision and its followers. In every checked version each follower
 * must read like the reference, compared field by field (lead-in, sub-paragraphs, tail) after
 * normalising the list connector at the end ("; or", "; and", ",", "."), because parallel
 * provisions stand at different places in their lists. The message quotes the words that differ,
 * from the shared word-level redline; the fix rewrites the follower's differing words to the
 * reference's, keeping the follower's own connector.
 *
 * This is the check that would have caught the error MP087 corrects: SEC 5.20 changed G3.17(b)
 * and left the parallel G3.20(b) behind.
 *
 * A group naming a provision that a checked version does not have is a finding, at the group's
 * line in `redline.config.yaml`, with the provision ID.
 *
 * Options:
 * - `groups`: a list of `{reference: <provision ID>, followers: [<provision ID>, …], name?: <text>}`.
 *
 * ```yaml
 * parallel-wording:
 *   severity: error
 *   groups:
 *     - name: Smart Metering Systems excluded from the User's duties
 *       reference: G3.17(b)
 *       followers: [G3.20(b)]
 * ```
 */
import {placeInField} from '../../model/paragraph-places.js'
import {PROVISION_ID} from '../../model/ids.js'
import type {Place, Provision} from '../../model/types.js'
import {redlineText} from '../../redline/redline-text.js'
import {lintRule} from '../lint-rule.js'
import {changedRange, describeRuns, inlineRedline} from '../text/describe-runs.js'
import {coreEnd, withoutConnector} from '../text/connectors.js'
import {indexVersion} from '../text/version-index.js'
import type {Fix} from '../types.js'

/** One configured group of parallel provisions. */
export interface ParallelGroup {
  name?: string
  reference: {id: string; place: Place}
  followers: Array<{id: string; place: Place}>
  place: Place
}

export interface ParallelWordingOptions {
  groups: ParallelGroup[]
}

interface Difference {
  provision: Provision
  field: 'text' | 'tail'
  description: string
  redline: string
  fix?: Fix
}

export const parallelWording = lintRule<ParallelWordingOptions>({
  id: 'parallel-wording',
  summary: 'provisions configured as parallel say the same thing (after normalising list connectors)',
  defaultSeverity: 'error',
  optionKeys: ['groups'],
  readOptions(reader) {
    const node = reader.get('groups')
    if (!node) return {groups: []}
    const expected = 'a list of groups such as {reference: G3.17(b), followers: [G3.20(b)]}'
    return {
      groups: node.list(expected).map((item) => {
        const fields = new Map(item.entries(expected, ['name', 'reference', 'followers']))
        const id = (key: string, value: {value: string; place: Place}): {id: string; place: Place} => {
          if (!PROVISION_ID.test(value.value)) {
            item.fail(`Unexpected '${value.value}' for '${item.key}.${key}', expected a provision ID such as G3.17(b)`)
          }
          return {id: value.value, place: value.place}
        }
        const reference = fields.get('reference') ?? item.fail(`Missing key '${item.key}.reference', expected the provision the followers must match, such as G3.17(b)`)
        const followers = fields.get('followers') ?? item.fail(`Missing key '${item.key}.followers', expected a list of provision IDs such as [G3.20(b)]`)
        const name = fields.get('name')?.string()
        const group: ParallelGroup = {
          reference: id('reference', {value: reference.string('a provision ID such as G3.17(b)'), place: reference.place}),
          followers: followers.strings('a list of provision IDs such as [G3.20(b)]').map((follower) => id('followers', follower)),
          place: item.place
        }
        if (name !== undefined) group.name = name
        return group
      })
    }
  },
  parallelGroups: (options) => options.groups.map((group) => [group.reference.id, ...group.followers.map((follower) => follower.id)]),
  check({version, options, report}) {
    if (options.groups.length === 0) return
    const index = indexVersion(version).byId
    for (const group of options.groups) {
      const label = group.name ? `group '${group.name}'` : `the group of ${group.reference.id}`
      const missing = [group.reference, ...group.followers].filter((member) => !index.has(member.id))
      for (const member of missing) {
        report({
          reason: `Unknown provision ${member.id} in version ${version.id}, expected a provision of that version (${label})`,
          at: member.place
        })
      }
      const reference = index.get(group.reference.id)?.provision
      if (!reference) continue
      for (const member of group.followers) {
        const follower = index.get(member.id)?.provision
        if (!follower) continue
        const structure: string[] = []
        const differences: Difference[] = []
        compare(follower, reference, version.id, differences, structure)
        if (differences.length === 0 && structure.length === 0) continue
        const what = [
          ...differences.map((d) => (d.provision === follower && d.field === 'text' ? d.description : `${d.field === 'tail' ? `after the sub-paragraphs of ${d.provision.id}` : `in ${d.provision.id}`}: ${d.description}`)),
          ...structure
        ].join('; ')
        const fixes = structure.length === 0 ? differences.flatMap((d) => (d.fix ? [d.fix] : [])) : []
        // The paragraph where the first difference stands (a further paragraph of a lead-in, a tail's).
        const first = differences[0]
        const place = first ? placeInField(first.provision, first.field, first.fix?.start ?? 0) : undefined
        report({
          reason: `Unexpected wording of ${follower.id}, expected the wording of ${reference.id}: ${what}`,
          at: follower,
          ...(place && {place}),
          cause: {reason: `${reference.id} is the reference wording of ${label}`, at: reference},
          actual: withoutConnector(follower.text),
          expected: [withoutConnector(reference.text)],
          note: differences.map((d) => `${d.provision.id}${d.field === 'tail' ? ' (after its sub-paragraphs)' : ''}: ${d.redline}`).join('\n'),
          fixes
        })
      }
    }
  },
  examples: [
    {
      name: 'parallel sub-paragraphs that differ only in their list connectors',
      kind: 'ok',
      options: {groups: [{reference: 'G3.17(b)', followers: ['G3.20(a)']}]},
      markdown: [
        '**G3.17** Where a User becomes aware of:',
        '',
        '- (a) any hardware; or',
        '- (b) any Smart Metering System (excluding a Device),',
        '',
        'it shall notify.',
        '',
        '**G3.20** Each User shall establish with:',
        '',
        '- (a) any Smart Metering System (excluding a Device); and',
        '- (b) any hardware,',
        '',
        'arrangements.'
      ].join('\n')
    },
    {
      name: 'a follower left behind when the reference changed',
      kind: 'not-ok',
      options: {groups: [{reference: 'G3.17(b)', followers: ['G3.20(b)']}]},
      markdown: [
        '**G3.17** Where a User becomes aware of:',
        '',
        '- (a) any hardware; or',
        '- (b) any Smart Metering System (excluding a Device which forms part of a SMETS2+ Device),',
        '',
        'it shall notify.',
        '',
        '**G3.20** Each User shall establish with:',
        '',
        '- (a) any hardware; and',
        '- (b) any Smart Metering System (excluding a Device),',
        '',
        'arrangements.'
      ].join('\n'),
      expected: [
        '19:3: Unexpected wording of G3.20(b), expected the wording of G3.17(b): missing "which forms part of a SMETS2+ Device"'
      ],
      fixed: {'G3.20(b)': 'any Smart Metering System (excluding a Device which forms part of a SMETS2+ Device),'}
    },
    {
      name: 'a group naming a provision the version does not have',
      kind: 'not-ok',
      options: {groups: [{reference: 'G3.17', followers: ['G3.99']}]},
      markdown: '**G3.17** A User shall notify.',
      expected: ['4:9: Unknown provision G3.99 in version 1.0, expected a provision of that version (the group of G3.17)']
    }
  ]
})

function compare(follower: Provision, reference: Provision, versionId: string, out: Difference[], structure: string[]): void {
  compareField(follower, reference, 'text', versionId, out)
  if (follower.items.length !== reference.items.length) {
    structure.push(`${follower.id} has ${follower.items.length} sub-paragraphs where ${reference.id} has ${reference.items.length}`)
  } else {
    follower.items.forEach((item, index) => {
      const match = reference.items[index]
      if (match) compare(item, match, versionId, out, structure)
    })
  }
  compareField(follower, reference, 'tail', versionId, out)
}

function compareField(follower: Provision, reference: Provision, field: 'text' | 'tail', versionId: string, out: Difference[]): void {
  const before = follower[field]
  const end = coreEnd(before)
  const after = withoutConnector(reference[field])
  if (before.slice(0, end) === after) return
  const runs = redlineText(before.slice(0, end), after)
  const range = changedRange(runs)
  const difference: Difference = {provision: follower, field, description: describeRuns(runs), redline: inlineRedline(runs)}
  if (range) difference.fix = {version: versionId, provisionId: follower.id, field, ...range}
  out.push(difference)
}
