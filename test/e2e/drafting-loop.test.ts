import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {documentXml, readDocx} from '../annex/read-annex-formats.js'
import {draft, expectInputError, snapshotTree} from './modify-helpers.js'

const section617 = readFileSync(path.join(repoRoot, 'sec-text/6.17/section-g.md'), 'utf8')
const section621 = readFileSync(path.join(repoRoot, 'sec-text/6.21/section-g.md'), 'utf8')

/** Writes an edited copy of a section file into the corpus copy, as a drafter's working file. */
function edited(root: string, text: string, name = 'section-g.md'): string {
  const file = path.join(root, name)
  writeFileSync(file, text)
  return file
}

describe('mod new: the base of an edited copy', () => {
  it('refuses a copy of 6.17 drafted against 6.21 (exit 2, naming both versions), writing nothing', () => {
    const root = copyCorpus()
    const file = edited(root, section617.replace('wherever it is practicable', 'where it is practicable'))
    const result = runCli(['--root', root, 'mod', 'new', 'MP994', '--base', '6.21', '--from', file])
    expectInputError(result, /section-g\.md:4:1: Unexpected version "6\.17" in the frontmatter of .*section-g\.md, expected "6\.21" as given by --base/)
    expect(existsSync(path.join(root, 'modifications/MP994'))).toBe(false)
  })

  it("takes the base from the file's frontmatter when --base is not given", () => {
    const root = copyCorpus()
    const file = edited(root, section621.replace('wherever it is practicable', 'where it is practicable'))
    const result = runCli(['--root', root, 'mod', 'new', 'MP995', '--from', file, '--date', '2026-01-05'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const meta = readFileSync(path.join(root, 'modifications/MP995/modification.md'), 'utf8')
    expect(meta).toContain('base: "6.21"')
    // The raised date is the drafter's to set, not today's by default.
    expect(meta).not.toContain('raised:')
  })

  it('refuses a date that is not a real calendar date', () => {
    const root = copyCorpus()
    const file = edited(root, section621.replace('wherever it is practicable', 'where it is practicable'))
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP996', '--from', file, '--date', '2019-02-29']), /Unexpected date '2019-02-29' for --date, expected a real calendar date \(YYYY-MM-DD\): February 2019 has 28 days/)
    const meta = path.join(root, 'modifications/MP087/modification.md')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('decided: "2019-10-11"', 'decided: "2019-10-32"'))
    expectInputError(runCli(['--root', root, 'apply', 'MP087']), /modification\.md:13:3: Unexpected date '2019-10-32' for dates\.decided, expected a real calendar date \(YYYY-MM-DD\): October 2019 has 31 days/)
  })
})

describe('mod new: whitespace-only changes', () => {
  it('warns, naming the provision and the column, for a double space and a no-break space', () => {
    const root = copyCorpus()
    const text = section621.replace('Each User shall, wherever', 'Each User shall,  wherever').replace('Gas Proxy Function which', 'Gas Proxy\u00a0Function which')
    const file = edited(root, text)
    const result = runCli(['--root', root, 'mod', 'new', 'MP997', '--from', file, '--date', '2026-01-05'])
    expect(result.status).toBe(0)
    const lines = text.split('\n')
    const g320 = lines.findIndex((l) => l.startsWith('**G3.20**')) + 1
    const column = (lines[g320 - 1] ?? '').indexOf('shall,  ') + 'shall,'.length + 1
    expect(result.stderr).toContain(`section-g.md:${g320}:${column}: warning: G3.20 changes only whitespace (space → 2 spaces)`)
    expect(result.stderr).toMatch(/:14:\d+: warning: G3\.17\(b\) changes only whitespace \(space → no-break space\)/)
  })

  it('the annex shows them: symbols in the terminal, shaded runs in HTML and Word, whose Accept and Reject stay exact', () => {
    const root = copyCorpus()
    const text = section621.replace('Each User shall, wherever', 'Each User shall,  wherever').replace('Gas Proxy Function which', 'Gas Proxy\u00a0Function which')
    expect(runCli(['--root', root, 'mod', 'new', 'MP997', '--from', edited(root, text), '--date', '2026-01-05']).status).toBe(0)
    const terminal = runCli(['--root', root, 'annex', 'MP997'])
    expect(terminal.stdout).toContain('Gas Proxy[-·-][+⍽+]Function')
    expect(terminal.stdout).toContain('Each User shall,[-·-][+··+]wherever')
    expect(runCli(['--root', root, 'annex', 'MP997', '--format', 'all', '--out', path.join(root, 'out')]).status).toBe(0)
    const html = readFileSync(path.join(root, 'out/MP997-annex-a.html'), 'utf8')
    expect(html).toContain('<ins class="ws" title="whitespace only: 2 spaces">  </ins>')
    expect(html).toMatch(/ins\.ws, del\.ws \{ background: #ffe08a/)
    const docx = readFileSync(path.join(root, 'out/MP997-annex-a.docx'))
    expect(documentXml(docx)).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:shd w:fill="FFE08A"[^>]*\/><\/w:rPr><w:t xml:space="preserve">\u00a0<\/w:t>/)
    const g320 = (side: 'accept' | 'reject'): string | undefined => readDocx(docx, side).find((p) => p.startsWith('G3.20'))
    expect(g320('accept')).toContain('Each User shall,  wherever')
    expect(g320('reject')).toContain('Each User shall, wherever')
  })
})

describe('verify proves the records no version lists yet', () => {
  const typo = (root: string, id: string): void => {
    const file = path.join(root, `modifications/${id}/legal-text.md`)
    writeFileSync(file, readFileSync(file, 'utf8').replace('Each User shall, wherever', 'Each User shal, wherever'))
  }

  it('a typo in the unchanged text of a draft: exit 1 naming the record, file:line:col and the word; check and apply agree', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    expect(runCli(['--root', root, 'verify']).status).toBe(0)
    typo(root, 'MP123')
    const result = runCli(['--root', root, 'verify'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^modifications\/MP123\/legal-text\.md:5:\d+: MP123 does not apply to its base: Context mismatch in G3\.20 with marks rejected: after "[^"]*" the modification has "shal, wherever[^"]*", expected "shall, wherever[^"]*" as in version 6\.17/m)
    expect(result.stderr).toMatch(/1 record finding/)
  })

  it('reports a draft on an older base, and whether it would rebase cleanly onto the latest', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    draft(root, 'MP124', (text) => text.replace('Gas Proxy Function) for which it is the Responsible Supplier,\n\narrangements', 'Gas Proxy Function which forms part of a SMETS1 Device) for which it is the Responsible Supplier,\n\narrangements'))
    const result = runCli(['--root', root, 'verify'])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('note: MP123 is drafted against 6.17, older than the latest version 6.21; it rebases cleanly (redline rebase MP123 --onto 6.21 --write)')
    expect(result.stderr).toContain('note: MP124 is drafted against 6.17, older than the latest version 6.21; rebasing it onto 6.21 conflicts in G3.20(b)')
    const json = JSON.parse(runCli(['--root', root, 'verify', '--format', 'json']).stdout) as {records: {stale: Array<{record: string; rebase: string}>}}
    expect(json.records.stale.map((s) => [s.record, s.rebase])).toEqual([['MP123', 'clean'], ['MP124', 'conflict']])
  })

  it('warns when two unreleased records touch the same provisions', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    draft(root, 'MP124', (text) => text.replace('and developers of the software and firmware', 'and developers of the software and of the firmware'))
    const result = runCli(['--root', root, 'verify'])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('warning: MP123 and MP124 both touch G3.20(a): releasing them together may conflict')
  })
})

