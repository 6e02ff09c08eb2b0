import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {pandoc} from '../import/office.js'

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
