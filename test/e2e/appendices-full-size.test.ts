import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

/**
 * The Appendices and Schedules of the synthetic full-size corpus (test/bench/generate-corpus.mjs,
 * illustrative text): 40 Appendices with their own numbering and document versions, Schedules 5,
 * 8, 9 and 11, and the records MP331 … MP340 after the 30 section records: MP331 … MP338 each amend
 * a clause of an Appendix (A, F, K, P, U, Z, AE, AJ) and raise its document version, MP339 amends
 * Schedule 11, MP340 inserts Appendix AO. About half the Appendices hold numbered tables, and the
 * Sections cite Appendices, Schedules, their provisions and tables ("Table 2 of Appendix AB").
 */
const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendices-full-'))
const cli = (...args: string[]) => runCli(['--root', root, ...args])
beforeAll(async () => {
  await generateCorpus(root, {scale: 1, seed: 17})
}, 120_000)
afterAll(() => rmSync(root, {recursive: true, force: true}))

interface CheckJson {
  messages: Array<{ruleId: string; file: string; line: number; column: number; reason: string}>
}

describe('Appendices and Schedules at the size of the real code (synthetic corpus)', () => {
  it('holds 40 Appendices and 4 Schedules, each with its own document version, and verify proves the release of their records', () => {
    const names = readdirSync(path.join(root, 'sec-text/9.0'))
    expect(names.filter((name) => name.startsWith('appendix-'))).toHaveLength(40)
    expect(names.filter((name) => name.startsWith('schedule-')).sort()).toEqual(['schedule-11.md', 'schedule-5.md', 'schedule-8.md', 'schedule-9.md'])
    expect(names.filter((name) => name.startsWith('section-'))).toHaveLength(20)
    const verified = cli('verify')
    expect(verified.status).toBe(0)
    expect(`${verified.stdout}${verified.stderr}`).toContain('MP339, MP340')
    const versions = cli('versions')
    expect(versions.stdout).toMatch(/document versions: Appendix A V\d+\.\d+, /)
  })

  it('show prints an Appendix clause, a Schedule paragraph and the whole new Appendix with its document version', () => {
    const clause = cli('show', 'A:1.2', '--at', '9.1')
    expect(clause.status).toBe(0)
    expect(clause.stdout).toMatch(/^A:1\.2 .* must /)
    expect(cli('show', 'A:1.2', '--at', '9.0').stdout).not.toMatch(/^A:1\.2 [^:]* must /)
    expect(cli('show', 'Sch11:1', '--at', '9.1').stdout).toMatch(/^Sch11:1 /)
    const whole = cli('show', 'Appendix AO')
    expect(whole.status).toBe(0)
    expect(whole.stdout).toMatch(/^Appendix AO: .* \(V\d+\.\d+\)\n\n1 /)
    expect(cli('show', 'AO', '--at', '9.0').status).toBe(2)
  })

  it('diff names each changed document, the new Appendix as added, and its kind in JSON', () => {
    const result = cli('diff', '9.0', '9.1', '--format', 'json')
    expect(result.status).toBe(0)
    const diff = JSON.parse(result.stdout) as {changeRecords: {ids: string[]}; summary: {sections: Array<{letter: string; kind?: string; presence: string; counts?: Record<string, number>}>}}
    expect(diff.changeRecords.ids).toHaveLength(40)
    const documents = diff.summary.sections.filter((s) => s.kind === 'appendix' || s.kind === 'schedule')
    expect(documents).toHaveLength(45)
    expect(documents.find((s) => s.letter === 'Appendix AO')?.presence).toBe('added')
    const text = cli('diff', '9.0', '9.1', '--section', 'Appendix A')
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('Appendix A: ')
    expect(text.stdout).toMatch(/A:1\.2\n {2}changed A:1\.2 .*\n.*\[-shall-\]\[\+must\+\]/)
  })

  it('annex of an Appendix record amends its document version and its clause; of the new Appendix, one insert line', () => {
    const out = path.join(root, 'out')
    expect(cli('annex', 'MP331', '--format', 'md', '--out', out).status).toBe(0)
    const md = readFileSync(path.join(out, 'MP331-annex-a.md'), 'utf8')
    expect(md).toContain('_Amend the document version of Appendix A as follows:_')
    expect(md).toMatch(/### Document version: <del>V\d+\.\d+<\/del><ins>V\d+\.\d+<\/ins>/)
    expect(md).toContain('_Amend Section 1.2 of Appendix A as follows:_')
    expect(cli('annex', 'MP340', '--format', 'instructions', '--out', out).status).toBe(0)
    expect(readFileSync(path.join(out, 'MP340-instructions.txt'), 'utf8')).toMatch(/^1\. Insert new Appendix AO as set out below:\n {4}# Appendix AO: .*\n\n {4}Document version: V\d+\.\d+\n\n {4}## 1 /m)
    expect(cli('annex', 'MP339', '--format', 'md', '--out', out).status).toBe(0)
    expect(readFileSync(path.join(out, 'MP339-annex-a.md'), 'utf8')).toContain('Amend paragraph 1 of Schedule 11 as follows:')
  })

  it('check reads every Appendix and Schedule: their references and numbering hold, and a finding in one names its file and line', () => {
    // The rules that read Appendices' own numbering, citations and words (the others find much in the Sections' generated words).
    writeFileSync(path.join(root, 'redline.config.yaml'), 'rules:\n  list-punctuation: off\n  consequential-changes: off\n  parallel-wording: off\n  in-force: off\n')
    // One Appendix clause given a term no document defines (restored after the check).
    const appendixA = path.join(root, 'sec-text/9.1/appendix-a.md')
    const original = readFileSync(appendixA, 'utf8')
    const planted = original.replace(/^(\*\*1\.1\*\* )/m, '$1Each Illustrative Undefined Widget applies. ')
    expect(planted).not.toBe(original)
    writeFileSync(appendixA, planted)
    const result = cli('check', '--at', '9.1', '--format', 'json')
    writeFileSync(appendixA, original)
    expect(result.status).toBe(1)
    const json = JSON.parse(result.stdout) as CheckJson
    const inDocuments = json.messages.filter((m) => /\/(?:appendix|schedule)-/.test(m.file))
    // The Appendices are checked: their words meet the definitions — the planted term is found at its line, and "this Appendix" is no term…
    const plantedLine = planted.split('\n').findIndex((line) => line.includes('Illustrative Undefined Widget')) + 1
    expect(inDocuments.filter((m) => m.ruleId === 'defined-terms').map((m) => [m.file, m.line])).toContainEqual(['sec-text/9.1/appendix-a.md', plantedLine])
    expect(inDocuments.filter((m) => m.ruleId === 'defined-terms' && m.reason.includes("'Appendix'"))).toEqual([])
    // …and their own numbering and citations ("Section 1.2" inside Appendix A, "Table 1") are sound.
    expect(inDocuments.filter((m) => m.ruleId === 'numbering' || m.ruleId === 'cross-references')).toEqual([])
    // The Sections cite Appendices, Schedules, their provisions and numbered tables, and every such citation resolves: no finding names one.
    const sections = readdirSync(path.join(root, 'sec-text/9.1')).filter((name) => name.startsWith('section-')).map((name) => readFileSync(path.join(root, 'sec-text/9.1', name), 'utf8')).join('\n')
    const count = (pattern: RegExp): number => (sections.match(pattern) ?? []).length
    expect(count(/comply with Appendix [A-Z]+\./g)).toBeGreaterThan(20)
    expect(count(/Section \d+\.\d+ of Appendix [A-Z]+/g)).toBeGreaterThan(20)
    expect(count(/Table \d+ of Appendix [A-Z]+/g)).toBeGreaterThan(10)
    expect(count(/Schedule \d+/g)).toBeGreaterThan(10)
    const aboutDocuments = json.messages.filter((m) => /(?:Appendix|Schedule|Table) |undefined term '(?:Appendix|Schedule|Table)|in [A-Z]+:\d/.test(m.reason) && m.ruleId !== 'defined-terms')
    expect(aboutDocuments).toEqual([])
    expect(json.messages.filter((m) => m.ruleId === 'defined-terms' && /'(?:Appendix [A-Z]|Schedule|Table)/.test(m.reason))).toEqual([])
  })

  it('show takes a numbered table of an Appendix as the Sections cite it: "Table 2 of Appendix X" and "Table 2" --in "Appendix X" give the table of the provision that holds it', () => {
    const text = readdirSync(path.join(root, 'sec-text/9.1')).filter((name) => name.startsWith('section-')).map((name) => readFileSync(path.join(root, 'sec-text/9.1', name), 'utf8')).join('\n')
    const [cited, number, letter] = /Table (\d+) of Appendix ([A-Z]+)/.exec(text) ?? []
    expect(cited).toBeDefined()
    const byNumber = cli('show', cited as string, '--format', 'json')
    expect(byNumber.status, byNumber.stderr).toBe(0)
    const json = JSON.parse(byNumber.stdout) as {provision: string; number: number; table: {id: string}}
    expect(json.number).toBe(Number(number))
    expect(json.provision.startsWith(`${letter}:`)).toBe(true)
    // `--in` takes the document as `show` does: "Appendix V" (a single letter alone is a Section).
    expect(cli('show', `Table ${number}`, '--in', `Appendix ${letter}`, '--format', 'md').stdout).toBe(cli('show', json.table.id, '--format', 'md').stdout)
    expect(cli('show', 'Table 9', '--in', `Appendix ${letter}`).stderr).toMatch(new RegExp(`Unknown table 'Table 9' of Appendix ${letter} in version 9\\.1, expected Table 1`))
  })
})