describe('rebase refuses a record that does not apply to its own base', () => {
  it('with the same message as apply, and says what to do', () => {
    const root = copyCorpus()
    const file = path.join(root, 'modifications/MP087/legal-text.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Each User shall, wherever', 'Each User shall, where'))
    const apply = runCli(['--root', root, 'apply', 'MP087'])
    const rebase = runCli(['--root', root, 'rebase', 'MP087', '--onto', '6.21', '--write'])
    expectInputError(rebase, /legal-text\.md:5:\d+: Context mismatch in G3\.20 with marks rejected: .*expected the unchanged text to be 6\.17's: make it match 6\.17, or mark the change \(\{~~wherever~>where~~\}\) if it is intended, or, if it was drafted against another version's text, set base: in its modification\.md to that version and rebase it/)
    expect(rebase.stderr).toBe(apply.stderr)
    expect(readFileSync(file, 'utf8')).toContain('Each User shall, where it')
  })
})

describe('check --mod: the text as records leave their base, nothing written', () => {
  it('points into legal-text.md for a provision the record writes, into the base file for the rest; sec-text/ unchanged', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('(excluding a Communications Hub Function or Gas Proxy Function) for which', '(excluding a Communication Hub Function or Gas Proxy Function) for which'))
    const before = snapshotTree(path.join(root, 'sec-text'))
    const result = runCli(['--root', root, 'check', '--mod', 'MP123', '--format', 'json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as {messages: Array<{file: string; line: number; ruleId: string; reason: string}>}
    const places = report.messages.map((m) => `${m.file}:${m.line} ${m.ruleId}`)
    // The near-miss term is in G3.20(b), which MP123 writes: its place is in the record.
    expect(places).toContain('modifications/MP123/legal-text.md:8 defined-terms')
    // G3.20(b) still lacks MP087's words: the parallel-wording finding is in the record too.
    expect(places).toContain('modifications/MP123/legal-text.md:8 parallel-wording')
    expect(result.stderr).toContain('checked MP123 on 6.17')
    expect(snapshotTree(path.join(root, 'sec-text'))).toEqual(before)
    // MP087 on its own base leaves G3.20(b) consistent with G3.17(b).
    expect(runCli(['--root', root, 'check', '--mod', 'MP087']).status).toBe(0)
  })

  it('a record that leaves a provision it does not write inconsistent: the message points at the base file', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    const result = runCli(['--root', root, 'check', '--mod', 'MP123'])
    expect(result.status).toBe(1)
    // MP123 (against 6.17) writes G3.20 but not G3.17; G3.20(b) is in the record.
    expect(result.stdout).toMatch(/^modifications\/MP123\/legal-text\.md\n8:3 +error Unexpected wording of G3\.20\(b\)/m)
  })

  it('several records combined as a release would: a conflict is reported as release reports it', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('Each User shall, wherever', 'Each User shall, where'))
    draft(root, 'MP124', (text) => text.replace('Each User shall, wherever', 'Each User shall, whenever'))
    const check = runCli(['--root', root, 'check', '--mod', 'MP123', '--mod', 'MP124'])
    const release = runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.30', 'MP123', 'MP124'])
    expect(check.status).toBe(1)
    expect(release.status).toBe(1)
    expect(check.stderr).toBe(release.stderr)
    expect(check.stderr).toContain('Conflict in G3.20: MP123 and MP124 both change the text of G3.20')
  })

  it('refuses records drafted against different versions (exit 2)', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    expectInputError(runCli(['--root', root, 'check', '--mod', 'MP123', '--mod', 'SEC520']), /Unexpected records drafted against different versions \(MP123: 6\.17, SEC520: 5\.19\)/)
  })
})

