import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'

/** Words broken over line ends with a hyphen, in a text file. Illustrative text, not SEC wording. */
const text = `Section G: Security
G3.1 Each illustrative Party shall keep a self-evidently complete record of the matters notified
to it under this Section.
G3.2 Each illustrative Party shall keep another record which is self-
evidently complete, and shall make it available to the Panel on request within five Work-
ing Days.
`

describe('redline import of words hyphenated over a line end', () => {
  it('keeps the hyphen of a word the document prints hyphenated, joins the others, and lists each with its place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-hyphen-'))
    writeFileSync(path.join(dir, 'hyphen.txt'), text)
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'hyphen.txt'), '--as', '9.83', '--report', 'report.txt'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 3, unplaced 0, dehyphenated 1, hyphens kept at a line end 1\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.83/section-g.md'), 'utf8')).toContain('**G3.2** Each illustrative Party shall keep another record which is self-evidently complete, and shall make it available to the Panel on request within five Working Days.\n')
    const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
    expect(report).toMatch(/hyphen kept \S*hyphen\.txt:4: "self-evidently" read "self-evidently" \(printed so elsewhere, unbroken\)/)
    expect(report).toMatch(/dehyphen {4}\S*hyphen\.txt:5: "Work-ing" read "Working"/)
  })
})
