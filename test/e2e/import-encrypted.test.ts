import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {sofficeConvert} from '../import/office.js'

/**
 * A password-protected Word document that LibreOffice wrote (test/import/uno/encrypt-docx.py saved
 * MP087's annex with the password "redline": ECMA-376 Standard encryption in a Compound File), and
 * a legacy .doc that LibreOffice wrote: `import` and `mod import` say what the file is and what to
 * do, exit 2, and write nothing.
 */
const encrypted = path.join(repoRoot, 'test/import/fixtures/encrypted-annex.docx')

describe('redline import and mod import of an encrypted Word document (LibreOffice wrote it)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-encrypted-'))
  const html = path.join(dir, 'legacy.html')
  writeFileSync(html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>Section G 'Security'</p><p>G3.1 Illustrative clause text.</p></body></html>")
  sofficeConvert([html], 'doc:MS Word 97', dir)
  const legacy = path.join(dir, 'legacy.doc')

  const commands: Array<[string, (file: string) => string[]]> = [
    ['import', (file) => ['import', file, '--as', '9.9']],
    ['mod import', (file) => ['mod', 'import', file, '--id', 'MP901', '--base', '6.17']]
  ]
  for (const [name, args] of commands) {
    it(`${name} refuses the password-protected document: what it is and what to do, exit 2, nothing written`, () => {
      const root = copyCorpus()
      const before = [readdirSync(path.join(root, 'sec-text')).sort(), readdirSync(path.join(root, 'modifications')).sort()]
      const result = runCli(args(encrypted), {cwd: root})
      expect(result.stderr).toBe(`redline: ${encrypted}: Unexpected password-protected Word document (its content is encrypted), expected a .docx without a password: open it, remove the password (Word: File › Info › Protect Document; LibreOffice: File › Properties › Security) and save it again\n`)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect([readdirSync(path.join(root, 'sec-text')).sort(), readdirSync(path.join(root, 'modifications')).sort()]).toEqual(before)
      expect(existsSync(path.join(root, 'modifications/MP901'))).toBe(false)
    })

    it(`${name} refuses a legacy .doc (a Compound File too), saying to save it as .docx`, () => {
      const root = copyCorpus()
      const result = runCli(args(legacy), {cwd: root})
      expect(result.stderr).toMatch(/legacy\.doc: Unexpected legacy Word document \(\.doc, a Compound File\), expected a \.docx: open it and save it as Word Document \(\.docx\)\n$/)
      expect(result.status).toBe(2)
    })
  }
})