describe('conflicts a drafter can finish', () => {
  it('release conflict → release one → rebase --write writes a conflict block → every command refuses it → resolved by hand → release', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text/6.21'), {recursive: true})
    draft(root, 'MPA', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function which forms part of a SMETS2+ Device) for which'))
    draft(root, 'MPB', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function of a SMETS1 Device) for which').replace('and developers of the software', 'and the developers of the software'))
    const conflict = runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.0', 'MPA', 'MPB'])
    expect(conflict.status).toBe(1)
    expect(conflict.stderr).toContain('next:    release MPA without MPB')

    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.0', 'MPA']).status).toBe(0)
    const rebase = runCli(['--root', root, 'rebase', 'MPB', '--onto', '7.0', '--write'])
    expect(rebase.status).toBe(1)
    expect(rebase.stderr).toContain('rewrote modifications/MPB/ against 7.0 with 1 conflict block to resolve')
    const file = path.join(root, 'modifications/MPB/legal-text.md')
    const written = readFileSync(file, 'utf8')
    expect(written).toContain([
      '<<<<<<< conflict in G3.20(b): MPB and 7.0 both change these words. Write MPB\'s change into the clause below as marks against 7.0, then delete this block.',
      'base (6.17): (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for which it is the Responsible Supplier,',
      'MPB: (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function{++ of a SMETS1 Device++}) for which it is the Responsible Supplier,',
      '7.0: (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function{++ which forms part of a SMETS2+ Device++}) for which it is the Responsible Supplier,',
      '>>>>>>> end of conflict'
    ].join('\n'))
    // The clean part of the merge is kept as marks against 7.0.
    expect(written).toContain('and {++the ++}developers of the software')
    expect(readFileSync(path.join(root, 'modifications/MPB/modification.md'), 'utf8')).toContain('base: "7.0"')

    const line = written.split('\n').findIndex((l) => l.startsWith('<<<<<<<')) + 1
    const refusal = new RegExp(`modifications/MPB/legal-text\\.md:${line}:1: (?:MPB does not apply to its base: )?Unresolved conflict in MPB \\(G3\\.20\\(b\\)\\), expected ordinary marks`)
    for (const args of [['apply', 'MPB'], ['release', '--base', '7.0', '--as', '7.1', 'MPB'], ['verify'], ['fmt', '--check'], ['check', '--mod', 'MPB']]) {
      const result = runCli(['--root', root, ...args])
      expect(result.status, args.join(' ')).toBe(1)
      expect(`${result.stdout}${result.stderr}`, args.join(' ')).toMatch(refusal)
    }

    // Resolving: the block goes, MPB's intent is written into the clause as ordinary marks against 7.0.
    const resolved = written
      .replace(/<<<<<<< conflict[^]*?>>>>>>> end of conflict\n\n/, '')
      .replace('Gas Proxy Function which forms part of a SMETS2+ Device) for which', 'Gas Proxy Function which forms part of a {~~SMETS2+~>SMETS1~~} Device) for which')
    writeFileSync(file, resolved)
    expect(runCli(['--root', root, 'verify']).status).toBe(0)
    expect(runCli(['--root', root, 'fmt', '--check']).status).toBe(0)
    const released = runCli(['--root', root, 'release', '--base', '7.0', '--as', '7.1', 'MPB'])
    expect(released.status).toBe(0)
    const g320 = runCli(['--root', root, 'show', 'G3.20', '--at', '7.1']).stdout
    expect(g320).toContain('Gas Proxy Function which forms part of a SMETS1 Device) for which')
    expect(g320).toContain('and the developers of the software')
  })
})

