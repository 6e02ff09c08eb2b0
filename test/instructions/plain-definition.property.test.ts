import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseInstructions} from '../../src/instructions/parse-instructions.js'
import {formatInstruction} from '../../src/instructions/format-instructions.js'
import {readDefinitionBlock, writeDefinitionBlock} from '../../src/instructions/plain-definition.js'
import type {SubParagraph} from '../../src/model/types.js'
import {definition, term} from '../helpers/arbitraries.js'

const comparable = (item: SubParagraph): unknown => JSON.parse(JSON.stringify(item, (key, value: unknown) => (key === 'place' || key === 'id' ? undefined : value)))
const anyDefinition = term.chain((name) => definition('A1.1', name))

describe('a definition in an amending instruction as plain legal text (illustrative)', () => {
  it('reads back as itself where it is written plain, and most definitions are', () => {
    let plain = 0
    let runs = 0
    fc.assert(fc.property(anyDefinition, (item) => {
      runs++
      const lines = writeDefinitionBlock(item)
      if (lines === undefined) return
      plain++
      expect(comparable(readDefinitionBlock(lines, 'i.txt', 2))).toEqual(comparable(item))
      expect(lines[0]?.startsWith(item.term ?? '')).toBe(true)
    }), {numRuns: 1500})
    expect(plain / runs).toBeGreaterThan(0.6)
  })

  it('every definition instruction reads back as the same definition, plain or in markdown, through the whole instruction reader', () => {
    fc.assert(fc.property(anyDefinition, fc.boolean(), (item, insert) => {
      const text = formatInstruction(insert ? {kind: 'insert-definition', clause: 'A1.1', definition: item} : {kind: 'amend-definition', term: item.term ?? '', definition: item})
      const [read] = parseInstructions(`1. ${text}\n`, 'i.txt')
      expect(read && 'definition' in read ? comparable(read.definition) : read).toEqual(comparable(item))
      // Plain text where it reads back: no markdown bold, and the term stands first.
      if (writeDefinitionBlock(item)) expect(text.split('\n')[1]).toBe(`    ${item.term ?? ''}${item.text === '' ? '' : ` ${item.text.split('\n')[0]}`}`)
    }), {numRuns: 1500})
  })

  it('reads a hand-written plain definition, its sub-paragraphs indented as a clause\'s, and refuses a line with no defining word at its place', () => {
    const [read] = parseInstructions(
      [
        'Insert the following new definition in the appropriate alphabetical order in Section A1.1:',
        '    Abort Notice means a notice that:',
        '        (a) is given under Section A1.2; and',
        '        (b) names the Alert {it} ~> | <script> *x* _y_ "q" שלום 漢字,',
        '    as the Panel directs.',
        ''
      ].join('\n'),
      'i.txt'
    )
    expect(read).toMatchObject({kind: 'insert-definition', clause: 'A1.1', definition: {term: 'Abort Notice', text: 'means a notice that:', tail: 'as the Panel directs.'}})
    expect(read && 'definition' in read ? read.definition.items.map((i) => [i.id, i.text]) : []).toEqual([
      ['A1.1[Abort Notice](a)', 'is given under Section A1.2; and'],
      ['A1.1[Abort Notice](b)', 'names the Alert {it} ~> | <script> *x* _y_ "q" שלום 漢字,']
    ])
    expect(() => parseInstructions("Amend the definition of 'Alert Window' as follows:\n    Alert Window, the period.\n", 'i.txt')).toThrow(/i\.txt:2:5: Unexpected 'Alert Window, the period\.', expected a definition: its term, then its meaning/)
  })
})
