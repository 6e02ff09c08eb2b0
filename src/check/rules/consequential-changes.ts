/**
 * `consequential-changes`: a change record that amends one of several provisions saying the same
 * thing makes the same change to the others — with no configuration.
 *
 * Twins are text fields (lead-ins, whole sub-paragraphs, tails) whose wording is the same or nearly
 * the same once the list connector and whitespace are normalised, found anywhere in a version by
 * MinHash over hashed shingles (`src/check/text/twins.ts`). Checking a version against its base
 * chain, a field that a step changed, whose twin in the step's base the step left unchanged or
 * changed differently, is a finding at the twin — for as long as the two still differ otherwise
 * than they did in the base. It names the changed provision, the change record responsible, the
 * similarity in the base and the words that changed there. SEC 5.20 changed G3.17(b) and left the
 * identical G3.20(b) behind; `check --at 5.20` and `--at 6.17` report it, 6.21 (MP087) is clean.
 *
 * Severity: twins that had the same words in the base are reported with the severity of the
 * option `identical` (default `error`: a change to one of two identical provisions and not the
 * other is almost never meant); near-twins with the rule's severity (default `warn`: a twin may
 * differ on purpose). Pairs that a `parallel-wording` group holds are that rule's findings and
 * are never reported twice. The fix makes the same word-level edit to the twin (a three-way merge:
 * the twin's own differences kept), when it applies cleanly.
 *
 * Also: a change record that deletes a provision, makes it `[Not used]` or renumbers it (its words
 * now under another ID) while other provisions still cite it is a finding at each citing provision.
 *
 * Options:
 * - `ignore`: pairs of provision IDs that differ on purpose, `[[G3.17(b), G3.20(b)]]`.
 * - `identical`: the severity of a drift between twins that had the same words (`warn`, `error`; default `error`).
 * - `threshold`: the least similarity of twins, from 0 to 1 (default 0.9).
 * - `min-words`: fields shorter than this are never twins (default 6).
 */
import {placeInField} from '../../model/paragraph-places.js'
import {PROVISION_ID} from '../../model/ids.js'
import {mergeText} from '../../modify/merge-clauses.js'
import {redlineText} from '../../redline/redline-text.js'
import type {Run} from '../../redline/run.js'
import {lintRule} from '../lint-rule.js'
import {findCitationBreaks} from '../text/citations.js'
import {changedRange, describeChanges, inlineRedline, quote} from '../text/describe-runs.js'
import {openDrifts, type Drift} from '../text/drift.js'
import type {TwinField, TwinOptions} from '../text/twins.js'
import type {Fix, Severity} from '../types.js'

export interface ConsequentialChangesOptions {
  /** Pairs that differ on purpose, each as `a\u0000b` with the IDs in sorted order. */
  ignore: Set<string>
  identical: Exclude<Severity, 'off'>
  twins: TwinOptions
}

/** Families larger than this are boilerplate ("[Not used]", "For the purposes of this Section:"), not twins. */
const MAX_FAMILY = 8

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

