import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {driftedApart} from '../../../src/check/text/drift.js'
import {findTwins, twinFields, type TwinOptions} from '../../../src/check/text/twins.js'
import {similarity} from '../../../src/redline/similarity.js'
import {exampleVersion} from '../example-version.js'

const options: TwinOptions = {threshold: 0.9, minWords: 6, maxFamily: 8}
const word = fc.constantFrom('User', 'shall', 'notify', 'any', 'Device', 'Smart', 'Metering', 'System', 'Panel', 'the', 'of', 'which', 'forms', 'part', 'hardware', 'Supplier', 'within', 'days')
// Wordings of distinct words, as legal text mostly is (a text repeating one word has few shingles to tell it by).
const wording = fc.uniqueArray(word, {minLength: 6, maxLength: 18}).map((words) => words.join(' '))
// From a larger vocabulary: wordings that are not near one another share few shingles.
const rareWord = fc.integer({min: 0, max: 400}).map((n) => `term${n}`)
const rareWording = fc.uniqueArray(rareWord, {minLength: 6, maxLength: 24}).map((words) => words.join(' '))

/** A version of one clause per wording, each a sentence; clause numbers from G3.1. */
function versionOf(wordings: readonly string[]) {
  return exampleVersion(wordings.map((text, index) => `**G3.${index + 1}** ${text}.`).join('\n\n'))
}

describe('twins', () => {
  it('identical wordings are always twins, whatever their connector and spacing; every twin found is similar enough', () => {
    fc.assert(
      fc.property(fc.array(wording, {minLength: 1, maxLength: 12}), fc.nat(), (wordings, pick) => {
        const copy = wordings[pick % wordings.length] ?? ''
        const version = versionOf([...wordings, copy.replace(/ /g, '  ')])
        const fields = twinFields(version)
        const all = [...fields.values()]
        const last = all[all.length - 1]
        if (!last) return
        const twins = findTwins([last], all, options).get(last.key)
        const family = all.filter((field) => field !== last && field.core === last.core)
        if (family.length + 1 <= options.maxFamily) {
          for (const member of family) expect(twins?.map((twin) => twin.field.key)).toContain(member.key)
        }
        for (const twin of twins ?? []) expect(similarity(twin.field.core, last.core)).toBeGreaterThanOrEqual(options.threshold)
      }),
      {numRuns: 150}
    )
  })

  it('finds the twins that comparing every pair finds (all but a rare pair: hashing is probabilistic), and nothing that is not a twin', () => {
    let expectedPairs = 0
    let foundPairs = 0
    fc.assert(
      fc.property(fc.array(rareWording, {minLength: 2, maxLength: 10}), fc.array(fc.tuple(fc.nat(), fc.nat(), rareWord), {maxLength: 6}), (wordings, edits) => {
        const near = edits.map(([which, at, replacement]) => {
          const words = (wordings[which % wordings.length] ?? '').split(' ')
          if (!words.includes(replacement)) words[at % words.length] = replacement
          return words.join(' ')
        })
        const all = [...twinFields(versionOf([...wordings, ...near])).values()]
        const found = findTwins(all, all, {...options, maxFamily: 1000})
        for (const target of all) {
          const expected = all.filter((other) => other.provision.id !== target.provision.id && similarity(other.core, target.core) >= options.threshold).map((f) => f.key)
          const actual = (found.get(target.key) ?? []).map((twin) => twin.field.key)
          for (const key of actual) expect(expected).toContain(key)
          // Recall over twins as drafters make them: the same words in the same order, one of them
          // replaced (a bag of words can also match a reordering, which shingles do not see).
          const inPlace = expected.filter((key) => {
            const a = target.core.split(' ')
            const b = all.find((field) => field.key === key)?.core.split(' ') ?? []
            return a.length === b.length && a.filter((w, i) => w !== b[i]).length <= 1
          })
          expectedPairs += inPlace.length
          foundPairs += inPlace.filter((key) => actual.includes(key)).length
        }
      }),
      {numRuns: 100}
    )
    expect(expectedPairs).toBeGreaterThan(50)
    expect(foundPairs / expectedPairs).toBeGreaterThanOrEqual(0.98)
  })
})

describe('driftedApart', () => {
  it('the same edit made to both twins is no drift; an edit to one alone, adding a word the other lacks, is', () => {
    fc.assert(
      fc.property(wording, wording, fc.nat(), (a, b, at) => {
        const insert = (text: string): string => {
          const words = text.split(' ')
          words.splice(at % (words.length + 1), 0, 'SMETS2+')
          return words.join(' ')
        }
        expect(driftedApart(a, b, insert(a), insert(b))).toBe(false)
        expect(driftedApart(a, b, insert(a), b)).toBe(true)
        // Bringing one twin to the other's words is the consequential change made late: no drift.
        expect(driftedApart(a, insert(a), insert(a), insert(a))).toBe(false)
      })
    )
  })
})
