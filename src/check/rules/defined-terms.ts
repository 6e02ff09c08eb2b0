/**
 * `defined-terms`: the capitalised terms a provision uses are defined terms.
 *
 * The SEC capitalises its defined terms ("User", "Smart Metering System", "Communications Hub
 * Function"). Every run of capitalised words in a provision's text must be made of terms listed in
 * the `terms` option (a plural or possessive "s" on the last word is allowed). A run that nearly
 * spells a term ("Communication Hub Function") is reported with the right term and fixed to it;
 * any other run is reported as undefined. The first word of a sentence, provision IDs
 * ("G3.18(a)"), single letters, the words of a citation of a document or a numbered table
 * ("Appendix AB", "Schedule 11", "Table 2 of Appendix AB", "this Appendix") and the words in
 * `ignore` are not terms.
 *
 * The terms are read from the corpus itself: every definition of a definitions list (`- **Term**
 * means …`, Section A1.1) and every term defined inline in a clause outside Part A1 (`"Term"
 * means …`, as in C1.1 or K11). The `terms` option adds to them; it is needed only for terms the
 * corpus does not define (an excerpt without Section A, as `sec-text/` is). With no terms from
 * either the rule checks nothing: it has nothing to check against.
 *
 * Options:
 * - `terms`: defined terms besides those the corpus defines, as written in Section A (a list of strings).
 * - `ignore`: capitalised words that are not terms (default: `[Section, Sections]`).
 */
import {boundedEditDistance} from '../../diagnostics/errors.js'
import type {Place, Version} from '../../model/types.js'
import {indexVersion} from '../text/version-index.js'
import {lintRule} from '../lint-rule.js'
import {inlineDefinitions} from '../text/inline-definitions.js'
import {placeOfText, textFields} from '../text/provision-fields.js'
import {CITED_DOCUMENT_SOURCE, DOCUMENT_SELF_REFERENCE_SOURCE, LABEL_IN_TEXT_SOURCE, PART_ID_SOURCE} from '../../model/ids.js'
import {CITED_TABLE_SOURCE} from '../../model/table-references.js'

/** A provision ID or part (`G3`, `G3.20(b)`) at the start of a word: never a defined term. */
const STARTS_WITH_PART_ID = new RegExp(`^${PART_ID_SOURCE}`)

/** A citation of a document or a numbered table ("Appendix AB", "Schedule 11", "Table 2 of Appendix AB", "this Appendix"): its words are no terms. */
const CITATION = new RegExp(`\\b(?:${CITED_TABLE_SOURCE}|${CITED_DOCUMENT_SOURCE}(?![\\w:])|${DOCUMENT_SELF_REFERENCE_SOURCE})`, 'g')

export interface DefinedTermsOptions {
  terms: Array<{value: string; place: Place}>
  ignore: string[]
}

interface Term {
  value: string
  /** `value` in lower case, for near misses. */
  lower: string
  words: string[]
  place: Place
}

interface Word {
  text: string
  start: number
  end: number
}

const WORD = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}+'’-]*(?:\\.\\d+[A-Z]?)?(?:\\((?:${LABEL_IN_TEXT_SOURCE})\\))*`, 'gu')
const PLURAL = /(?:'s|’s|s'|s’|s)$/