export const consequentialChanges = lintRule<ConsequentialChangesOptions>({
  id: 'consequential-changes',
  summary: 'a change to one of several provisions that said the same thing is made to all of them; citations of removed provisions follow',
  defaultSeverity: 'warn',
  optionKeys: ['ignore', 'identical', 'threshold', 'min-words'],
  readOptions(reader) {
    const ignore = new Set<string>()
    const expected = 'a list of pairs of provision IDs such as [[G3.17(b), G3.20(b)]]'
    for (const item of reader.get('ignore')?.list(expected) ?? []) {
      const ids = item.strings(expected)
      const [a, b] = ids
      if (ids.length !== 2 || !a || !b) return item.unexpected('a pair of provision IDs such as [G3.17(b), G3.20(b)]')
      for (const id of ids) if (!PROVISION_ID.test(id.value)) item.fail(`Unexpected '${id.value}' in 'ignore', expected a provision ID such as G3.17(b)`)
      ignore.add(pairKey(a.value, b.value))
    }
    const identical = reader.get('identical')?.oneOf(['warn', 'error'] as const) ?? 'error'
    const number = (key: string, fallback: number, valid: (value: number) => boolean, what: string): number => {
      const node = reader.get(key)
      if (!node) return fallback
      const value = node.value()
      if (typeof value !== 'number' || !valid(value)) node.unexpected(what)
      return value as number
    }
    return {
      ignore,
      identical,
      twins: {
        threshold: number('threshold', 0.9, (value) => value > 0 && value <= 1, 'a number above 0 and at most 1, such as 0.9'),
        minWords: number('min-words', 6, (value) => Number.isInteger(value) && value >= 2, 'a whole number of at least 2, such as 6'),
        maxFamily: MAX_FAMILY
      }
    }
  },
  check({version, options, lineage, parallelGroups = [], report}) {
    if (!lineage) return
    const parallel = new Set<string>()
    for (const group of parallelGroups) for (const a of group) for (const b of group) if (a !== b) parallel.add(pairKey(a, b))
    for (const {drift, changed: changedNow, twin: twinNow} of openDrifts(version, lineage, options.twins)) {
      const changedId = changedNow.provision.id
      const twinId = twinNow.provision.id
      if (options.ignore.has(pairKey(changedId, twinId)) || parallel.has(pairKey(changedId, twinId))) continue
      const records = lineage.recordsChanging(drift.child, drift.changed.after.provision.id)
      const by = records.length > 0 ? records.join(' and ') : `a change that no record of ${drift.child.id} names`
      const edit = redlineText(drift.changed.before.wording, drift.changed.after.wording)
      const twinUnchanged = drift.twin.before.wording === drift.twin.after.wording
      const twinEdit = twinUnchanged ? [] : redlineText(drift.twin.before.wording, drift.twin.after.wording)
      const left = twinUnchanged ? `left ${twinId} unchanged` : `changed ${twinId} differently (${describeEdit(twinEdit)})`
      const same = drift.similarity === 1 ? 'the same words' : 'nearly the same words'
      const fix = consequentialFix(drift, twinNow, edit, version.id)
      // The twin's paragraph where the change belongs (a further paragraph of a lead-in, a tail's).
      const twinPlace = placeInField(twinNow.provision, twinNow.field, fix?.fix.start ?? 0)
      report({
        reason: `Unexpected wording of ${twinId}, expected the consequential change: ${changedId} had ${same} in ${drift.base.id} (similarity ${drift.similarity.toFixed(2)}); ${by} ${describeEdit(edit)} there and ${left}`,
        at: twinNow.provision,
        ...(twinPlace && {place: twinPlace}),
        cause: {reason: `${changedId} as ${by} changed it in ${drift.child.id}`, at: changedNow.provision},
        actual: twinNow.wording,
        expected: [fix ? fix.wording : changedNow.wording],
        note: [
          `${changedId}, ${drift.base.id} → ${drift.child.id} (${by}): ${inlineRedline(edit)}`,
          `${twinId}, ${drift.base.id} → ${drift.child.id}: ${twinUnchanged ? 'unchanged' : inlineRedline(twinEdit)}`,
          `${twinId} against ${changedId} in ${version.id}: ${inlineRedline(twinNow.wording === drift.changed.before.wording && changedNow.wording === drift.changed.after.wording ? edit : redlineText(twinNow.wording, changedNow.wording))}`
        ].join('\n'),
        fixes: fix ? [fix.fix] : [],
        ...(drift.similarity === 1 ? {severity: options.identical} : {})
      })
    }
    for (const broken of findCitationBreaks(version, lineage)) {
      const records = lineage.recordsChanging(broken.child, broken.cited)
      const by = records.length > 0 ? records.join(' and ') : `a change that no record of ${broken.child.id} names`
      const what =
        broken.change === 'deleted' ? `deleted ${broken.cited}, so the citation points at nothing`
          : broken.change === 'not-used' ? `made ${broken.cited} [Not used], so the citation points at nothing`
            : `renumbered ${broken.cited} as ${broken.movedTo ?? 'another provision'}, so the citation points at other words`
      report({
        reason: `Unexpected citation of ${broken.cited} in ${broken.citing.id}, expected a consequential change: ${by} ${what}`,
        at: broken.citing,
        ...(broken.target ? {cause: {reason: `${broken.cited} as it stands in ${version.id}`, at: broken.target}} : {})
      })
    }
  },
  examples: [
    {
      name: 'a change record that changes both twins alike',
      kind: 'ok',
      base: {
        record: 'MP001',
        markdown: [
          '**G3.17** A User shall notify any Smart Metering System (excluding a Communications Hub Function) for which it is the Responsible Supplier.',
          '',
          '**G3.20** A User shall establish arrangements for any Smart Metering System (excluding a Communications Hub Function) for which it is the Responsible Supplier.'
        ].join('\n')
      },
      markdown: [
        '**G3.17** A User shall notify any Smart Metering System (excluding a Communications Hub Function which forms part of a Device) for which it is the Responsible Supplier.',
        '',
        '**G3.20** A User shall establish arrangements for any Smart Metering System (excluding a Communications Hub Function which forms part of a Device) for which it is the Responsible Supplier.'
      ].join('\n')
    },
    {
      name: 'a change record that changes one of two identical sub-paragraphs and leaves the other behind',
      kind: 'not-ok',
      base: {
        record: 'SEC520',
        markdown: [
          '**G3.17** Where a User becomes aware of:',
          '',
          '- (a) any hardware; or',
          '- (b) any Smart Metering System (excluding a Gas Proxy Function) for which it is the Responsible Supplier,',
          '',
          'it shall notify.',
          '',
          '**G3.20** Each User shall establish with:',
          '',
          '- (a) any hardware; and',
          '- (b) any Smart Metering System (excluding a Gas Proxy Function) for which it is the Responsible Supplier,',
          '',
          'arrangements.'
        ].join('\n')
      },
      markdown: [
        '**G3.17** Where a User becomes aware of:',
        '',
        '- (a) any hardware; or',
        '- (b) any Smart Metering System (excluding a Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,',
        '',
        'it shall notify.',
        '',
        '**G3.20** Each User shall establish with:',
        '',
        '- (a) any hardware; and',
        '- (b) any Smart Metering System (excluding a Gas Proxy Function) for which it is the Responsible Supplier,',
        '',
        'arrangements.'
      ].join('\n'),
      expected: [
        "19:3: Unexpected wording of G3.20(b), expected the consequential change: G3.17(b) had the same words in 0.9 (similarity 1.00); SEC520 inserted 'which forms part of a SMETS2+ Device' there and left G3.20(b) unchanged"
      ],
      fixed: {'G3.20(b)': 'any Smart Metering System (excluding a Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,'}
    },
    {
      name: 'a change record that deletes a provision another still cites',
      kind: 'not-ok',
      base: {
        record: 'MP002',
        markdown: ['**G3.18** A User shall notify the Panel.', '', '**G3.19** Section G3.18 does not apply to a Device.'].join('\n')
      },
      markdown: ['**G3.18** [Not used]', '', '**G3.19** Section G3.18 does not apply to a Device.'].join('\n'),
      expected: ['11:1: Unexpected citation of G3.18 in G3.19, expected a consequential change: MP002 made G3.18 [Not used], so the citation points at nothing']
    }
  ]
})

