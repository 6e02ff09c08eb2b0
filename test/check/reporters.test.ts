import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty} from '../../src/check/reporters/github.js'
import {escapeXml} from '../../src/check/reporters/junit.js'

/** The Actions toolkit's unescaping, as the runner reads a workflow command. */
function unescape(text: string): string {
  return text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

describe('github workflow command escaping', () => {
  it('escapes as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('sec-text/6.17/a,b:c%\n')).toBe('sec-text/6.17/a%2Cb%3Ac%25%0A')
  })

  it('round-trips any text, and escaped properties hold no separator', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('%', ':', ',', '\r', '\n', 'a', '2', 'C', '0', 'A', ' ')}), (text) => {
        expect(unescape(escapeProperty(text))).toBe(text)
        expect(unescape(escapeData(text))).toBe(text)
        expect(escapeProperty(text)).not.toMatch(/[:,\r\n]/)
        expect(escapeData(text)).not.toMatch(/[\r\n]/)
      }),
      {numRuns: 2000}
    )
  })
})

describe('junit XML escaping', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<a href="x">&\'</a>\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })
})