describe('redline mods: the register of modifications', () => {
  it('lists every record with kind, status, base, target, staleness and provisions; --overlaps forecasts conflicts', () => {
    const root = copyCorpus()
    draft(root, 'MP123', (text) => text.replace('and developers of the software', 'and the developers of the software'))
    writeFileSync(path.join(root, 'section-g.md'), section621.replace('and developers of the software and firmware', 'and developers of the software and of the firmware'))
    expect(runCli(['--root', root, 'mod', 'new', 'MP124', '--from', path.join(root, 'section-g.md'), '--date', '2026-01-05']).status).toBe(0)
    const text = runCli(['--root', root, 'mods'])
    expect(text.status).toBe(0)
    expect(text.stdout.split('\n')).toEqual([
      'MP087\tmodification\timplemented\tbase 6.17\ttarget November 2019 SEC Release\treleased in 6.21\tG3.20(b)\tCorrection to SEC Section G – User Responsibilities',
      'MP123\tmodification\tdraft\tbase 6.17\tno target\tstale: base 6.17, latest 6.21\tG3.20(a)\tDraft MP123',
      'MP124\tmodification\tdraft\tbase 6.21\tno target\tcurrent\tG3.20(a)\tDraft MP124',
      expect.stringMatching(/^SEC520\tdesignation\timplemented\tbase 5\.19\t.*\treleased in 5\.20\tG3\.17\(b\)\t/),
      ''
    ])
    const json = JSON.parse(runCli(['--root', root, 'mods', '--format', 'json']).stdout) as {entries: Array<{id: string; staleness: string; provisions: string[]}>}
    expect(json.entries.map((e) => [e.id, e.staleness])).toEqual([['MP087', 'released'], ['MP123', 'stale'], ['MP124', 'current'], ['SEC520', 'released']])
    const overlaps = runCli(['--root', root, 'mods', '--overlaps'])
    expect(overlaps.stdout).toBe('MP123 and MP124: G3.20(a)\n')
  })
})

describe('metadata a published annex needs', () => {
  it('mod new takes --classification (default from redline.config.yaml), --proposer, --paper; the annex reads legal-text-version from modification.md', () => {
    const root = copyCorpus()
    const file = edited(root, section621.replace('wherever it is practicable', 'where it is practicable'))
    expect(runCli(['--root', root, 'mod', 'new', 'MP200', '--from', file, '--date', '2026-01-05', '--proposer', 'Security Sub-Committee', '--paper', 'SECP_73_1110_16']).status).toBe(0)
    const meta = readFileSync(path.join(root, 'modifications/MP200/modification.md'), 'utf8')
    expect(meta).toContain('proposer: "Security Sub-Committee"')
    expect(meta).toContain('classification: "White"')
    expect(meta).toContain('paper: "SECP_73_1110_16"')
    expect(meta).toContain('legal-text-version: "0.1"')
    const annex = runCli(['--root', root, 'annex', 'MP200', '--format', 'md', '--out', path.join(root, 'out')])
    expect(annex.status).toBe(0)
    expect(readFileSync(path.join(root, 'out/MP200-annex-a.md'), 'utf8')).toContain('in accordance with the Panel Information Policy')

    const metaFile = path.join(root, 'modifications/MP200/modification.md')
    writeFileSync(metaFile, meta.replace('legal-text-version: "0.1"', 'legal-text-version: "0.2"'))
    expect(runCli(['--root', root, 'annex', 'MP200']).stdout).toContain('Legal text – version 0.2')
    expect(runCli(['--root', root, 'annex', 'MP200', '--legal-text-version', '1.0']).stdout).toContain('Legal text – version 1.0')

    expect(runCli(['--root', root, 'mod', 'new', 'MP201', '--from', file, '--date', '2026-01-05', '--classification', 'Amber']).status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP201/modification.md'), 'utf8')).toContain('classification: "Amber"')
  })
})
