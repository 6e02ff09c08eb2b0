import fc from 'fast-check'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {causeMessage, CheckMessage} from '../../src/check/check-message.js'
import type {CheckReport} from '../../src/check/check-versions.js'
import {stylish} from '../../src/check/reporters/stylish.js'

/** Reasons and notes with what the layout treats apart: code spans, wide and combining characters, line breaks, trailing spaces. */
const text = fc.string({unit: fc.constantFrom('a', 'B', ' ', '`', '``', "'", '…', '’', '“', '中', 'é', 'e\u0301', '\t', '\n', '\r\n', '\r', '😀', '.', '(', ')'), maxLength: 30})
const point = fc.record({line: fc.integer({min: 1, max: 40}), column: fc.integer({min: 1, max: 6})})
const messageArbitrary = fc.record({
  reason: text,
  file: fc.constantFrom('sec-text/1.0/section-g.md', 'sec-text/1.0/section-a.md', 'sec-text/1.1/appendix-ab.md', 'sec-text/1.0/sectión-ü.md'),
  place: fc.option(fc.oneof(point, fc.record({start: point, end: point})), {nil: undefined}),
  ruleId: fc.constantFrom('cross-references', 'defined-terms', 'numbering'),
  fatal: fc.boolean(),
  cause: fc.option(fc.record({reason: text, place: point}), {nil: undefined}),
  url: fc.option(fc.constantFrom('https://example.test/rules#numbering'), {nil: undefined}),
  note: fc.option(text, {nil: undefined})
})

type Generated = typeof messageArbitrary extends fc.Arbitrary<infer T> ? T : never

function checkMessage(m: Generated): CheckMessage {
  const message = new CheckMessage(m.reason, {place: m.place, ruleId: m.ruleId, source: 'sec-redline', cause: m.cause ? causeMessage(m.cause.reason, {file: m.file, start: m.cause.place}) : undefined})
  message.file = m.file
  message.fatal = m.fatal
  if (m.url !== undefined) message.url = m.url
  if (m.note !== undefined) message.note = m.note
  return message
}

/** The report as vfile-reporter writes it: the layout stylish keeps, byte for byte. */
function byVfileReporter(report: CheckReport, options: {color: boolean; verbose: boolean}): string {
  const files = new Map<string, VFile>()
  for (const message of report.messages) {
    const path = message.file ?? ''
    const file = files.get(path) ?? new VFile({path})
    files.set(path, file)
    file.messages.push(message)
  }
  return files.size === 0 ? '' : reporter([...files.values()], options)
}

describe('the stylish reporter', () => {
  it('writes what vfile-reporter writes, in colour or not, verbose or not', () => {
    fc.assert(
      fc.property(fc.array(messageArbitrary, {maxLength: 12}), fc.boolean(), fc.boolean(), (messages, color, verbose) => {
        const report: CheckReport = {versions: ['1.0'], rules: [], config: null, messages: messages.map(checkMessage)}
        expect(stylish(report, {color, verbose})).toBe(byVfileReporter(report, {color, verbose}))
      }),
      {numRuns: 1500}
    )
  })
})
