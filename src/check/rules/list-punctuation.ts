/**
 * `list-punctuation`: lists of sub-paragraphs are punctuated the way the SEC punctuates them.
 *
 * In every list, each sub-paragraph but the last ends with ";" (or ","); the last but one carries
 * the "and" or "or" that joins the list ("; and", "; or"); the last ends as the sentence requires:
 * with "," (or ";" or ":") when the provision's text goes on after the list, and otherwise as the
 * provision itself would end (a clause with "."; a sub-paragraph as its own place in its list
 * requires). A sub-paragraph with a list of its own and no text after it ends with its list.
 * `[Not used]` sub-paragraphs are skipped. Text between two lists of one provision (`(a)`, `(b)`,
 * text, `(c)`) closes the list before it, which ends as before any text; a text of several
 * paragraphs is judged by the end of its last paragraph (the one before the list, or the last).
 *
 * A definitions list (`- **Term** means …`) is not one sentence: its definitions are not
 * punctuated as a list, but each definition's own sub-paragraphs are.
 *
 * Only lists are checked. A clause without sub-paragraphs is one sentence whose end is the
 * drafter's: MP087's Annex A prints G3.19 without a final full stop, and the corpus keeps the
 * published text word for word.
 *
 * A missing mark is fixed by appending the least the convention requires (";", "," or "."); a
 * missing "and"/"or" is reported without a fix, because only the drafter knows which one is meant.
 *
 * Options:
 * - `require-connector`: whether the last but one sub-paragraph must carry "and"/"or" (default true).
 */
import type {Provision} from '../../model/types.js'
import {placeInField} from '../../model/paragraph-places.js'
import {lintRule} from '../lint-rule.js'
import {isNotUsed} from '../text/provision-fields.js'
import type {Finding, Fix, RuleContext} from '../types.js'

export interface ListPunctuationOptions {
  requireConnector: boolean
}

/** What the end of a sub-paragraph must be, from its place in its list. */
type Ending = 'separator' | 'connector' | 'before-text' | 'sentence-end'

const ENDINGS: Record<Ending, {test: RegExp; expected: string; append: string}> = {
  separator: {test: /[;,](?:\s+(?:and|or|and\/or))?$/, expected: '";" (or ",")', append: ';'},
  connector: {test: /[;,]\s+(?:and|or|and\/or)$/, expected: '"; and" or "; or"', append: ';'},
  'before-text': {test: /[,;:]$/, expected: '"," before the text that follows the list', append: ','},
  'sentence-end': {test: /\.$/, expected: '"." at the end of the sentence', append: '.'}
}

export const listPunctuation = lintRule<ListPunctuationOptions>({
  id: 'list-punctuation',
  summary: 'every sub-paragraph but the last ends with ";", the last but one carries "and"/"or", the last ends as the sentence requires',
  defaultSeverity: 'error',
  optionKeys: ['require-connector'],
  readOptions(reader) {
    return {requireConnector: reader.get('require-connector')?.boolean() ?? true}
  },
  check(context) {
    for (const section of context.version.sections) {
      for (const part of section.parts) {
        for (const group of part.groups) {
          for (const clause of group.clauses) {
            if (clause.items.length > 0) checkList(clause, clause.tail !== '' ? 'before-text' : 'sentence-end', context)
          }
        }
      }
    }
  },
  examples: [
    {
      name: 'a list joined by "and", closed by the text after it',
      kind: 'ok',
      markdown: [
        '**G3.20** Each User shall establish with:',
        '',
        '- (a) the manufacturers; and',
        '- (b) any Smart Metering System,',
        '',
        'arrangements designed to ensure notification.',
        '',
        '**G3.19** A User shall not be required to notify'
      ].join('\n')
    },
    {
      name: 'a missing separator, a missing connector and a missing full stop',
      kind: 'not-ok',
      markdown: ['**G3.18** The User shall:', '', '- (a) notify the manufacturer', '- (b) take reasonable steps;', '- (c) ensure notification'].join('\n'),
      expected: [
        '11:3: Unexpected end of G3.18(a), expected ";" (or ",")',
        '12:3: Unexpected end of G3.18(b), expected "; and" or "; or"',
        '13:3: Unexpected end of G3.18(c), expected "." at the end of the sentence'
      ],
      fixed: {'G3.18(a)': 'notify the manufacturer;', 'G3.18(c)': 'ensure notification.'}
    }
  ]
})

function checkList(owner: Provision, last: Ending, context: RuleContext<ListPunctuationOptions>): void {
  // A definitions list is no sentence: each definition stands alone, and only its own sub-paragraphs are punctuated as a list.
  if (owner.items.some((item) => item.term !== undefined)) {
    for (const definition of owner.items) if (definition.items.length > 0) checkList(definition, definition.tail !== '' ? 'before-text' : 'sentence-end', context)
    return
  }
  // Text between two lists of one provision closes the list before it: each run of sub-paragraphs is punctuated as a list of its own.
  const runs: Array<typeof owner.items> = [[]]
  for (const item of owner.items) {
    if (item.textBefore && (runs[runs.length - 1] ?? []).length > 0) runs.push([])
    runs[runs.length - 1]?.push(item)
  }
  runs.forEach((items, run) => {
    const count = items.length
    const end: Ending = run === runs.length - 1 ? last : 'before-text'
    items.forEach((item, index) => {
      const ending: Ending =
        index === count - 1 ? end : index === count - 2 && context.options.requireConnector ? 'connector' : 'separator'
      checkItem(item, ending, context)
    })
  })
}

function checkItem(item: Provision, ending: Ending, context: RuleContext<ListPunctuationOptions>): void {
  if (isNotUsed(item)) return
  // A sub-paragraph that introduces its table ("… in the following table:") continues in the table: its colon is its ending.
  if (item.table && item.items.length === 0 && item.tail === '' && /:$/.test(item.text.trimEnd())) return
  if (item.items.length > 0) {
    checkList(item, item.tail !== '' ? 'before-text' : ending, context)
    if (item.tail === '') return
  }
  const field = item.tail !== '' ? 'tail' : 'text'
  const text = item[field].trimEnd()
  const rule = ENDINGS[ending]
  if (rule.test.test(text)) return
  const finding: Finding = {
    reason: `Unexpected end of ${item.id}${field === 'tail' ? ' (after its sub-paragraphs)' : ''}, expected ${rule.expected}`,
    at: item,
    actual: text.slice(-20)
  }
  // The last paragraph, where the text ends.
  const place = placeInField(item, field, text.length)
  if (place) finding.place = place
  if (!/[;,.:]$/.test(text)) {
    const fix: Fix = {version: context.version.id, provisionId: item.id, field, start: text.length, end: text.length, text: rule.append}
    finding.fixes = [fix]
  }
  context.report(finding)
}
