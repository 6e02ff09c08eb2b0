import {describe, expect, it} from 'vitest'
import {createProgressLine, describeReadProgress} from '../../src/cli/progress-line.js'

/** A stand-in stream that records what is written; `isTTY` as given. */
function stream(isTTY: boolean): {isTTY: boolean; columns: number; written: string[]; write: (text: string) => void} {
  const written: string[] = []
  return {isTTY, columns: 40, written, write: (text) => void written.push(text)}
}

describe('the progress line', () => {
  it('draws in place on a terminal, at most every 100 ms, and clears itself', () => {
    const out = stream(true)
    let clock = 1000
    const line = createProgressLine(out, {}, () => clock)
    line.show('reading a.docx: 0 paragraphs (0%)')
    clock += 50
    line.show('skipped: too soon')
    clock += 60
    line.show('reading a.docx: 5000 paragraphs (50%)')
    line.clear()
    expect(out.written).toEqual(['\r\u001b[Kreading a.docx: 0 paragraphs (0%)', '\r\u001b[Kreading a.docx: 5000 paragraphs (50%)', '\r\u001b[K'])
  })

  it('fits the terminal width', () => {
    const out = stream(true)
    createProgressLine(out, {}, () => 0).show('x'.repeat(100))
    expect(out.written[0]).toBe(`\r\u001b[K${'x'.repeat(38)}…`)
  })

  it('draws nothing when standard error is not a terminal, under CI, or on a dumb terminal', () => {
    for (const [out, env] of [[stream(false), {}], [stream(true), {CI: 'true'}], [stream(true), {TERM: 'dumb'}]] as const) {
      const line = createProgressLine(out, env, () => 0)
      line.show('reading')
      line.clear()
      expect(out.written).toEqual([])
    }
  })

  it('clears nothing it never drew', () => {
    const out = stream(true)
    createProgressLine(out, {}, () => 0).clear()
    expect(out.written).toEqual([])
  })

  it('words what a reader reports', () => {
    expect(describeReadProgress({file: '/tmp/x/sec.docx', unit: 'paragraphs', done: 12000, fraction: 0.456})).toBe('reading sec.docx: 12000 paragraphs (45%)')
    expect(describeReadProgress({file: 'a.pdf', unit: 'pages', done: 3, total: 90, fraction: 3 / 90})).toBe('reading a.pdf: page 3 of 90')
  })
})
