import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/errors.js'
import {decodeUtf8} from '../../src/read/read-text.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('strict UTF-8 decoding', () => {
  it('gives back every string exactly (no BOM at the start)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        fc.pre(!text.startsWith('\uFEFF'))
        expect(decodeUtf8(encode(text), 'f')).toBe(text)
      })
    )
  })

  it('refuses any byte array the lenient decoder would repair, never returning a replaced text', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
        const lenient = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
        const valid = new TextEncoder().encode(lenient).length === bytes.length && encode(lenient).every((b, i) => b === bytes[i])
        const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        if (valid && !hasBom) expect(decodeUtf8(bytes, 'f')).toBe(lenient)
        else expect(() => decodeUtf8(bytes, 'f')).toThrow(InputError)
      }),
      {numRuns: 2000}
    )
  })

  it('names the line, the column (in characters) and the bytes of the first bad sequence', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 40}), fc.constantFrom([0xff], [0xfe, 0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80]), (before, after, bad) => {
        fc.pre(!before.startsWith('\uFEFF'))
        const bytes = new Uint8Array([...encode(before), ...bad, ...encode(`\n${after}`)])
        const lines = before.split('\n')
        const place = `f:${lines.length}:${(lines[lines.length - 1] ?? '').length + 1}`
        const hex = bad.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')
        let message = ''
        try {
          decodeUtf8(bytes, 'f')
        } catch (error) {
          message = (error as Error).message
        }
        expect(message.startsWith(`${place}: Invalid UTF-8: bytes ${hex}`), message).toBe(true)
      })
    )
  })

  it('refuses a byte order mark at 1:1', () => {
    expect(() => decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.md')).toThrow(/^a\.md:1:1: Unexpected byte order mark/)
  })
})