export const definedTerms = lintRule<DefinedTermsOptions>({
  id: 'defined-terms',
  summary: 'capitalised terms are declared in the configured list of defined terms; near-miss spellings are flagged with the right term',
  defaultSeverity: 'error',
  optionKeys: ['terms', 'ignore'],
  readOptions(reader) {
    const terms = reader.get('terms')?.strings('a list of defined terms such as [User, Smart Metering System]') ?? []
    const ignore = reader.get('ignore')?.strings('a list of capitalised words that are not terms, such as [Section]').map((w) => w.value) ?? ['Section', 'Sections']
    return {terms, ignore}
  },
  check({version, options, report}) {
    const own = corpusTerms(version)
    if (options.terms.length === 0 && own.length === 0) return
    const expectation = own.length === 0 ? "a term listed under 'rules.defined-terms.terms'" : "a term the corpus defines (a definition '- **Term** means …' or '\"Term\" means …') or one listed under 'rules.defined-terms.terms'"
    const byFirstWord = new Map<string, Term[]>()
    const all: Term[] = []
    for (const {value, place} of [...own, ...options.terms]) {
      const term: Term = {value, lower: value.toLowerCase(), words: words(value).map((w) => w.text), place}
      all.push(term)
      const first = term.words[0] ?? ''
      const keys = term.words.length === 1 ? [first, `${first}s`, `${first}'s`, `${first}’s`, `${first}s'`] : [first]
      for (const key of keys) {
        const list = byFirstWord.get(key)
        if (list) list.push(term)
        else byFirstWord.set(key, [term])
      }
    }
    // Longest first; terms of one length in the order they were listed (the sort is stable).
    for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
    const ignore = new Set(options.ignore)
    for (const textField of textFields(version)) {
      const {provision, field, text} = textField
      const list = words(text)
      let index = 0
      while (index < list.length) {
        const length = matchTerm(list, index, text, byFirstWord)
        if (length > 0) {
          index += length
          continue
        }
        const word = list[index] as Word
        if (!isTermLike(word, ignore)) {
          index++
          continue
        }
        // A run of capitalised words that no term covers.
        let end = index + 1
        while (end < list.length && adjacent(list, end, text) && isTermLike(list[end] as Word, ignore) && matchTerm(list, end, text, byFirstWord) === 0) end++
        const startsSentence = index === 0 ? true : /[.!?:]["”’)]*\s+$/.test(text.slice((list[index - 1] as Word).end, word.start))
        const first = startsSentence ? index + 1 : index
        if (first < end) {
          const start = (list[first] as Word).start
          const stop = (list[end - 1] as Word).end
          const run = text.slice(start, stop)
          const near = nearest(run, all)
          // The paragraph the words stand in (a further paragraph of a lead-in, a tail's, the text between two lists).
          const place = placeOfText(textField, start)
          if (near) {
            report({
              reason: `Unexpected term '${run}' in ${provision.id}, expected the defined term '${near.value}'`,
              at: provision,
              ...(place && {place}),
              cause: {reason: `'${near.value}' is a defined term`, at: near.place},
              actual: run,
              expected: [near.value],
              ...((field === 'text' || field === 'tail') && {fixes: [{version: version.id, provisionId: provision.id, field, start, end: stop, text: near.value}]})
            })
          } else {
            report({
              reason: `Unexpected undefined term '${run}' in ${provision.id}, expected ${expectation}`,
              at: provision,
              ...(place && {place}),
              actual: run
            })
          }
        }
        index = end
      }
    }
  },
  examples: [
    {
      name: 'defined terms, in the plural too, after a capitalised first word',
      kind: 'ok',
      options: {terms: ['User', 'Communications Hub Function', 'Gas Proxy Function']},
      markdown: 'Each User shall notify other Users of any Communications Hub Function or Gas Proxy Functions, as Section G3.17 requires.'.replace(/^/, '**G3.17** ')
    },
    {
      name: 'citations of Appendices, Schedules and numbered tables are no terms',
      kind: 'ok',
      options: {terms: ['User']},
      markdown: '**G3.17** Each User shall comply with Appendix AB, Section 2.11 of Appendix AD, Table 2 of Appendix AB, Table 1 and paragraph 3 of Schedule 11.'
    },
    {
      name: 'a document naming itself by its kind ("this Appendix", "that Schedule") is no term',
      kind: 'ok',
      options: {terms: ['User']},
      markdown: '**G3.17** Each User shall record each notice in the form set out in this Appendix, or in that Schedule, as these Appendices require.'
    },
    {
      name: 'a near-miss spelling and an undefined term',
      kind: 'not-ok',
      options: {terms: ['User', 'Communications Hub Function']},
      markdown: '**G3.17** A User shall notify any Communication Hub Function and any Gas Meter.',
      expected: [
        "9:1: Unexpected term 'Communication Hub Function' in G3.17, expected the defined term 'Communications Hub Function'",
        "9:1: Unexpected undefined term 'Gas Meter' in G3.17, expected a term listed under 'rules.defined-terms.terms'"
      ],
      fixed: {'G3.17': 'A User shall notify any Communications Hub Function and any Gas Meter.'}
    },
    {
      name: 'terms the corpus defines, in a definitions list and inline, with no configured list',
      kind: 'ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert Window** means the period after an Alert.',
        '- **Alert** means an illustrative alert.',
        '',
        '**G3.18** "Notice Period" means the Alert Window after an Alert. Each Notice Period runs from the Alert.'
      ].join('\n')
    },
    {
      name: 'a capitalised term the corpus defines nowhere, and a near miss of one it defines',
      kind: 'not-ok',
      markdown: ['**G3.17** In this Section:', '', '- **Alert Window** means an illustrative period.', '', '**G3.18** Each Alert Windows shall follow an Alert Windw and a Gas Meter.'].join('\n'),
      expected: [
        "13:1: Unexpected term 'Alert Windw' in G3.18, expected the defined term 'Alert Window'",
        `13:1: Unexpected undefined term 'Gas Meter' in G3.18, expected a term the corpus defines (a definition '- **Term** means …' or '"Term" means …') or one listed under 'rules.defined-terms.terms'`
      ],
      fixed: {'G3.18': 'Each Alert Windows shall follow an Alert Window and a Gas Meter.'}
    }
  ]
})

