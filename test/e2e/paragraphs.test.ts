import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {base, copyFixture, drafted, draftAndRelease, fixture} from './paragraphs-fixture.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'


const asReleased = (text: string): string => text.replace('version: "1.0"', 'version: "1.1"')


describe('texts of several paragraphs and text between two lists (illustrative fixture)', () => {
  it('the fixture is canonical, checks clean and shows each paragraph on its own line', () => {
    expect(runCli(['--root', fixture, 'fmt', '--check'])).toMatchObject({status: 0})
    expect(runCli(['--root', fixture, 'check'])).toMatchObject({status: 0})
    const shown = runCli(['--root', fixture, 'show', 'G3.17'])
    expect(shown.status).toBe(0)
    expect(shown.stdout).toContain('G3.17 This illustrative paragraph is the first of the lead-in.\nWhere a Party becomes aware')
    expect(shown.stdout).toContain('        in each case as an illustration,\nit shall notify the Panel; and where the matter concerns:\n    (c) a Device; or')
    const json = JSON.parse(runCli(['--root', fixture, 'show', 'G3.17', '--format', 'json']).stdout) as {provision: {text: string; tail: string; items: Array<{textBefore?: string}>}}
    expect(json.provision.text).toBe('This illustrative paragraph is the first of the lead-in.\nWhere a Party becomes aware of an illustrative matter affecting:')
    expect(json.provision.items[2]?.textBefore).toBe('it shall notify the Panel; and where the matter concerns:')
    expect(json.provision.tail).toBe('it shall also notify the illustrative body.\nThe Panel may publish the notice.')
  })

  it('fmt rewrites a wrapped paragraph and keeps the paragraphs apart', () => {
    const root = copyFixture()
    const file = path.join(root, 'sec-text/1.0/section-g.md')
    writeFileSync(file, base.replace('Where a Party becomes aware of', 'Where a Party becomes aware\nof'))
    expect(runCli(['--root', root, 'fmt'])).toMatchObject({status: 0})
    expect(readFileSync(file, 'utf8')).toBe(base)
  })

  it('a paragraph before a lead-in that has none is refused with its place (exit 2)', () => {
    const root = copyFixture()
    writeFileSync(path.join(root, 'sec-text/1.0/section-g.md'), base.replace('**G3.18** Each Party', '**G3.18**\n\nEach Party'))
    const result = runCli(['--root', root, 'check'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/section-g\.md:35:1: Unexpected paragraph in G3\.18 after an empty lead-in/)
  })

  it('mod new --from writes paragraph marks; release gives the drafter’s file byte for byte; apply agrees', () => {
    const root = draftAndRelease()
    const legal = readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')
    expect(legal).toContain('Where a Party {++first ++}becomes aware')
    expect(legal).toContain('{++This illustrative paragraph is new.++}')
    expect(legal).toContain('{--The Panel may publish the notice.--}')
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(asReleased(drafted))
    expect(runCli(['--root', root, 'verify'])).toMatchObject({status: 0})
    const applied = runCli(['--root', root, 'apply', 'MP900', '--format', 'md'])
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain('This illustrative paragraph is new.')
  })

  it('diff shows each paragraph on its own line, and names the text between two lists in JSON', () => {
    const root = draftAndRelease()
    const text = runCli(['--root', root, 'diff', '1.0', '1.1'])
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('The Panel may publish the notice.')
    const json = JSON.parse(runCli(['--root', root, 'diff', '1.0', '1.1', '--format', 'json']).stdout) as {changes: Array<{newId: string | null; redline: {textBefore?: Array<{type: string; text: string}>}}>}
    const c = json.changes.find((change) => change.newId === 'G3.17(c)')
    expect(c?.redline.textBefore?.filter((run) => run.type === 'insert').map((run) => run.text).join('')).toContain('This illustrative paragraph is new.')
  })

  it('the annex in every format prints each paragraph apart; instructions substitute the clause and apply back', () => {
    const root = draftAndRelease()
    const out = path.join(root, 'out')
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'all', '--out', out]).status).toBe(0)
    const md = readFileSync(path.join(out, 'MP900-annex-a.md'), 'utf8')
    expect(md).toContain('<ins>This illustrative paragraph is new.</ins>')
    expect(md).toContain('<del>The Panel may publish the notice.</del>')
    const html = readFileSync(path.join(out, 'MP900-annex-a.html'), 'utf8')
    expect(html).toMatch(/<p class="provision tail depth-0"[^>]*><ins>This illustrative paragraph is new\.<\/ins><\/p>/)
    const instructions = path.join(out, 'MP900-instructions.txt')
    expect(readFileSync(instructions, 'utf8')).toMatch(/Section G3\.17/)
    const viaLegalText = runCli(['--root', root, 'apply', 'MP900', '--format', 'md'])
    const viaInstructions = runCli(['--root', root, 'apply', 'MP900', '--format', 'md', '--instructions', instructions])
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
  })

  it.runIf(runLibreOfficeTests)('Word: LibreOffice Accept All gives the new paragraphs and Reject All the old, paragraph for paragraph', () => {
    const root = draftAndRelease()
    const out = path.join(root, 'out')
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'docx', '--out', out]).status).toBe(0)
    const [reading] = readWithLibreOffice([path.join(out, 'MP900-annex-a.docx')])
    const paragraphs = (text: string): string[] => {
      const shown = runCli(['--root', root, 'show', 'G3.17', '--at', text]).stdout
      return shown.trimEnd().split('\n').map((line) => line.trim())
    }
    // G3.17 changed; the annex also prints G3.18 after it, unchanged.
    const unchanged = 'G3.18 Each Party shall keep a record of the illustrative matters.'
    expect(provisionTexts(reading?.accept ?? [])).toEqual([...paragraphs('1.1'), unchanged])
    expect(provisionTexts(reading?.reject ?? [])).toEqual([...paragraphs('1.0'), unchanged])
  }, 300_000)
})
