import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/corpus/corpus.js'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {del, ins, makeDocx, para, run} from '../import/make-docx.js'
import {pandoc, sofficeConvert} from '../import/office.js'

const mp087LegalText = readFileSync(path.join(repoRoot, 'modifications/MP087/legal-text.md'), 'utf8')

/** A corpus copy without MP087, and MP087's Word annex written by our annex writer. */
function withoutMp087(): {root: string; annex: string} {
  const root = copyCorpus()
  const out = mkdtempSync(path.join(tmpdir(), 'redline-annex-'))
  expect(runCli(['annex', 'MP087', '--format', 'docx', '--out', out], {cwd: root}).status).toBe(0)
  rmSync(path.join(root, 'modifications/MP087'), {recursive: true})
  return {root, annex: path.join(out, 'MP087-annex-a.docx')}
}

const g320 = openCorpus(repoRoot).version('6.17').sections[0]?.parts.flatMap((p) => p.groups.flatMap((g) => g.clauses)).find((c) => c.id === 'G3.20')
if (!g320) throw new Error('G3.20 missing from the sample corpus')
const [g320a, g320b] = g320.items
const INSERT = ' which forms part of a SMETS2+ Device'
const [bBefore = '', bAfter = ''] = (g320b?.text ?? '').split(/(?<=Gas Proxy Function)/)

