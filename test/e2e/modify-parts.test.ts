import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentXml} from '../annex/read-annex-formats.js'
import {repoRoot, runCli} from '../helpers/cli.js'

/** The illustrative corpus with parts (test/fixtures/parts-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/parts-corpus')
const base = readFileSync(path.join(fixture, 'sec-text/1.0/section-g.md'), 'utf8')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-parts-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

/** Drafts `id` from the drafter's file with `mod new --from`, releases it as 1.1, and returns the released section and the legal text. */
function draftAndRelease(drafted: string, id = 'MP900'): {root: string; released: string; legalText: string} {
  const root = copyFixture()
  const file = path.join(root, 'section-g.md')
  writeFileSync(file, drafted)
  const made = runCli(['--root', root, 'mod', 'new', id, '--base', '1.0', '--from', file, '--date', '2026-01-01'])
  expect(made.stderr).toBe('')
  expect(made.status).toBe(0)
  const released = runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', id])
  expect(released.stderr).toBe('')
  expect(released.status).toBe(0)
  return {
    root,
    released: readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8'),
    legalText: readFileSync(path.join(root, `modifications/${id}/legal-text.md`), 'utf8')
  }
}

const asReleased = (text: string): string => text.replace('version: "1.0"', 'version: "1.1"')

describe('part headings through mod new --from and release (illustrative fixture)', () => {
  it('a retitled part with a changed clause releases exactly the drafter’s file', () => {
    const drafted = base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled').replace('report the outcome', 'publish the outcome')
    const {released, legalText} = draftAndRelease(drafted)
    expect(legalText).toContain('## G3 Illustrative Part Three{++ Retitled++}\n')
    expect(released).toBe(asReleased(drafted))
  })

  it('a part retitled with no clause changed is a change of its own', () => {
    const drafted = base.replace('## G2 Illustrative Part Two', '## G2 Illustrative Second Part')
    const {root, released, legalText} = draftAndRelease(drafted)
    expect(legalText).toBe('# Section G: Security\n\n## G2 Illustrative {~~Part Two~>Second Part~~}\n')
    expect(released).toBe(asReleased(drafted))
    // The part's own history names the retitle and the record; a new part's history begins where it is inserted.
    const history = runCli(['--root', root, 'history', 'G2'])
    expect(history.stdout).toBe('1.0  first stored version\nG2 Illustrative Part Two\n\n1.1  retitled from 1.0 by MP900 (modification) "Draft MP900"\npart heading: Illustrative [-Part Two-][+Second Part+]\n')
  })

  it.each([
    ['the first cross-heading of a part, over its first clause', '### Scope\n\n'],
    ['a cross-heading after clauses that stand under none', '### Reviews\n\n'],
    ['the only cross-heading of the last part', '## G3 Illustrative Part Three\n\n### Reviews\n\n']
  ])('a deleted cross-heading (%s) is marked deleted, and release gives the drafter’s file', (_name, cut) => {
    const drafted = cut.startsWith('## G3') ? base.replace(cut, '## G3 Illustrative Part Three\n\n') : base.replace(cut, '')
    expect(drafted).not.toBe(base)
    const {released, legalText} = draftAndRelease(drafted)
    expect(legalText).toMatch(/\{--### (Scope|Reviews)--\}/)
    expect(released).toBe(asReleased(drafted))
  })

  it('a whole new part with its cross-heading and clauses', () => {
    const drafted = `${base}\n## G4 Illustrative New Part\n\n### Notices\n\n**G4.1** Each Party shall give notice of each illustrative matter.\n\n**G4.2** A notice shall be in writing.\n`
    const {root, released, legalText} = draftAndRelease(drafted)
    expect(legalText).toContain('{++## G4 Illustrative New Part++}\n\n{++### Notices++}\n\n{++**G4.1**')
    expect(released).toBe(asReleased(drafted))
    const history = JSON.parse(runCli(['--root', root, 'history', 'G4', '--format', 'json']).stdout) as {entries: Array<{version: string; change: string; after: string; clauses?: unknown; records: Array<{id: string}>}>}
    expect(history.entries).toMatchObject([{version: '1.1', change: 'inserted', after: 'G4 Illustrative New Part', records: [{id: 'MP900'}], clauses: [{id: 'G4.1', change: 'inserted'}, {id: 'G4.2', change: 'inserted'}]}])
    // The amending instructions build the same part headings and clauses (apply prints no cross-headings; the round-trip property test in test/annex proves those).
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'instructions', '--out', path.join(root, 'out')]).status).toBe(0)
    const instructions = readFileSync(path.join(root, 'out/MP900-instructions.txt'), 'utf8')
    expect(instructions).toContain('Insert new Part G4 with the heading "Illustrative New Part" in Section G.')
    expect(instructions).toContain('In Section G, insert the cross-heading "Notices" before Section G4.1.')
    const viaInstructions = runCli(['--root', root, 'apply', 'MP900', '--format', 'json', '--instructions', path.join(root, 'out/MP900-instructions.txt')])
    expect(viaInstructions.stdout).toBe(runCli(['--root', root, 'apply', 'MP900', '--format', 'json']).stdout)
  })

  it('a whole part deleted', () => {
    const drafted = base.slice(0, base.indexOf('## G3 '))
    const {released, legalText} = draftAndRelease(drafted.replace(/\n+$/, '\n'))
    expect(legalText).toContain('{--## G3 Illustrative Part Three--}')
    expect(released).toBe(asReleased(drafted.replace(/\n+$/, '\n')))
  })
})

