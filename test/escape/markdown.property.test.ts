import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseMarkdown, stringifyMarkdown} from '../../src/markdown/remark.js'
import {escapeHeadingText, escapeText} from '../../src/escape/markdown.js'

/** The literal text remark-parse reads from one line of markdown, or undefined when it is not one plain paragraph. */
function readBack(markdown: string): string | undefined {
  const [only, ...rest] = parseMarkdown(markdown).children
  if (!only || rest.length > 0 || only.type !== 'paragraph') return undefined
  if (!only.children.every((child) => child.type === 'text')) return undefined
  return only.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

/** Text rich in what makes links, definitions and other markdown: brackets, parentheses, colons. */
const bracketText = fc
  .array(fc.constantFrom('[', ']', '(', ')', ':', ' ', 'Not used', 'a', 'G3.20', '!', '*', '\\', '<', '-', '1.', "'", '"', '#', '&', 'x:'), {
    minLength: 1,
    maxLength: 14
  })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  .filter((text) => text !== '')

describe('escapeText', () => {
  it('writes text that remark-parse reads back as the same text, brackets and all', () => {
    fc.assert(
      fc.property(bracketText, (text) => {
        expect(readBack(escapeText(text))).toBe(text)
      }),
      {numRuns: 5000}
    )
  })

  it('writes text that starts with a decimal number (95.6%) as remark-stringify would, escapes and all', () => {
    const decimalText = fc
      .tuple(fc.stringMatching(/^\d{1,10}$/), fc.array(fc.constantFrom('.', '5', '6%', ' ', 'Working Days', ')', '(a)', '-', '*', '1. x', '[', ']', '&', '#', '\t', '\\'), {maxLength: 6}))
      .map(([digits, parts]) => `${digits}.${parts.join('')}`)
    fc.assert(
      fc.property(decimalText, (text) => {
        const paragraph = stringifyMarkdown({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]}).replace(/\n$/, '')
        // The stringified text, or the same with square-bracket escapes dropped where they read back the same (as escapeText does).
        expect([paragraph, paragraph.replace(/\\([[\]])/g, '$1')]).toContain(escapeText(text))
        if (!/[[\]]/.test(text)) expect(escapeText(text)).toBe(paragraph)
      }),
      {numRuns: 3000}
    )
  })

  it('writes [Not used] and bracketed text as it is, without escapes', () => {
    expect(escapeText('[Not used]')).toBe('[Not used]')
    expect(escapeText('the [former] Section G3.20')).toBe('the [former] Section G3.20')
    expect(escapeText('[a](b)')).not.toBe('[a](b)')
    expect(escapeText('[a]: b')).not.toBe('[a]: b')
  })

  it('writes heading text that reads back as the same heading', () => {
    fc.assert(
      fc.property(bracketText, (text) => {
        const [heading] = parseMarkdown(`### ${escapeHeadingText(text, 3)}`).children
        expect(heading?.type).toBe('heading')
        const value = heading?.type === 'heading' ? heading.children.map((child) => ('value' in child ? child.value : '')).join('') : ''
        expect(value).toBe(text)
      }),
      {numRuns: 2000}
    )
  })
})
