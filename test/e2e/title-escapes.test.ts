/**
 * Titles holding `{`, `}` or `~>` (illustrative titles, not SEC wording) through the real CLI on a
 * copy of test/fixtures/parts-corpus: a change record writes its title lines (a document's, a part's)
 * escaped against CriticMarkup (`\{`, `\}`, `\~>`), as its clauses are, so `mod new --from`, `apply`,
 * `release`, `verify`, the annex, the amending instructions and `mod import` carry them exactly, as
 * context, retitled, and as the title of a whole new Appendix.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli, type CliResult} from '../helpers/cli.js'

const TITLE = 'Security {Illustrative} ~> Matters'
const PART = 'Illustrative {Part} ~> One'

function succeeds(root: string, ...args: string[]): CliResult {
  const result = runCli(['--root', root, '--no-color', ...args])
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** A copy of the parts corpus whose Section G and part G1 have titles with braces and an arrow (canonical, by `redline fmt`). */
function corpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-title-escapes-'))
  cpSync(path.join(repoRoot, 'test/fixtures/parts-corpus'), root, {recursive: true})
  const file = path.join(root, 'sec-text/1.0/section-g.md')
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace('title: "Security"', `title: "${TITLE}"`).replace('# Section G: Security\n', `# Section G: ${TITLE}\n`).replace('## G1 Illustrative Part One', `## G1 ${PART}`))
  succeeds(root, 'fmt')
  succeeds(root, 'fmt', '--check')
  return root
}

/** The version 1.0 Section G, edited. */
function edited(root: string, edit: (text: string) => string): string {
  const file = path.join(mkdtempSync(path.join(root, 'edited-')), 'section-g.md')
  writeFileSync(file, edit(readFileSync(path.join(root, 'sec-text/1.0/section-g.md'), 'utf8')))
  return file
}

const amendClause = (text: string): string => text.replace('This illustrative Part applies', 'This illustrative Part now applies')

describe('titles holding {, } or ~> in change records (illustrative titles)', () => {
  it('as context: the record escapes the title lines; apply, release and verify keep the titles; the annex names the document by them', () => {
    const root = corpus()
    succeeds(root, 'mod', 'new', 'MPE1', '--from', edited(root, amendClause), '--date', '2026-01-01')
    const legal = readFileSync(path.join(root, 'modifications/MPE1/legal-text.md'), 'utf8')
    expect(legal).toMatch(/^# Section G: Security \\\{Illustrative\\\} \\~> Matters\n\n## G1 Illustrative \\\{Part\\\} \\~> One\n/)
    expect(succeeds(root, 'apply', 'MPE1', '--format', 'md').stdout).toContain('**G1.1** This illustrative Part now applies')
    succeeds(root, 'release', '--base', '1.0', '--as', '1.1', 'MPE1')
    const released = readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')
    expect(released).toBe(amendClause(readFileSync(path.join(root, 'sec-text/1.0/section-g.md'), 'utf8')).replace('version: "1.0"', 'version: "1.1"'))
    succeeds(root, 'verify')
    expect(succeeds(root, 'annex', 'MPE1').stdout).toContain(`Section G ‘${TITLE}’\nAmend Section G1.1 as follows:`)
  })

  it('retitled: a document and a part retitled to titles with braces, through release, the annex, the instructions applied back and mod import of the Word annex', () => {
    const root = corpus()
    const newTitle = `${TITLE} {Revised}`
    const newPart = `${PART} ~> {Two}`
    const file = edited(root, (text) => amendClause(text).replace(`title: "${TITLE}"`, `title: "${newTitle}"`).replace(/^# Section G: .*$/m, `# Section G: ${newTitle.replace(/[{}~]/g, '\\$&')}`).replace(/^## G1 .*$/m, `## G1 ${newPart}`))
    succeeds(root, 'fmt', file)
    const made = succeeds(root, 'mod', 'new', 'MPE2', '--from', file, '--date', '2026-01-01')
    expect(made.stdout).toContain('Section G retitled')
    succeeds(root, 'release', '--base', '1.0', '--as', '1.1', 'MPE2')
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(readFileSync(file, 'utf8').replace('version: "1.0"', 'version: "1.1"'))
    succeeds(root, 'verify')
    expect(succeeds(root, 'annex', 'MPE2').stdout).toContain(`Section G ‘${TITLE}’\nAmend the title of Section G as follows:\nTitle: ${TITLE}[+ {Revised}+]`)
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPE2', '--format', 'all', '--out', out)
    const instructions = readFileSync(path.join(out, 'MPE2-instructions.txt'), 'utf8')
    expect(instructions).toContain(`For the title of Section G "${TITLE}" substitute "${newTitle}".`)
    const byInstructions = succeeds(root, 'apply', 'MPE2', '--instructions', path.join(out, 'MPE2-instructions.txt'), '--format', 'md').stdout
    expect(byInstructions).toBe(`# Section G: ${newTitle}\n\n## G1 ${newPart}\n\n**G1.1** This illustrative Part now applies to each Party.\n`)
    succeeds(root, 'mod', 'import', path.join(out, 'MPE2-annex-a.docx'), '--id', 'MPE3')
    expect(readFileSync(path.join(root, 'modifications/MPE3/legal-text.md'), 'utf8')).toBe(readFileSync(path.join(root, 'modifications/MPE2/legal-text.md'), 'utf8'))
  })

  it('a whole new Appendix titled with braces and an arrow: drafted, released and verified', () => {
    const root = corpus()
    const folder = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.0'), folder, {recursive: true})
    const title = 'Illustrative {New} ~> Document'
    writeFileSync(
      path.join(folder, 'appendix-am.md'),
      `---\nappendix: "AM"\ntitle: "${title}"\nversion: "1.0"\ndocument-version: "V1.0"\n---\n\n# Appendix AM: ${title}\n\n## 1 Illustrative Scope\n\n**1.1** This illustrative Appendix applies to each Party.\n`
    )
    succeeds(root, 'fmt', path.join(folder, 'appendix-am.md'))
    succeeds(root, 'mod', 'new', 'MPE4', '--from', folder, '--date', '2026-01-01')
    expect(readFileSync(path.join(root, 'modifications/MPE4/legal-text.md'), 'utf8')).toContain('{++# Appendix AM: Illustrative \\{New\\} \\~> Document++}')
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MPE4', '--format', 'all', '--out', out)
    expect(readFileSync(path.join(out, 'MPE4-instructions.txt'), 'utf8')).toContain(`    # Appendix AM: ${title}\n`)
    succeeds(root, 'apply', 'MPE4', '--instructions', path.join(out, 'MPE4-instructions.txt'))
    succeeds(root, 'release', '--base', '1.0', '--as', '1.1', 'MPE4')
    expect(readFileSync(path.join(root, 'sec-text/1.1/appendix-am.md'), 'utf8')).toBe(readFileSync(path.join(folder, 'appendix-am.md'), 'utf8').replace('version: "1.0"', 'version: "1.1"'))
    succeeds(root, 'verify')
    expect(succeeds(root, 'annex', 'MPE4').stdout).toContain(`Appendix AM ‘${title}’\nInsert new Appendix AM as set out below:`)
  })
})