/** The words a record changed, in words: `inserted 'x'`, `deleted 'y'`, `replaced 'y' with 'x'`. */
function describeEdit(runs: readonly Run[]): string {
  const q = (text: string): string => quote(text, 120, "'")
  return describeChanges(runs, {
    replaced: (deleted, inserted) => `replaced ${q(deleted)} with ${q(inserted)}`,
    deleted: (text) => `deleted ${q(text)}`,
    inserted: (text) => `inserted ${q(text)}`
  })
}

/**
 * The consequential change: the changed twin's edit made to this twin, by a word-level three-way
 * merge (base: the changed twin before; one side: this twin now; the other: the changed twin
 * after), so this twin's own differences stay. Undefined when the merge conflicts.
 */
function consequentialFix(drift: Drift, twin: TwinField, edit: readonly Run[], versionId: string): {fix: Fix; wording: string} | undefined {
  const twinWording = twin.wording
  // A twin with the changed twin's words as they were: the edit itself, at the same offsets.
  if (twinWording === drift.changed.before.wording) {
    const range = changedRange(edit)
    return range ? {wording: drift.changed.after.wording, fix: {version: versionId, provisionId: twin.provision.id, field: twin.field, ...range}} : undefined
  }
  const merged = mergeText(drift.changed.before.wording, twinWording, drift.changed.after.wording)
  if (merged === undefined || merged === twinWording) return undefined
  const range = changedRange(redlineText(twinWording, merged))
  if (!range) return undefined
  return {wording: merged, fix: {version: versionId, provisionId: twin.provision.id, field: twin.field, ...range}}
}