describe('part headings in the annex, the instructions and apply (illustrative fixture)', () => {
  const drafted = `${base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled').replace('## G2 Illustrative Part Two', '## G2A Illustrative Inserted Part\n\n**G2A.1** An illustrative clause of an inserted part.\n\n## G2 Illustrative Part Two').replace('## G1 Illustrative Part One', '## G1 Illustrative Part One')}`
  // The part G2A belongs after G2: put it there, with a clause inserted at two levels (G2.2A).
  const file = drafted
    .replace('## G2A Illustrative Inserted Part\n\n**G2A.1** An illustrative clause of an inserted part.\n\n', '')
    .replace('## G3 Illustrative', '## G2A Illustrative Inserted Part\n\n**G2A.1** An illustrative clause of an inserted part.\n\n## G3 Illustrative')
    .replace('**G2.3** [Not used]', '**G2.2A** An illustrative clause inserted after G2.2.\n\n**G2.3** [Not used]')

  it('mod new --from drafts a letter-suffixed part and a clause inserted at two levels; release gives the drafter’s file; show finds them', () => {
    const {root, released, legalText} = draftAndRelease(file)
    expect(legalText).toContain('{++## G2A Illustrative Inserted Part++}\n\n{++**G2A.1** An illustrative clause of an inserted part.++}')
    expect(legalText).toContain('{++**G2.2A** An illustrative clause inserted after G2.2.++}')
    expect(released).toBe(asReleased(file))
    expect(runCli(['--root', root, 'show', 'G2A.1', '--at', '1.1']).stdout).toContain('An illustrative clause of an inserted part.')
    expect(runCli(['--root', root, 'check', '--at', '1.1']).status).toBe(0)
  })

  it('every annex format carries the part changes with their instruction lines, and the instructions apply back', () => {
    const {root} = draftAndRelease(file)
    const result = runCli(['--root', root, 'annex', 'MP900', '--format', 'all', '--out', path.join(root, 'out')])
    expect(result.stderr).toBe('')
    const read = (name: string): string => readFileSync(path.join(root, 'out', name), 'utf8')
    const md = read('MP900-annex-a.md')
    expect(md).toContain('_Insert new Part G2A as follows:_\n\n### <ins>G2A Illustrative Inserted Part</ins>')
    expect(md).toContain('_Amend the heading of Part G3 as follows:_\n\n### G3 Illustrative Part Three<ins> Retitled</ins>')
    const html = read('MP900-annex-a.html')
    expect(html).toContain('<p class="instruction">Amend the heading of Part G3 as follows:</p>')
    expect(html).toContain('<h3 class="part" id="part-G3" data-status="changed">G3 Illustrative Part Three<ins> Retitled</ins></h3>')
    const xml = documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))
    expect(xml).toContain('Amend the heading of Part G3 as follows:')
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve"> Retitled<\/w:t><\/w:r><\/w:ins>/)
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">G2A Illustrative Inserted Part<\/w:t><\/w:r><\/w:ins>/)
    const terminal = runCli(['--root', root, 'annex', 'MP900']).stdout
    expect(terminal).toContain('Amend the heading of Part G3 as follows:\nG3 Illustrative Part Three[+ Retitled+]')
    expect(terminal).toContain('Insert new Part G2A as follows:\n[+G2A Illustrative Inserted Part+]')
    const instructions = read('MP900-instructions.txt')
    expect(instructions).toContain('In Section G, for the heading of Part G3 "Illustrative Part Three" substitute "Illustrative Part Three Retitled".')
    expect(instructions).toContain('Insert new Part G2A with the heading "Illustrative Inserted Part" in Section G.')
    const viaLegalText = runCli(['--root', root, 'apply', 'MP900', '--format', 'md'])
    const viaInstructions = runCli(['--root', root, 'apply', 'MP900', '--format', 'md', '--instructions', path.join(root, 'out/MP900-instructions.txt')])
    expect(viaInstructions.stderr).not.toMatch(/Unexpected/)
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
    expect(viaLegalText.stdout).toContain('## G2A Illustrative Inserted Part\n\n## G3 Illustrative Part Three Retitled')
  })

  it('our own Word annex inserting a letter-suffixed part (G1A, before G2) imports back to the same legal text', () => {
    const root = copyFixture()
    const from = path.join(root, 'g.md')
    writeFileSync(from, base.replace('## G2 Illustrative Part Two', '## G1A Inserted Part\n\n**G1A.1** An inserted illustrative clause.\n\n## G2 Illustrative Part Two'))
    const run = (...args: string[]): void => {
      const result = runCli(['--root', root, ...args])
      expect(result.stderr).not.toMatch(/Unexpected/)
      expect(result.status).toBe(0)
    }
    run('mod', 'new', 'M', '--base', '1.0', '--from', from, '--date', '2026-01-01')
    run('annex', 'M', '--format', 'docx', '--out', path.join(root, 'o'))
    run('mod', 'import', path.join(root, 'o/M-annex-a.docx'), '--id', 'N')
    const drafted = readFileSync(path.join(root, 'modifications/M/legal-text.md'), 'utf8')
    expect(drafted).toContain('{++## G1A Inserted Part++}\n\n{++**G1A.1** An inserted illustrative clause.++}')
    expect(readFileSync(path.join(root, 'modifications/N/legal-text.md'), 'utf8')).toBe(drafted)
  })

  it('a deleted part: Delete Part in the annex and the instructions; a part kept while its clauses are not all deleted is refused', () => {
    const {root} = draftAndRelease(base.slice(0, base.indexOf('## G3 ')).replace(/\n+$/, '\n'))
    expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'instructions', '--out', path.join(root, 'out')]).status).toBe(0)
    const instructions = readFileSync(path.join(root, 'out/MP900-instructions.txt'), 'utf8')
    expect(instructions).toMatch(/Delete Section G3\.1\.\n.*Delete Section G3\.2\.\n.*Delete Part G3\.\n/)
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain('Delete Part G3.\n[-G3 Illustrative Part Three-]')
    const legal = path.join(root, 'modifications/MP900/legal-text.md')
    writeFileSync(legal, readFileSync(legal, 'utf8').replace('{--**G3.2** Each Party shall report the outcome of each review.--}', '**G3.2** Each Party shall report the outcome of each review.'))
    const refused = runCli(['--root', root, 'apply', 'MP900'])
    expect(refused.stderr).toMatch(/legal-text\.md:3:1: Unexpected deletion of part G3 that keeps G3\.2, expected every clause of the part deleted with it/)
    expect(refused.status).toBe(2)
  })
})

