import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {makeDocx, para, run, table} from '../import/make-docx.js'

/**
 * `mod import` on bad input (the list, on the annex side): each a clear message naming
 * the place, exit 2, no stack trace, nothing written under modifications/.
 */
const cases: Array<[string, Uint8Array | string, RegExp]> = [
  ['a file that is not a zip', 'just text', /annex\.docx: Unexpected file content: not a zip archive, expected a \.docx/],
  ['a zip that is not a Word document', zipSync({'a.txt': strToU8('x'), '[Content_Types].xml': strToU8('<Types/>')}), /annex\.docx: Unexpected zip archive without word\/document\.xml/],
  ['a Compound File too short to tell encrypted from legacy (the real encrypted document: import-encrypted.test.ts)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /annex\.docx: Unexpected encrypted or legacy Word file/],
  [
    'numbering numbering.xml does not define',
    makeDocx([para(run("MP900 'Illustrative'")), para(run("Section G 'Security'")), para(run('G3.19 Lead:') + `<w:ins w:id="9" w:author="A" w:date="2026-01-02T00:00:00Z"><w:r><w:t> new</w:t></w:r></w:ins>`), para(run('text'), {numId: 7})]),
    /annex\.docx: paragraph 4: Unexpected numbering w:numId 7, which word\/numbering\.xml does not define/
  ],
  [
    'a table it cannot place (merged cells)',
    makeDocx([para(run("MP900 'Illustrative'")), para(run("Section G 'Security'")), para(run('G3.19 Lead:') + `<w:ins w:id="9" w:author="A" w:date="2026-01-02T00:00:00Z"><w:r><w:t> new</w:t></w:r></w:ins>`), table([[[para(run('A'))], [para(run('B'))]], [[para(run('1'))], [para(run('2'))]]], (row) => (row === 1 ? '<w:vMerge/>' : ''))]),
    /annex\.docx: paragraph 6: Unexpected merged cells in the table after G3\.19, row 2 \(a cell merged with the one above or below\), expected one cell per row and column/
  ]
]

describe('redline mod import: bad input', () => {
  for (const [what, data, message] of cases) {
    it(`refuses ${what}: exit 2, the place named, nothing written`, () => {
      const root = copyCorpus()
      const before = readdirSync(path.join(root, 'modifications')).sort()
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-mod-import-bad-')), 'annex.docx')
      writeFileSync(file, data)
      const result = runCli(['mod', 'import', file, '--id', 'MP900', '--base', '6.17'], {cwd: root})
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(result.status).toBe(2)
      expect(readdirSync(path.join(root, 'modifications')).sort()).toEqual(before)
    })
  }
})
