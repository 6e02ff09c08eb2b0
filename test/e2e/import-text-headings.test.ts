import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * A Part heading directly over a cross-heading, in text extracted from a PDF LibreOffice wrote
 * (pdftotext, with and without -layout): two headings, never one paragraph. Illustrative text, not
 * SEC wording.
 */
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>
<h1>Section G: Illustrative Headings</h1>
<h2>G3 Illustrative Part</h2>
<h3>Illustrative Cross-Heading</h3>
<p>G3.1 Each illustrative Party shall give the Panel notice of each illustrative matter that arises under this Section.</p>
<h3>Another Illustrative Cross-Heading</h3>
<p>G3.2 The Panel shall publish each notice it receives under this Section.</p>
<h2>G4 Another Illustrative Part</h2>
<p>G4.1 A clause under a Part heading without a cross-heading.</p>
</body></html>`

const expected = `---
section: "G"
title: "Illustrative Headings"
version: "9.7"
---

# Section G: Illustrative Headings

## G3 Illustrative Part

### Illustrative Cross-Heading

**G3.1** Each illustrative Party shall give the Panel notice of each illustrative matter that arises under this Section.

### Another Illustrative Cross-Heading

**G3.2** The Panel shall publish each notice it receives under this Section.

## G4 Another Illustrative Part

**G4.1** A clause under a Part heading without a cross-heading.
`

describe('redline import of a Part heading over a cross-heading in text (pdftotext of a PDF LibreOffice wrote)', () => {
  const {dir, pdf} = pdfByLibreOffice(html, 'headings')
  for (const layout of [false, true]) {
    it(`keeps them two paragraphs${layout ? ' (pdftotext -layout)' : ''}`, () => {
      const text = path.join(dir, `headings${layout ? '-layout' : ''}.txt`)
      expect(spawnSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, text], {encoding: 'utf8'}).status).toBe(0)
      // The premise: the Part heading's line stands directly over the cross-heading's.
      expect(readFileSync(text, 'utf8')).toMatch(/G3 Illustrative Part\n+ *Illustrative Cross-Heading\n/)
      const root = copyCorpus()
      const result = runCli(['import', text, '--as', '9.7', '--report', 'report.txt'], {cwd: root})
      expect(result.stderr).toContain('unplaced 0')
      expect(result.status).toBe(0)
      expect(readFileSync(path.join(root, 'sec-text/9.7/section-g.md'), 'utf8')).toBe(expected)
      const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
      expect(report).toMatch(/kept +\S+\.txt:\d+[^→\n]* → part G3: "G3 Illustrative Part"\n +kept +\S+\.txt:\d+[^→\n]* → cross-heading: "Illustrative Cross-Heading"/)
    })
  }
})
