import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import {type DocxSegment, keepParagraphMarksApart, paragraphMark} from '../../src/render/docx-paragraph-marks.js'

const segment: fc.Arbitrary<DocxSegment> = fc.record({
  run: fc.record({type: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const), text: fc.constantFrom('', 'a', 'word ', ' and', '; and', '.', 'G3.20', '漢字 𝒳')}),
  bold: fc.boolean()
})

describe('keepParagraphMarksApart', () => {
  it('keeps both readings of every paragraph and its mark, and leaves no kept paragraph ending with the kind of change the next one starts with', () => {
    fc.assert(
      fc.property(fc.array(fc.array(segment, {maxLength: 5}), {maxLength: 6}), (paragraphs) => {
        const out = keepParagraphMarksApart(paragraphs)
        expect(out).toHaveLength(paragraphs.length)
        out.forEach((segments, index) => {
          const before = (paragraphs[index] ?? []).map((s) => s.run)
          const after = segments.map((s) => s.run)
          expect(acceptRuns(after)).toBe(acceptRuns(before))
          expect(rejectRuns(after)).toBe(rejectRuns(before))
          expect(paragraphMark(segments)).toBe(paragraphMark(paragraphs[index] ?? []))
          const next = out[index + 1]?.[0]?.run.type
          const last = segments[segments.length - 1]?.run.type
          if (next && next !== 'equal' && paragraphMark(segments) !== next && segments.length > 0 && paragraphMark(segments) === null) expect(last).not.toBe(next)
        })
      }),
      {numRuns: 2000}
    )
  })
})