describe('part-title changes in every diff format (illustrative fixture)', () => {
  it('term, md, html and json name the part and redline its title', () => {
    const {root} = draftAndRelease(base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled'))
    const diff = (format: string): string => runCli(['--root', root, 'diff', '1.0', '1.1', '--format', format]).stdout
    expect(diff('term')).toContain('part-title changed G G3: Illustrative Part Three[+ Retitled+]')
    expect(diff('md')).toContain('- part-title changed, Section G, Part G3: Illustrative Part Three<ins> Retitled</ins>')
    expect(diff('html')).toContain('<li>part-title changed, Section G, Part G3: Illustrative Part Three<ins> Retitled</ins></li>')
    const json = JSON.parse(diff('json')) as {headings: Array<{level: string; part: string; before: string; after: string}>}
    expect(json.headings).toContainEqual(expect.objectContaining({level: 'part-title', part: 'G3', before: 'Illustrative Part Three', after: 'Illustrative Part Three Retitled'}))
  })

  it('rebase carries a part retitle onto a newer version', () => {
    const {root} = draftAndRelease(base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled'), 'MP900')
    const file = path.join(root, 'mine.md')
    writeFileSync(file, base.replace('## G2 Illustrative Part Two', '## G2 Illustrative Second Part'))
    expect(runCli(['--root', root, 'mod', 'new', 'MP901', '--base', '1.0', '--from', file, '--date', '2026-01-01']).status).toBe(0)
    const rebased = runCli(['--root', root, 'rebase', 'MP901', '--onto', '1.1', '--write'])
    expect(rebased.stderr).not.toMatch(/Unexpected|Conflict/)
    expect(rebased.status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP901/legal-text.md'), 'utf8')).toBe('# Section G: Security\n\n## G2 Illustrative {~~Part Two~>Second Part~~}\n')
  })
})

describe('history of a clause whose part is retitled (illustrative fixture)', () => {
  it('names the version and the record, and redlines the part heading; other parts have no entry', () => {
    const {root} = draftAndRelease(base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled'))
    const history = runCli(['--root', root, 'history', 'G3.1'])
    expect(history.stdout).toContain('1.1  retitled from 1.0 by MP900 (modification) "Draft MP900"\npart heading: Illustrative Part Three[+ Retitled+]')
    const json = JSON.parse(runCli(['--root', root, 'history', 'G3.1', '--format', 'json']).stdout) as {entries: Array<{version: string; part?: {before: string; after: string}}>}
    expect(json.entries.find((e) => e.version === '1.1')?.part).toMatchObject({before: 'Illustrative Part Three', after: 'Illustrative Part Three Retitled'})
    expect(runCli(['--root', root, 'history', 'G2.1']).stdout).not.toContain('1.1')
  })
})

describe('part headings in a legal text: bad input (illustrative fixture)', () => {
  it('mod new --from refuses a part heading removed while its clauses stay, writing nothing', () => {
    const root = copyFixture()
    const file = path.join(root, 'section-g.md')
    writeFileSync(file, base.replace('## G1 Illustrative Part One\n\n', ''))
    const result = runCli(['--root', root, 'mod', 'new', 'MP951', '--base', '1.0', '--from', file, '--date', '2026-01-01'])
    expect(result.stderr).toMatch(/section-g\.md:\d+:1: Missing part heading G1 above G1\.1, expected '## G1 Illustrative Part One' kept/)
    expect(result.status).toBe(2)
    expect(existsSync(path.join(root, 'modifications/MP951'))).toBe(false)
  })

  it('refuses, with file:line:col and exit 2: a marked part number, an unknown part, a wrong title, an inserted part that exists, a clause under another part', () => {
    const root = copyFixture()
    const write = (text: string): string => {
      const dir = path.join(root, 'modifications/MP950')
      mkdirSync(dir, {recursive: true})
      writeFileSync(path.join(dir, 'modification.md'), '---\nid: "MP950"\ntitle: "Illustrative"\nkind: "modification"\nbase: "1.0"\nstatus: "draft"\nauthor:\n  name: "SECAS"\n  date: "2026-01-01"\n---\n')
      writeFileSync(path.join(dir, 'legal-text.md'), text)
      const result = runCli(['--root', root, 'apply', 'MP950'])
      expect(result.status).toBe(2)
      expect(result.stderr).not.toMatch(/^\s+at /m)
      return result.stderr
    }
    expect(write('# Section G: Security\n\n## G{~~3~>4~~} Illustrative Part Three\n')).toMatch(/legal-text\.md:3:1: Unexpected part number G4 with marks accepted but G3 with marks rejected/)
    expect(write('# Section G: Security\n\n## G7 {++Seven++}\n')).toMatch(/legal-text\.md:3:1: Unknown part G7 in version 1\.0, expected a part of Section G/)
    expect(write('# Section G: Security\n\n## G3 Part {++Three++}\n')).toMatch(/legal-text\.md:3:1: Context mismatch in the heading of part G3 with marks rejected: "Part", expected "Illustrative Part Three"/)
    expect(write('# Section G: Security\n\n{++## G3 Again++}\n')).toMatch(/legal-text\.md:3:1: Unexpected insertion of part G3, expected a new part number/)
    expect(write('# Section G: Security\n\n## G2 Illustrative Part Two\n\n**G3.1** Each Party shall review its illustrative records once a year.\n')).toMatch(/legal-text\.md:5:1: Unexpected clause G3\.1 under part G2, expected a clause numbered G2\.<n>/)
  })
})
