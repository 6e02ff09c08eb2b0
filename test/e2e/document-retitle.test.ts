/**
 * A document retitled through the real CLI on a copy of the corpus: `mod new --from` a Section G
 * whose title changed (illustrative titles, not SEC wording) → `release` gives the drafter's file;
 * the annex in every format (Word judged by LibreOffice's Accept All / Reject All); amending
 * instructions applied back; `mod import` of the Word annex; diff, history, rebase and patch.
 */
import {cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli, type CliResult} from '../helpers/cli.js'
import {readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

const NEW_TITLE = 'Security and Illustrative Matters'

function succeeds(root: string, ...args: string[]): CliResult {
  const result = runCli(['--root', root, '--no-color', ...args])
  expect(result.stderr, args.join(' ')).not.toMatch(/Unexpected|Error/)
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** The latest section file retitled (frontmatter and heading), with one clause's word changed too when `words`. */
function retitled(text: string, title: string, words = false): string {
  const edited = text.replace(/^title: "Security"$/m, `title: "${title}"`).replace(/^# Section G: Security$/m, `# Section G: ${title}`)
  return words ? edited.replace('material security vulnerability in', 'material security weakness in') : edited
}

/** A copy of the corpus with MPT1 drafted from a retitled Section G (and one word changed) against 6.21. */
function drafted(): {root: string; edited: string} {
  const root = copyCorpus()
  const edited = retitled(readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8'), NEW_TITLE, true)
  writeFileSync(path.join(root, 'edited-g.md'), edited)
  const made = succeeds(root, 'mod', 'new', 'MPT1', '--from', path.join(root, 'edited-g.md'), '--title', 'Illustrative retitle', '--date', '2026-01-01')
  expect(made.stdout).toContain('Section G retitled')
  return {root, edited}
}

describe('a Section retitled by a change record (sample corpus copy, illustrative titles)', () => {
  it('mod new --from writes the retitle as marks on the title line; release gives the drafter\'s file; verify proves it', () => {
    const {root, edited} = drafted()
    const legal = readFileSync(path.join(root, 'modifications/MPT1/legal-text.md'), 'utf8')
    expect(legal.split('\n')[0]).toBe('# Section G: Security{++ and Illustrative Matters++}')
    succeeds(root, 'release', '--base', '6.21', '--as', '6.22', 'MPT1')
    expect(readFileSync(path.join(root, 'sec-text/6.22/section-g.md'), 'utf8')).toBe(edited.replace('version: "6.21"', 'version: "6.22"'))
    succeeds(root, 'verify')
    expect(succeeds(root, 'apply', 'MPT1').stdout).toContain(`Section G: ${NEW_TITLE}`)
  })

  it('diff reports "document retitled" in every format, and history G names the record', () => {
    const {root} = drafted()
    succeeds(root, 'release', '--base', '6.21', '--as', '6.22', 'MPT1')
    const diff = (format: string): string => succeeds(root, 'diff', '6.21', '6.22', '--format', format).stdout
    expect(diff('term')).toContain('document retitled G: Security[+ and Illustrative Matters+]')
    expect(diff('md')).toContain('- document retitled, Section G: Security<ins> and Illustrative Matters</ins>')
    expect(diff('html')).toContain('<li>document retitled, Section G: Security<ins> and Illustrative Matters</ins></li>')
    const json = JSON.parse(diff('json')) as {headings: unknown[]}
    expect(json.headings).toContainEqual(expect.objectContaining({kind: 'changed', level: 'document-title', section: 'G', part: null, firstClause: null, before: 'Security', after: NEW_TITLE}))
    const history = succeeds(root, 'history', 'G').stdout
    expect(history).toContain('6.22  amended from 6.21 by MPT1 (modification) "Illustrative retitle"\ntitle: Security[+ and Illustrative Matters+]\nclauses: G3.17 amended')
  })

  it('the annex in every format, instructions applied back, the Word annex imported back as the same record', () => {
    const {root} = drafted()
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPT1', '--format', 'all', '--out', out)
    // The document's heading names it as it stands (Annex A is drafted against the old version); the retitle is redlined under it.
    expect(succeeds(root, 'annex', 'MPT1').stdout).toContain('Section G ‘Security’\nAmend the title of Section G as follows:\nTitle: Security[+ and Illustrative Matters+]')
    expect(readFileSync(path.join(out, 'MPT1-annex-a.md'), 'utf8')).toContain('## Section G ‘Security’\n\n_Amend the title of Section G as follows:_\n\n### Title: Security<ins> and Illustrative Matters</ins>')
    expect(readFileSync(path.join(out, 'MPT1-annex-a.html'), 'utf8')).toMatch(/<h2>Section G ‘Security’<\/h2>[\s\S]*Amend the title of Section G as follows:[\s\S]*Title: Security<ins[^>]*> and Illustrative Matters<\/ins>/)
    const pdf = spawnSync('pdftotext', ['-layout', path.join(out, 'MPT1-annex-a.pdf'), '-'], {encoding: 'utf8'})
    expect(pdf.stdout.replace(/\s+/g, ' ')).toContain('Section G ‘Security’ Amend the title of Section G as follows: Title: Security and Illustrative Matters')
    expect(pdf.stdout).not.toContain(`Section G ‘${NEW_TITLE}’`)
    const instructions = readFileSync(path.join(out, 'MPT1-instructions.txt'), 'utf8')
    expect(instructions).toContain(`1. For the title of Section G "Security" substitute "${NEW_TITLE}".`)
    const byInstructions = succeeds(root, 'apply', 'MPT1', '--instructions', path.join(out, 'MPT1-instructions.txt'), '--format', 'md').stdout
    expect(byInstructions).toContain(`# Section G: ${NEW_TITLE}`)
    // Instructions naming another title than the base's are refused at their line.
    writeFileSync(path.join(out, 'wrong.txt'), instructions.replace('"Security" substitute', '"Safety" substitute'))
    const wrong = runCli(['--root', root, 'apply', 'MPT1', '--instructions', path.join(out, 'wrong.txt')])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/wrong\.txt:4:1: Unexpected title "Safety" of Section G, expected its title "Security"/)
    succeeds(root, 'mod', 'import', path.join(out, 'MPT1-annex-a.docx'), '--id', 'MPT2')
    expect(readFileSync(path.join(root, 'modifications/MPT2/legal-text.md'), 'utf8')).toBe(readFileSync(path.join(root, 'modifications/MPT1/legal-text.md'), 'utf8'))
  })

  it.runIf(runLibreOfficeTests)('the Word annex: LibreOffice\'s Accept All reads the new title, Reject All the old', () => {
    const {root} = drafted()
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPT1', '--format', 'docx', '--out', out)
    const [reading] = readWithLibreOffice([path.join(out, 'MPT1-annex-a.docx')])
    const texts = (paragraphs: Array<{text: string}>): string[] => paragraphs.map((p) => p.text)
    expect(texts(reading?.accept ?? [])).toEqual(expect.arrayContaining(['Amend the title of Section G as follows:', `Title: ${NEW_TITLE}`]))
    expect(texts(reading?.reject ?? [])).toEqual(expect.arrayContaining(['Amend the title of Section G as follows:', 'Title: Security']))
    expect(texts(reading?.reject ?? [])).not.toContain(`Title: ${NEW_TITLE}`)
    // The document's heading names the document as it stands, in both readings: it is not part of the change.
    for (const body of [reading?.accept ?? [], reading?.reject ?? []]) {
      expect(texts(body)).toContain('Section G ‘Security’')
      expect(texts(body)).not.toContain(`Section G ‘${NEW_TITLE}’`)
    }
  })

  it('rebase: a conflict when both sides retitle differently, resolved by marking the title line; the same title on both sides is dropped', () => {
    const {root} = drafted()
    succeeds(root, 'release', '--base', '6.21', '--as', '6.22', 'MPT1')
    const base = readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8')
    writeFileSync(path.join(root, 'other.md'), retitled(base, 'Security Matters').replace('Each User shall, wherever', 'Each User shall, where'))
    succeeds(root, 'mod', 'new', 'MPT3', '--base', '6.21', '--from', path.join(root, 'other.md'), '--date', '2026-01-01')
    const conflict = runCli(['--root', root, 'rebase', 'MPT3', '--onto', '6.22', '--write'])
    expect(conflict.status).toBe(1)
    expect(conflict.stderr).toContain('Conflict in Section G: MPT3 and 6.22 both change the title of Section G, expected changes to different words')
    const legal = path.join(root, 'modifications/MPT3/legal-text.md')
    const written = readFileSync(legal, 'utf8')
    expect(written).toMatch(/^# Section G: Security and Illustrative Matters\n\n<<<<<<< conflict in the title of Section G: MPT3 and 6\.22 both change these words\. Write MPT3's change into the title line above/)
    expect(runCli(['--root', root, 'verify']).status).toBe(1)
    // Resolved: the block deleted, MPT3's title marked against 6.22's.
    writeFileSync(legal, written.replace(/<<<<<<< conflict[\s\S]*?>>>>>>> end of conflict\n\n/, '').replace('# Section G: Security and Illustrative Matters', '# Section G: Security {~~and Illustrative Matters~>Matters~~}'))
    succeeds(root, 'verify')
    succeeds(root, 'release', '--base', '6.22', '--as', '6.23', 'MPT3')
    expect(readFileSync(path.join(root, 'sec-text/6.23/section-g.md'), 'utf8')).toMatch(/^title: "Security Matters"$[\s\S]*^# Section G: Security Matters$/m)
    // The same retitle as 6.22's: nothing left of it after the rebase.
    writeFileSync(path.join(root, 'same.md'), retitled(base, NEW_TITLE).replace('Each User shall, wherever', 'Each User shall, where'))
    succeeds(root, 'mod', 'new', 'MPT4', '--base', '6.21', '--from', path.join(root, 'same.md'), '--date', '2026-01-01')
    expect(succeeds(root, 'rebase', 'MPT4', '--onto', '6.22').stdout.split('\n')[0]).toBe(`# Section G: ${NEW_TITLE}`)
  })

  it('two records retitling one Section differently are a release conflict (exit 1), nothing written', () => {
    const {root} = drafted()
    const base = readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8')
    writeFileSync(path.join(root, 'other.md'), retitled(base, 'Security Matters'))
    succeeds(root, 'mod', 'new', 'MPT5', '--base', '6.21', '--from', path.join(root, 'other.md'), '--date', '2026-01-01')
    const release = runCli(['--root', root, 'release', '--base', '6.21', '--as', '6.22', 'MPT1', 'MPT5'])
    expect(release.status).toBe(1)
    expect(release.stderr).toContain('Conflict in Section G: MPT1 and MPT5 both change the title of Section G')
    expect(existsSync(path.join(root, 'sec-text/6.22'))).toBe(false)
  })

  it('patch --as gives, through git apply, the files release writes', () => {
    const {root} = drafted()
    const patch = succeeds(root, 'patch', 'MPT1', '--as', '6.22').stdout
    const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-retitle-git-'))
    cpSync(path.join(root, 'sec-text'), path.join(work, 'sec-text'), {recursive: true})
    spawnSync('git', ['init', '-q'], {cwd: work})
    const applied = spawnSync('git', ['apply'], {cwd: work, input: patch, encoding: 'utf8'})
    expect(applied.stderr).toBe('')
    succeeds(root, 'release', '--base', '6.21', '--as', '6.22', 'MPT1')
    expect(readFileSync(path.join(work, 'sec-text/6.22/section-g.md'), 'utf8')).toBe(readFileSync(path.join(root, 'sec-text/6.22/section-g.md'), 'utf8'))
  })

  it('a legal text whose title marks change the document\'s name is refused at its line (exit 2)', () => {
    const {root} = drafted()
    const legal = path.join(root, 'modifications/MPT1/legal-text.md')
    writeFileSync(legal, readFileSync(legal, 'utf8').replace('# Section G: Security{++ and Illustrative Matters++}', '# Section {~~G~>H~~}: Security'))
    const refused = runCli(['--root', root, 'apply', 'MPT1'])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/legal-text\.md:1:1: Unexpected Section H with marks accepted but Section G with marks rejected, expected one document/)
    writeFileSync(legal, readFileSync(legal, 'utf8').replace('# Section {~~G~>H~~}: Security', '# Section G: {~~Safety~>Security~~}'))
    const mismatch = runCli(['--root', root, 'apply', 'MPT1'])
    expect(mismatch.status).toBe(2)
    expect(mismatch.stderr).toMatch(/legal-text\.md:1:1: Context mismatch in the title of Section G with marks rejected: "Safety", expected "Security" as in version 6.21/)
  })
})

describe('an Appendix and a Schedule retitled in one record (test/fixtures/appendices-corpus, illustrative)', () => {
  it('mod new --from an edited version folder, annex and instructions, apply --instructions, mod import and release all carry both retitles', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-retitle-documents-'))
    cpSync(path.join(repoRoot, 'test/fixtures/appendices-corpus'), root, {recursive: true})
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    const rewrite = (file: string, from: string, to: string): string => {
      const text = readFileSync(path.join(edited, file), 'utf8').replace(`title: "${from}"`, `title: "${to}"`).replace(`: ${from}\n`, `: ${to}\n`)
      writeFileSync(path.join(edited, file), text)
      return text
    }
    const ab = rewrite('appendix-ab.md', 'Illustrative Request Processing Document', 'Illustrative Request Handling Document')
    const sch = rewrite('schedule-11.md', 'Illustrative Applicability', 'Illustrative Applicability (Transitional)')
    const made = succeeds(root, 'mod', 'new', 'MX', '--from', edited, '--date', '2026-01-01')
    expect(made.stdout).toContain('Schedule 11 retitled, Appendix AB retitled')
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MX', '--format', 'all', '--out', out)
    // Each document's heading names it by its old title, in every format; the retitle is redlined under it.
    expect(succeeds(root, 'annex', 'MX').stdout).toContain('Schedule 11 ‘Illustrative Applicability’\nAmend the title of Schedule 11 as follows:\nTitle: Illustrative Applicability[+ (Transitional)+]')
    expect(readFileSync(path.join(out, 'MX-annex-a.md'), 'utf8')).toContain('## Appendix AB ‘Illustrative Request Processing Document’\n\n_Amend the title of Appendix AB as follows:_')
    expect(readFileSync(path.join(out, 'MX-annex-a.html'), 'utf8')).toContain('<h2>Schedule 11 ‘Illustrative Applicability’</h2>')
    const instructions = readFileSync(path.join(out, 'MX-instructions.txt'), 'utf8')
    expect(instructions).toContain('For the title of Schedule 11 "Illustrative Applicability" substitute "Illustrative Applicability (Transitional)".')
    expect(instructions).toContain('For the title of Appendix AB "Illustrative Request Processing Document" substitute "Illustrative Request Handling Document".')
    succeeds(root, 'apply', 'MX', '--instructions', path.join(out, 'MX-instructions.txt'))
    const imported = succeeds(root, 'mod', 'import', path.join(out, 'MX-annex-a.docx'), '--id', 'MY')
    expect(imported.stderr).toContain('retitled: Schedule 11 (Illustrative Applicability (Transitional)), Appendix AB (Illustrative Request Handling Document)')
    expect(readFileSync(path.join(root, 'modifications/MY/legal-text.md'), 'utf8')).toBe(readFileSync(path.join(root, 'modifications/MX/legal-text.md'), 'utf8'))
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MX')
    expect(readFileSync(path.join(root, 'sec-text/1.2/appendix-ab.md'), 'utf8')).toBe(ab.replace('version: "1.1"', 'version: "1.2"'))
    expect(readFileSync(path.join(root, 'sec-text/1.2/schedule-11.md'), 'utf8')).toBe(sch.replace('version: "1.1"', 'version: "1.2"'))
    expect(succeeds(root, 'history', 'AB').stdout).toContain('1.2  retitled from 1.1 by MX (modification)')
    // diff names each document by its ID (Sch11, never the bare number 11) and by its name in words.
    const diff = (format: string): string => succeeds(root, 'diff', '1.1', '1.2', '--format', format).stdout
    expect(diff('term')).toContain('document retitled Sch11: Illustrative Applicability[+ (Transitional)+]\n  document retitled AB: Illustrative Request [-Processing-][+Handling+] Document')
    expect(diff('md')).toContain('- document retitled, Schedule 11: Illustrative Applicability<ins> (Transitional)</ins>\n- document retitled, Appendix AB: Illustrative Request <del>Processing</del><ins>Handling</ins> Document')
    expect(diff('html')).toContain('<li>document retitled, Schedule 11: Illustrative Applicability<ins> (Transitional)</ins></li><li>document retitled, Appendix AB: Illustrative Request <del>Processing</del><ins>Handling</ins> Document</li>')
    const json = JSON.parse(diff('json')) as {headings: unknown[]}
    expect(json.headings).toEqual([
      expect.objectContaining({level: 'document-title', section: 'Sch11', documentKind: 'schedule', part: null, before: 'Illustrative Applicability'}),
      expect.objectContaining({level: 'document-title', section: 'AB', documentKind: 'appendix', part: null, before: 'Illustrative Request Processing Document'})
    ])
    // A part of an Appendix retitled: named by its printed number under the Appendix's name.
    const partEdited = path.join(root, 'edited-part')
    cpSync(path.join(root, 'sec-text/1.2'), partEdited, {recursive: true})
    const abFile = path.join(partEdited, 'appendix-ab.md')
    writeFileSync(abFile, readFileSync(abFile, 'utf8').replace(/^## 2 (.*)$/m, '## 2 $1 Renamed'))
    succeeds(root, 'mod', 'new', 'MZ', '--from', partEdited, '--date', '2026-01-01')
    succeeds(root, 'release', '--base', '1.2', '--as', '1.3', 'MZ')
    expect(succeeds(root, 'diff', '1.2', '1.3', '--format', 'md').stdout).toContain('- part-title changed, Appendix AB, Part 2: Processing Illustrative Requests<ins> Renamed</ins>')
    expect(succeeds(root, 'diff', '1.2', '1.3').stdout).toContain('part-title changed AB AB:2: Processing Illustrative Requests[+ Renamed+]')
  })
})
