/**
 * `redline import` of plain text holding a Schedule and an Appendix whose parts are numbered in
 * their own scheme, without a letter ("1 Introduction", "2 Definitions"): read as parts of those
 * documents, through the real CLI on a copy of the corpus. Illustrative text, not SEC wording
 * (test/import/fixtures/appendix-schedule-parts.txt).
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'

const fixture = readFileSync(path.join(repoRoot, 'test/import/fixtures/appendix-schedule-parts.txt'), 'utf8')

const schedule = `---
schedule: "11"
title: "Illustrative Applicability"
version: "9.7"
---

# Schedule 11: Illustrative Applicability

## 1 Introduction

**1.1** This illustrative Schedule sets out which illustrative matters apply to each Party.

**1.2** Each Party shall read this illustrative Schedule.

## 2 Illustrative Obligations

### Notices

**2.1** Each Party shall give notice of each illustrative matter within 15 Working Days of the day on which it arises, and shall:

- (a) send the notice to the Panel; and
- (b) keep a copy of the notice.

**2.2** The Panel shall publish each notice.
`

const appendix = `---
appendix: "AB"
title: "Illustrative Request Processing Document"
version: "9.7"
---

# Appendix AB: Illustrative Request Processing Document

## 1 Scope

**1.1** This illustrative Appendix applies to each Party.

## 2 Definitions

**2.1** In this illustrative Appendix, words have the meanings given in Section G.
`

describe('redline import of plain text: Schedule and Appendix parts numbered in their own scheme (illustrative)', () => {
  for (const [name, text] of [['paragraphs apart', fixture], ['no blank lines', fixture.replace(/\n\n/g, '\n')]] as const) {
    it(`reads "1 Introduction" as part Sch11:1 and "2 Definitions" as part AB:2 (${name})`, () => {
      const root = copyCorpus()
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-import-own-numbering-')), 'documents.txt')
      writeFileSync(file, text)
      const result = runCli(['import', file, '--as', '9.7', '--report', 'report.json'], {cwd: root})
      expect(result.status, result.stderr).toBe(0)
      const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{counts: Record<string, number>; paragraphs: Array<{target?: string}>}>}
      expect(report.sources[0]?.counts.unplaced).toBe(0)
      expect(report.sources[0]?.paragraphs.map((p) => p.target).filter((target) => target?.startsWith('part'))).toEqual(['part G1', 'part Sch11:1', 'part Sch11:2', 'part AB:1', 'part AB:2'])
      expect(readFileSync(path.join(root, 'sec-text/9.7/schedule-11.md'), 'utf8')).toBe(schedule)
      expect(readFileSync(path.join(root, 'sec-text/9.7/appendix-ab.md'), 'utf8')).toBe(appendix)
      expect(readFileSync(path.join(root, 'sec-text/9.7/section-g.md'), 'utf8')).toContain('## G1 Illustrative Part\n\n**G1.1** This illustrative Section applies to each Party.\n')
    })
  }
})
