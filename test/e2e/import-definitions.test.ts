import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {pandoc} from '../import/office.js'
import {documentXml} from '../annex/read-annex-formats.js'

/** The illustrative definitions corpus (test/fixtures/definitions-corpus: not SEC text), copied. */
const corpus = (): string => copyCorpus(path.join(repoRoot, 'test/fixtures/definitions-corpus'))

describe('import of a definitions list written from markdown by pandoc (illustrative fixture)', () => {
  it('reads each bold term followed by its meaning as a definition (with its sub-paragraphs and tail): --check equals the stored Section A', () => {
    const root = corpus()
    const docx = path.join(mkdtempSync(path.join(tmpdir(), 'redline-import-definitions-')), 'section-a.docx')
    const body = readFileSync(path.join(root, 'sec-text/1.0/section-a.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')
    pandoc(['-f', 'commonmark', '-t', 'docx', '-o', docx], body)
    const checked = runCli(['--root', root, 'import', docx, '--as', '1.0', '--check'])
    expect(checked.stderr).toMatch(/kept \d+, unplaced 0/)
    expect(checked.stdout).toContain('import equals sec-text/1.0/')
    expect(checked.status).toBe(0)
  })

  it('a bold word that opens an ordinary paragraph is not taken for a term', () => {
    const root = corpus()
    const docx = path.join(mkdtempSync(path.join(tmpdir(), 'redline-import-definitions-')), 'section-a.docx')
    const body = readFileSync(path.join(root, 'sec-text/1.0/section-a.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')
    pandoc(['-f', 'commonmark', '-t', 'docx', '-o', docx], body.replace('**A1.2** The Panel', '**A1.2** **Note** The Panel'))
    const checked = runCli(['--root', root, 'import', docx, '--as', '1.0', '--check'])
    expect(checked.status).toBe(1)
    expect(checked.stdout).toContain('A1.2')
    expect(checked.stdout).toContain('Note')
  })

  it('mod import reads a pandoc annex whose drafting sentences have curly quotes (Amend the definition of ‘Alert Window’) as it reads straight ones', () => {
    const root = corpus()
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-annex-definitions-'))
    const by = ' author="Drafter" date="2026-01-01T00:00:00Z"'
    const markdown = [
      "MP901 'Illustrative definitions change'",
      'These changes have been drafted against SEC Version 1.0.',
      "Section A 'Definitions and Interpretation'",
      "Amend the definition of 'Alert Window' as follows:",
      `- **Alert Window** means the illustrative period of [five]{.deletion${by}}[ten]{.insertion${by}} Working Days after an Alert is raised.`,
      "Delete the definition of 'Working Day'.",
      `- [**Working Day** means any day other than a Saturday, a Sunday or a bank holiday.]{.deletion${by}}`
    ].join('\n\n')
    // pandoc's markdown reader turns 'Alert Window' into ‘Alert Window’ (smart quotes) unless told not to.
    const smart = path.join(dir, 'smart.docx')
    const plain = path.join(dir, 'plain.docx')
    pandoc(['-f', 'markdown-fancy_lists', '-t', 'docx', '-o', smart], markdown)
    pandoc(['-f', 'markdown-fancy_lists-smart', '-t', 'docx', '-o', plain], markdown)
    expect(documentXml(readFileSync(smart))).toContain('‘')
    const legalTexts = [smart, plain].map((file, index) => {
      const id = `MP90${index + 1}`
      const imported = runCli(['--root', root, 'mod', 'import', file, '--id', id, '--base', '1.0'])
      expect(imported.stderr).not.toMatch(/Unexpected/)
      expect(imported.status).toBe(0)
      return readFileSync(path.join(root, `modifications/${id}/legal-text.md`), 'utf8')
    })
    expect(legalTexts[0]).toContain('- **Alert Window** means the illustrative period of {~~five~>ten~~} Working Days after an Alert is raised.\n')
    expect(legalTexts[0]).toContain('{--- **Working Day** means any day other than a Saturday, a Sunday or a bank holiday.--}')
    expect(legalTexts[0]).toBe(legalTexts[1])
  })

  it('mod import reads back an annex that shows each changed definition under its drafting sentence: the same legal text, and release gives 1.1', () => {
    const root = corpus()
    const legalText = readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')
    const out = mkdtempSync(path.join(tmpdir(), 'redline-annex-definitions-'))
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'docx', '--out', out]).status).toBe(0)
    rmSync(path.join(root, 'modifications/MP900'), {recursive: true})
    const imported = runCli(['--root', root, 'mod', 'import', path.join(out, 'MP900-annex-a.docx'), '--id', 'MP900', '--base', '1.0'])
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stderr).toContain('clauses: A1.1 amended, A1.2 amended')
    expect(readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')).toBe(legalText)
    expect(runCli(['--root', root, 'release', 'MP900', '--base', '1.0', '--as', '1.1-check']).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1-check/section-a.md'), 'utf8').replace('1.1-check', '1.1')).toBe(readFileSync(path.join(root, 'sec-text/1.1/section-a.md'), 'utf8'))
  })
})