/** The terms the version defines: its definitions, and terms defined inline in clauses outside Part A1, each where it is defined. */
function corpusTerms(version: Version): Array<{value: string; place: Place}> {
  const out: Array<{value: string; place: Place}> = []
  const fallback: Place = {file: version.dir, start: {line: 1, column: 1}}
  for (const {provision, part} of indexVersion(version).provisions) {
    if (provision.kind === 'sub-paragraph' && provision.term !== undefined) out.push({value: provision.term, place: provision.place ?? fallback})
    for (const value of inlineDefinitions(provision, part)) out.push({value, place: provision.place ?? fallback})
  }
  return out
}

/** The words of a text, without those of its citations of documents and tables (the grammar of `src/model/`). */
function words(text: string): Word[] {
  const cited: Array<readonly [number, number]> = []
  CITATION.lastIndex = 0
  for (let match = CITATION.exec(text); match !== null; match = CITATION.exec(text)) cited.push([match.index, match.index + match[0].length])
  const out: Word[] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (cited.length === 0 || !cited.some(([from, to]) => start >= from && end <= to)) out.push({text: match[0], start, end})
  }
  return out
}

/** Whether the word at `index` follows the one before it after nothing but one space. */
function adjacent(list: Word[], index: number, text: string): boolean {
  const previous = list[index - 1]
  const word = list[index]
  return previous !== undefined && word !== undefined && word.start - previous.end === 1 && text.charCodeAt(previous.end) === 32
}

/** How many words a defined term covers from `index`, or 0. */
function matchTerm(list: Word[], index: number, text: string, byFirstWord: Map<string, Term[]>): number {
  const first = list[index]
  if (!first) return 0
  const terms = byFirstWord.get(first.text)
  if (!terms) return 0
  for (const term of terms) {
    if (term.words.length === 1) return 1
    let ok = true
    for (let k = 1; k < term.words.length && ok; k++) {
      const word = list[index + k]
      const expected = term.words[k] ?? ''
      ok = word !== undefined && adjacent(list, index + k, text) &&
        (word.text === expected || (k === term.words.length - 1 && word.text.replace(PLURAL, '') === expected))
    }
    if (ok) return term.words.length
  }
  return 0
}

/** A capitalised word that could be (part of) a defined term. */
function isTermLike(word: Word, ignore: Set<string>): boolean {
  const first = word.text.charAt(0)
  if (first < 'A' || first > 'Z') return false
  if (word.text.length === 1 || STARTS_WITH_PART_ID.test(word.text) || ignore.has(word.text)) return false
  return true
}

/** The defined term a run nearly spells, if any: at most 2 edits, and fewer than one in five characters. */
function nearest(run: string, terms: Term[]): Term | undefined {
  let best: {term: Term; distance: number} | undefined
  const lower = run.toLowerCase()
  for (const term of terms) {
    if (Math.abs(term.value.length - run.length) > 2) continue
    // Only a distance of at most 2 and under a fifth of the term's length counts: the distance is bounded by that.
    const limit = Math.min(2, Math.floor((term.value.length - 1) / 5))
    if (limit < 1) continue
    const distance = boundedEditDistance(lower, term.lower, limit)
    if (distance > 0 && distance <= 2 && distance * 5 < term.value.length && (!best || distance < best.distance)) best = {term, distance}
  }
  return best?.term
}