describe('redline mod import', () => {
  it("reads MP087's Word annex (our writer) back into the same legal text, ID, title and base from the cover", () => {
    const {root, annex} = withoutMp087()
    const result = runCli(['mod', 'import', annex], {cwd: root})
    expect(result.stderr).toBe(`read ${annex}: 1 insertion, 0 deletions\n  authors: SECAS\n  clauses: G3.20 amended\n`)
    expect(result.stdout).toBe('wrote modifications/MP087/ (MP087 against 6.17)\n')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8')).toBe(mp087LegalText)
    expect(readFileSync(path.join(root, 'modifications/MP087/modification.md'), 'utf8')).toContain('title: "Correction to SEC Section G – User Responsibilities"\nkind: "modification"\nbase: "6.17"')
    expect(runCli(['release', 'MP087', '--base', '6.17', '--as', '6.21-check'], {cwd: root}).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/6.21-check/section-g.md'), 'utf8').replace('6.21-check', '6.21')).toBe(readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8'))
  })

  it('reads the annex after LibreOffice opened and re-saved it, and a colour-marked and a pandoc-written annex, to the same legal text', () => {
    const {root, annex} = withoutMp087()
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-mod-import-'))
    // Colour marks, no tracked changes: the insertion underlined in blue; a comment to be ignored.
    const colour = path.join(dir, 'colour.docx')
    writeFileSync(colour, makeDocx([
      para(run("MP087 'Correction to SEC Section G – User Responsibilities'")),
      para(run('These changes have been drafted against SEC Version 6.17.')),
      para(run("Section G 'Security'")),
      para(run('Manufacturers: Duty to Notify and Be Notified'), {style: 'Heading3'}),
      para(run(`G3.20 ${g320?.text ?? ''}`), {indent: 720}),
      para(run(`(a) ${g320a?.text ?? ''}`), {indent: 1440}),
      para(run(`(b) ${bBefore}`) + run(INSERT, '<w:color w:val="0000FF"/><w:u w:val="single"/>') + run(bAfter), {indent: 1440}),
      para(run(g320?.tail ?? ''), {indent: 720})
    ], {comments: '<w:comment w:id="0" w:author="Reviewer"><w:p><w:r><w:t>Check this</w:t></w:r></w:p></w:comment>'}))
    // pandoc's docx writer: tracked changes from insertion and deletion spans (two authors).
    const viaPandoc = path.join(dir, 'pandoc.docx')
    const markdown = [
      "MP087 'Correction to SEC Section G – User Responsibilities'",
      'These changes have been drafted against SEC Version 6.17.',
      "Section G 'Security'",
      `G3.20 ${g320?.text ?? ''}`,
      `(a) ${g320a?.text ?? ''}`,
      // pandoc trims the spaces at the ends of a span, so the change replaces the word before the insertion.
      `(b) ${bBefore.replace(/Function$/, '')}[Function]{.deletion author="Drafter B" date="2019-10-04T00:00:00Z"}[Function${INSERT}]{.insertion author="Drafter A" date="2019-10-04T00:00:00Z"}${bAfter}`,
      g320?.tail ?? ''
    ].join('\n\n')
    pandoc(['-f', 'markdown-fancy_lists-smart', '-t', 'docx', '-o', viaPandoc], markdown)
    sofficeConvert([annex], 'docx:MS Word 2007 XML', path.join(dir, 'libreoffice'))
    for (const [file, read] of [
      [path.join(dir, 'libreoffice/MP087-annex-a.docx'), '1 insertion, 0 deletions\n  authors: SECAS'],
      [colour, '1 insertion, 0 deletions (colour marks)\n  authors: none recorded'],
      [viaPandoc, '1 insertion, 1 deletion\n  authors: Drafter B, Drafter A']
    ] as const) {
      rmSync(path.join(root, 'modifications/MP087'), {recursive: true, force: true})
      const result = runCli(['mod', 'import', file], {cwd: root})
      expect(result.stderr).toContain(`read ${file}: ${read}`)
      expect(result.status).toBe(0)
      expect(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8')).toBe(mp087LegalText)
    }
    expect(runCli(['mod', 'import', colour, '--id', 'MP087-colour'], {cwd: root}).stderr).toContain('comments ignored: 1')
  })

  it('reads changes that LibreOffice recorded as tracked changes through its UNO API (python3-uno)', () => {
    const {root} = withoutMp087()
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-uno-'))
    // The drafter's copy: Section G of 6.17 as pandoc writes it to Word; the edit made in Writer with Record Changes on.
    const section = readFileSync(path.join(root, 'sec-text/6.17/section-g.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')
    pandoc(['-f', 'commonmark', '-t', 'docx', '-o', path.join(dir, 'g.docx')], section)
    writeFileSync(path.join(dir, 'edits.json'), JSON.stringify([{find: 'Gas Proxy Function) for which it is the Responsible Supplier,', insert: INSERT, at: 'Gas Proxy Function'.length}]))
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
    const script = path.join(repoRoot, 'test/import/uno/track-changes.py')
    const uno = spawnSync(python, [script, path.join(dir, 'g.docx'), path.join(dir, 'tracked.docx'), path.join(dir, 'profile'), path.join(dir, 'edits.json')], {encoding: 'utf8', timeout: 120_000})
    expect(uno.stderr).toBe('')
    expect(uno.status).toBe(0)
    const result = runCli(['mod', 'import', path.join(dir, 'tracked.docx'), '--id', 'MP087', '--base', '6.17'], {cwd: root})
    expect(result.stderr).toContain(': 1 insertion, 0 deletions\n  authors: Unknown Author\n  clauses: G3.20 amended')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8')).toBe(mp087LegalText)
  })

  it('refuses an annex whose text with changes rejected differs from the stated base: the Word paragraph and the word, nothing written', () => {
    const {root, annex} = withoutMp087()
    const result = runCli(['mod', 'import', annex, '--base', '5.19', '--id', 'MP087-on-5.19'], {cwd: root})
    expect(result.stderr).toBe(`redline: ${annex}: paragraph 13: Unexpected text of G3.17(b) with every change rejected: after " Gas Proxy Function" the modification has " which forms part…", expected ") for which …" as in version 5.19 (word 33)\n`)
    expect(result.status).toBe(2)
    expect(existsSync(path.join(root, 'modifications/MP087-on-5.19'))).toBe(false)
  })

  it('refuses a tracked change inside a clause number, and a document without changes', () => {
    const root = copyCorpus()
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-mod-import-'))
    const renumbered = path.join(dir, 'renumbered.docx')
    writeFileSync(renumbered, makeDocx([para(run("MP900 'Illustrative'")), para(run("Section G 'Security'")), para(run('G3.2') + ins('1') + del('0') + run(' Text.'))]))
    const result = runCli(['mod', 'import', renumbered, '--base', '6.17'], {cwd: root})
    expect(result.stderr).toBe(`redline: ${renumbered}: paragraph 3: Unexpected tracked change inside the clause number G3.20 → G3.21, expected a clause number changed only by deleting the clause and inserting the renumbered one\n`)
    expect(result.status).toBe(2)
    const unchanged = path.join(dir, 'unchanged.docx')
    writeFileSync(unchanged, makeDocx([para(run("MP900 'Illustrative'")), para(run("Section G 'Security'")), para(run('G3.19 Text.'))]))
    const none = runCli(['mod', 'import', unchanged, '--base', '6.17'], {cwd: root})
    expect(none.stderr).toContain('Unexpected document without tracked changes or colour marks')
    expect(none.status).toBe(2)
    expect(existsSync(path.join(root, 'modifications/MP900'))).toBe(false)
  })
})
