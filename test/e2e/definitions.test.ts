import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentXml} from '../annex/read-annex-formats.js'
import {repoRoot, runCli} from '../helpers/cli.js'
import {provisionTexts, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

/** The illustrative corpus with definitions (test/fixtures/definitions-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/definitions-corpus')
const sectionA = 'sec-text/1.0/section-a.md'
const base = readFileSync(path.join(fixture, sectionA), 'utf8')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-definitions-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

const shared = copyFixture()
const show = (...args: string[]): ReturnType<typeof runCli> => runCli(['--root', shared, 'show', '--at', '1.0', ...args])

/** Runs `redline --root <root> …args`, expects exit 0 (stderr in the message when not), and gives the result for more checks. */
function succeeds(root: string, ...args: string[]): ReturnType<typeof runCli> {
  const result = runCli(['--root', root, ...args])
  expect(result.status, `redline ${args.join(' ')}: ${result.stderr}`).toBe(0)
  return result
}

/** A copy of the fixture whose section A is `text`, and what `cmd` says of it. */
function withSection(text: string, ...cmd: string[]): ReturnType<typeof runCli> & {root: string} {
  const root = copyFixture()
  writeFileSync(path.join(root, sectionA), text)
  return {...runCli(['--root', root, ...cmd]), root}
}

describe('definitions: show (illustrative fixture)', () => {
  it('shows a definition by its ID, with its sub-paragraphs and tail', () => {
    const result = show('A1.1[Anomaly Detection Threshold]')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      [
        'Anomaly Detection Threshold means, in respect of an illustrative Device:',
        '    (a) the number of Alerts that the Device may raise in a Working Day; and',
        '    (b) the value of any one Alert, being:',
        '        (i) a value set by the Panel; or',
        '        (ii) where the Panel has set no value, the default value,',
        '    as published by the Panel from time to time.',
        ''
      ].join('\n')
    )
  })

  it("shows a definition's paragraph, its term matched whatever its case", () => {
    expect(show('A1.1[anomaly detection THRESHOLD](b)(ii)')).toMatchObject({status: 0, stdout: '(ii) where the Panel has set no value, the default value,\n'})
  })

  it('finds a definition by its term alone, case-insensitively, in every format', () => {
    expect(show('working day')).toMatchObject({status: 0, stdout: 'Working Day means any day other than a Saturday, a Sunday or a bank holiday.\n'})
    expect(show('Panel', '--format', 'md')).toMatchObject({status: 0, stdout: '- **Panel** means the illustrative panel established under Section A1.2.\n'})
    const json = JSON.parse(show('Alert Window', '--format', 'json').stdout) as {provision: {id: string; term: string; label: string}; place: {line: number; column: number}}
    expect(json.provision).toMatchObject({id: 'A1.1[Alert Window]', term: 'Alert Window', label: 'Alert Window'})
    expect(json.place).toEqual({file: sectionA, line: 13, column: 3})
  })

  it('an unknown term is a usage error, exit 2', () => {
    const result = show('A1.1[Nonexistent Term]')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unknown provision 'A1.1[Nonexistent Term]' in version 1.0")
  })
})

describe('definitions: canonical form', () => {
  it('the fixture is canonical', () => {
    expect(succeeds(shared, 'fmt', '--check').stdout).toBe('')
  })

  it('fmt writes a loosely typed definitions list back in canonical form', () => {
    const loose = base.replace('- **Panel** means', '*   **Panel**   means').replace('- **Working Day** means', '* __Working Day__ means')
    const result = withSection(loose, 'fmt')
    expect(result.stderr).toMatch(/^1 of \d+ files rewritten\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(result.root, sectionA), 'utf8')).toBe(base)
  })
})

describe('definitions: bad input is exit 2 at file:line:col, nothing written', () => {
  it('a term defined twice names both places', () => {
    const twice = base.replace('- **Working Day** means', '- **panel** means a second illustrative panel.\n- **Working Day** means')
    const result = withSection(twice, 'show', '--at', '1.0', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:22:3`)
    expect(result.stderr).toContain("Duplicate definition of 'panel' in A1.1")
    expect(result.stderr).toContain(`first defined as 'Panel' at ${sectionA}:21:3`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a list mixing definitions and labelled sub-paragraphs', () => {
    const mixed = base.replace('- **Panel** means', '- (c) means')
    const result = withSection(mixed, 'show', '--at', '1.0', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:21:3`)
    expect(result.stderr).toContain('Unexpected labelled sub-paragraph (c) in A1.1, expected a list of definitions only')
  })

  it('a definition with no term', () => {
    const bare = base.replace('- **Panel** means', '- means')
    const result = withSection(bare, 'show', '--at', '1.0', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:21:3`)
    expect(result.stderr).toContain("without a label or a term, expected '- (a) text' or a definition '- **Term** text'")
  })

  it('a term with square brackets', () => {
    const result = withSection(base.replace('- **Panel** means', '- **Panel \\[x\\]** means'), 'show', '--at', '1.0', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unexpected term 'Panel [x]' in a definition of A1.1")
  })

  it('a definition’s sub-paragraphs restart the schemes at (a)', () => {
    const result = withSection(base.replace('  - (a) the number', '  - (i) the number'), 'show', '--at', '1.0', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unexpected label (i) in A1.1[Anomaly Detection Threshold], expected (a): depth 1 uses lower-alpha labels')
    expect(result.stderr).toContain(`${sectionA}:15:5`)
  })
})

describe('definitions: a change record through the real CLI (illustrative MP900: amend, insert, rename, delete)', () => {
  it('verify rebuilds 1.1 from 1.0 and MP900', () => {
    succeeds(shared, 'verify')
  })

  it('diff reports each definition by its own kind, in text and JSON', () => {
    const text = runCli(['--root', shared, 'diff', '1.0', '1.1'])
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('definition changed A1.1[Alert Window]  sec-text/1.1/section-a.md:13:3\n')
    expect(text.stdout).toContain('definition added A1.1[Alert Window Extension]')
    expect(text.stdout).toContain('definition changed A1.1[Anomaly Detection Threshold]')
    expect(text.stdout).toContain('definition renamed from A1.1[Panel] (similarity 1.00) A1.1[Illustrative Panel]')
    expect(text.stdout).toContain('definition deleted A1.1[Working Day]  sec-text/1.0/section-a.md:22:3\n')
    const json = JSON.parse(runCli(['--root', shared, 'diff', '1.0', '1.1', '--format', 'json']).stdout) as {changes: Array<{kind: string; oldId: string | null; newId: string | null; redline: {definition?: boolean}}>}
    expect(json.changes.map((c) => [c.kind, c.oldId, c.newId])).toEqual([
      ['definition-changed', 'A1.1[Alert Window]', 'A1.1[Alert Window]'],
      ['definition-added', null, 'A1.1[Alert Window Extension]'],
      ['definition-changed', 'A1.1[Anomaly Detection Threshold]', 'A1.1[Anomaly Detection Threshold]'],
      ['definition-renamed', 'A1.1[Panel]', 'A1.1[Illustrative Panel]'],
      ['definition-deleted', 'A1.1[Working Day]', null],
      ['changed', 'A1.2', 'A1.2']
    ])
    expect(json.changes.slice(0, 5).every((c) => c.redline.definition === true)).toBe(true)
    const one = runCli(['--root', shared, 'diff', '1.0', '1.1', '--clause', 'A1.1[Anomaly Detection Threshold]'])
    expect(one.stdout).toContain('definition changed A1.1[Anomaly Detection Threshold]')
    expect(one.stdout).not.toContain('Alert Window Extension')
  })

  it('the annex prints each term as its label in bold: markdown, HTML, Word, terminal', () => {
    const out = path.join(copyFixture(), 'out')
    succeeds(shared, 'annex', 'MP900', '--format', 'all', '--out', out)
    const md = readFileSync(path.join(out, 'MP900-annex-a.md'), 'utf8')
    expect(md).toContain('- **<ins>Alert Window Extension</ins>**<ins> means an illustrative extension')
    expect(md).toContain('- **<ins>Illustrative </ins>Panel** means the illustrative panel')
    expect(md).toContain('- **<del>Working Day</del>**<del> means any day')
    const html = readFileSync(path.join(out, 'MP900-annex-a.html'), 'utf8')
    expect(html).toContain('data-id="A1.1[Illustrative Panel]" data-status="changed"><span class="label"><ins>Illustrative </ins>Panel </span>')
    const xml = documentXml(readFileSync(path.join(out, 'MP900-annex-a.docx')))
    expect(xml).toMatch(/<w:b\/>[^]*?<w:t xml:space="preserve">Alert Window Extension<\/w:t>/)
    const terminal = runCli(['--root', shared, 'annex', 'MP900'], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(terminal.stdout).toContain('    \u001b[1mAnomaly Detection Threshold\u001b[22m means')
  })

  it('history of a definition names the record that changed it', () => {
    const result = runCli(['--root', shared, 'history', 'A1.1[Alert Window]'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('1.1  amended from 1.0 by MP900 (modification) "Illustrative definitions change"\nAlert Window means the illustrative period of [-five-][+ten+] Working Days')
  })

  it('history of a definition inserted into a clause awaiting a direction: the clause’s status before is the base’s, not "in force"', () => {
    const root = copyFixture()
    const file = path.join(root, 'sec-text/1.1/section-a.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: "1.1"\n', 'version: "1.1"\nstatus:\n  "A1.1": {commences: "direction"}\n'))
    const drafted = readFileSync(file, 'utf8').replace('{commences: "direction"}', '{commences: "2031-01-01"}').replace('- **Alert Window** means', '- **Aaa Illustrative Term** means an illustrative term.\n- **Alert Window** means')
    writeFileSync(path.join(root, 'drafted.md'), drafted)
    succeeds(root, 'mod', 'new', 'MP902', '--base', '1.1', '--from', path.join(root, 'drafted.md'), '--date', '2026-01-02')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MP902')
    expect(succeeds(root, 'history', 'Aaa Illustrative Term').stdout).toContain('status of A1.1 (which it is part of): not in force: comes into force on a direction → comes into force on 1 January 2031 (activated)\n')
  })

  it('history follows a definition renamed in its place back to its old term, and takes a defined term alone', () => {
    const renamed = runCli(['--root', shared, 'history', 'A1.1[Illustrative Panel]'])
    expect(renamed.status).toBe(0)
    expect(renamed.stdout).toBe(
      '1.0  first stored version\nPanel means the illustrative panel established under Section A1.2.\n\n1.1  renamed from 1.0 by MP900 (modification) "Illustrative definitions change"\nrenamed from: A1.1[Panel]\n[+Illustrative +]Panel means the illustrative panel established under Section A1.2.\n'
    )
    const json = JSON.parse(runCli(['--root', shared, 'history', 'illustrative panel', '--format', 'json']).stdout) as {entries: Array<{change: string; renamedFrom?: string}>}
    expect(json.entries.map((entry) => [entry.change, entry.renamedFrom])).toEqual([['first', undefined], ['renamed', 'A1.1[Panel]']])
    expect(runCli(['--root', shared, 'history', 'Alert Window']).stdout).toBe(runCli(['--root', shared, 'history', 'A1.1[Alert Window]']).stdout)
  })

  it('mod new --from drafts a definition moved out of alphabetical order; release gives exactly the drafter’s file; diff calls it moved', () => {
    const root = copyFixture()
    const current = readFileSync(path.join(root, 'sec-text/1.1/section-a.md'), 'utf8')
    const line = '- **Alert Window** means the illustrative period of ten Working Days after an Alert is raised.\n'
    const drafted = current.replace(line, '').replace('- **Illustrative Panel**', `${line}- **Illustrative Panel**`)
    writeFileSync(path.join(root, 'drafted.md'), drafted)
    succeeds(root, 'mod', 'new', 'MP901', '--base', '1.1', '--from', path.join(root, 'drafted.md'), '--date', '2026-01-02')
    const legal = readFileSync(path.join(root, 'modifications/MP901/legal-text.md'), 'utf8')
    expect(legal).toContain(`{--${line.trimEnd()}--}`)
    expect(legal).toContain(`{++${line.trimEnd()}++}`)
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MP901')
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-a.md'), 'utf8')).toBe(drafted.replace('version: "1.1"', 'version: "1.2"'))
    const diff = runCli(['--root', root, 'diff', '1.1', '1.2'])
    expect(diff.stdout).toContain('definition moved to another place in the list (similarity 1.00) A1.1[Alert Window]')
    succeeds(root, 'verify')
  })
})

describe('definitions: a term on both sides pairs with itself before any rename is sought', () => {
  it('diff and mod new --from call a definition moved out of order beside a rename moved, and the rename a rename of the other term', () => {
    const root = copyFixture()
    const current = readFileSync(path.join(root, 'sec-text/1.1/section-a.md'), 'utf8')
    const line = '- **Alert Window** means the illustrative period of ten Working Days after an Alert is raised.\n'
    const drafted = current
      .replace(line, '')
      .replace('- **Alert Window Extension** means', '- **Alert Window Extension Period** means')
      .replace('established under Section A1.2.\n', `established under Section A1.2.\n${line}`)
    mkdirSync(path.join(root, 'draft'))
    writeFileSync(path.join(root, 'draft', 'section-a.md'), drafted)
    const diff = runCli(['--root', root, 'diff', '1.1', path.join(root, 'draft', 'section-a.md')])
    expect(diff.status, diff.stderr).toBe(0)
    expect(diff.stdout).toContain('definition renamed from A1.1[Alert Window Extension] (similarity 1.00) A1.1[Alert Window Extension Period]')
    expect(diff.stdout).toContain('definition moved to another place in the list (similarity 1.00) A1.1[Alert Window]')
    expect(diff.stdout).not.toMatch(/definition (?:added|deleted)/)
    succeeds(root, 'mod', 'new', 'MP902', '--base', '1.1', '--from', path.join(root, 'draft', 'section-a.md'), '--date', '2026-01-02')
    const legal = readFileSync(path.join(root, 'modifications/MP902/legal-text.md'), 'utf8')
    expect(legal).toContain('- **{~~Alert Window Extension~>Alert Window Extension Period~~}** means')
    expect(legal).toContain(`{--${line.trimEnd()}--}`)
    expect(legal).toContain(`{++${line.trimEnd()}++}`)
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MP902')
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-a.md'), 'utf8')).toBe(drafted.replace('version: "1.1"', 'version: "1.2"'))
  })
})

describe('definitions: the annex shows only the changed definitions, each after its drafting line', () => {
  const lines = [
    "Amend the definition of 'Alert Window' as follows:",
    'Insert the following new definition in the appropriate alphabetical order in Section A1.1:',
    "Amend the definition of 'Anomaly Detection Threshold' as follows:",
    "Amend the definition of 'Panel' as follows:",
    "Delete the definition of 'Working Day'.",
    'Amend Section A1.2 as follows:'
  ]
  const threshold = (defaultValue: string): string[] => [
    'Anomaly Detection Threshold means, in respect of an illustrative Device:',
    '(a) the number of Alerts that the Device may raise in a Working Day; and',
    '(b) the value of any one Alert, being:',
    '(i) a value set by the Panel; or',
    `(ii) where the Panel has set no value, ${defaultValue},`,
    'as published by the Panel from time to time.'
  ]
  /** MP900's annex after Accept All: the four definitions it amends or inserts (not the list's lead-in), and A1.2. */
  const accepted = [
    'Alert Window means the illustrative period of ten Working Days after an Alert is raised.',
    'Alert Window Extension means an illustrative extension of an Alert Window agreed by the Panel.',
    ...threshold('the default value set out in the illustrative schedule'),
    'Illustrative Panel means the illustrative panel established under Section A1.2.',
    'A1.2 The Illustrative Panel shall publish each Anomaly Detection Threshold within one Alert Window of setting it, and shall apply paragraph (b)(ii) of the definition of Anomaly Detection Threshold where it has set no value.'
  ]
  /** After Reject All: the same definitions as they stood (the deleted one, not the inserted one), and A1.2. */
  const rejected = [
    'Alert Window means the illustrative period of five Working Days after an Alert is raised.',
    ...threshold('the default value'),
    'Panel means the illustrative panel established under Section A1.2.',
    'Working Day means any day other than a Saturday, a Sunday or a bank holiday.',
    'A1.2 The Panel shall publish each Anomaly Detection Threshold within one Alert Window of setting it, and shall apply paragraph (b)(ii) of the definition of Anomaly Detection Threshold where it has set no value.'
  ]

  it('in Markdown, HTML and the terminal: the lines, and none of the list’s own words', () => {
    const out = path.join(copyFixture(), 'out')
    succeeds(shared, 'annex', 'MP900', '--format', 'all', '--out', out, '--context', 'clause')
    const md = readFileSync(path.join(out, 'MP900-annex-a.md'), 'utf8')
    expect(md.match(/^_(.*)_$/gm)?.map((line) => line.slice(1, -1))).toEqual(lines)
    expect(md).not.toContain('In this illustrative Code')
    const html = readFileSync(path.join(out, 'MP900-annex-a.html'), 'utf8')
    expect(html.match(/<p class="instruction">(.*?)<\/p>/g)?.map((line) => line.replace(/<[^>]+>/g, '').replaceAll('&#39;', "'"))).toEqual(lines)
    // Each definition shown is its own anchor; the contents link goes to the first.
    expect(html).toContain('<a href="#clause-A1.1[Alert Window]">Amend Section A1.1')
    expect(html).toContain('<div class="clause" id="clause-A1.1[Working Day]" data-status="deleted">')
    const terminal = succeeds(shared, 'annex', 'MP900').stdout
    expect(terminal).toContain("Delete the definition of 'Working Day'.\n    [-Working Day-][- means any day")
    expect(terminal).not.toContain('In this illustrative Code')
  })

  it.runIf(runLibreOfficeTests)('in Word: Accept All reads as the new definitions and Reject All as the old, in LibreOffice, in every context', () => {
    const out = path.join(copyFixture(), 'out')
    const contexts = ['heading', 'clause', 'none'] as const
    const files = contexts.map((context) => {
      succeeds(shared, 'annex', 'MP900', '--format', 'docx', '--context', context, '--out', path.join(out, context))
      return path.join(out, context, 'MP900-annex-a.docx')
    })
    readWithLibreOffice(files).forEach((reading, index) => {
      expect(provisionTexts(reading.accept), contexts[index]).toEqual(accepted)
      expect(provisionTexts(reading.reject), contexts[index]).toEqual(rejected)
      expect(reading.accept.filter((p) => p.style === 'Instruction').map((p) => p.text)).toEqual(lines)
    })
  }, 120_000)
})

describe('definitions: amending instructions through the real CLI', () => {
  it('annex --format instructions drafts each definition in the drafting style, and apply --instructions gives back the legal text’s result', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    succeeds(root, 'annex', 'MP900', '--format', 'instructions', '--out', out)
    const file = path.join(out, 'MP900-instructions.txt')
    const text = readFileSync(file, 'utf8')
    expect(text.split('\n').filter((line) => /^\d+\./.test(line))).toEqual([
      "1. Delete the definition of 'Working Day'.",
      // A definition whose term and structure stay changes by its words, as a clause does.
      '2. In the definition of \'Alert Window\', for "five" substitute "ten".',
      '3. In paragraph (b)(ii) of the definition of \'Anomaly Detection Threshold\', after "default value" insert "set out in the illustrative schedule".',
      "4. Amend the definition of 'Panel' as follows:",
      '5. Insert the following new definition in the appropriate alphabetical order in Section A1.1:',
      '6. In Section A1.2, after "The" insert "Illustrative".'
    ])
    // Plain legal text, as whole clauses are written: the term, then its meaning; sub-paragraphs indented as a clause's; no markdown, no backslash.
    expect(text).toContain("4. Amend the definition of 'Panel' as follows:\n    Illustrative Panel means the illustrative panel established under Section A1.2.\n")
    expect(text).not.toMatch(/\*\*|\\/)
    const viaInstructions = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    const viaLegalText = runCli(['--root', root, 'apply', 'MP900'])
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
    expect(viaInstructions.stdout).toContain('    Alert Window Extension means an illustrative extension')
  })

  it('apply --instructions reads a hand-written plain definition, hostile words kept exactly, and still the canonical markdown form', () => {
    const root = copyFixture()
    const file = path.join(root, 'hand.txt')
    const meaning = 'means a notice {given} ~> | <script>x</script> *under* _Section_ A1.2 "quoted" שלום 漢字.'
    writeFileSync(file, [
      '# illustrative',
      '1. Insert the following new definition in the appropriate alphabetical order in Section A1.1:',
      `    Abort Notice ${meaning}`,
      "2. Amend the definition of 'Alert Window' as follows:",
      '    - **Alert Window** means the illustrative period of twelve Working Days.',
      ''
    ].join('\n'))
    const result = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`    Abort Notice ${meaning}`)
    expect(result.stdout).toContain('    Alert Window means the illustrative period of twelve Working Days.')
    writeFileSync(file, "1. Amend the definition of 'Alert Window' as follows:\n    Alert Window, the illustrative period.\n")
    const bad = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain(`${file}:2:5: Unexpected 'Alert Window, the illustrative period.', expected a definition: its term, then its meaning`)
  })

  it('apply --instructions takes word changes in a definition, its paragraphs and its closing words, and refuses words it lacks at their line', () => {
    const root = copyFixture()
    const file = path.join(root, 'words.txt')
    writeFileSync(file, [
      "1. In the definition of 'Alert Window', for \"five\" substitute \"twelve\".",
      "2. In paragraph (b)(ii) of the definition of 'Anomaly Detection Threshold', for \"default\" substitute \"standard\".",
      "3. In the closing words of the definition of 'Anomaly Detection Threshold', after \"Panel\" insert \"in writing\".",
      ''
    ].join('\n'))
    const result = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('    Alert Window means the illustrative period of twelve Working Days after an Alert is raised.')
    expect(result.stdout).toContain('            (ii) where the Panel has set no value, the standard value,')
    expect(result.stdout).toContain('        as published by the Panel in writing')
    writeFileSync(file, "# illustrative\n1. In the definition of 'Alert Window', for \"fifty\" substitute \"twelve\".\n")
    const bad = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain(`${file}:2:1: Unexpected "fifty": not in the definition of 'Alert Window'`)
  })

  it('an instruction naming a term no clause defines is exit 2 at its line', () => {
    const root = copyFixture()
    const file = path.join(root, 'bad.txt')
    writeFileSync(file, "# illustrative\n1. Delete the definition of 'Nonexistent'.\n")
    const result = runCli(['--root', root, 'apply', 'MP900', '--instructions', file])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${file}:2:1: Unexpected definition of 'Nonexistent': no clause of the version defines it, expected a defined term`)
  })
})

describe('definitions: redline check', () => {
  it('reads the defined terms from the corpus: 1.0 is clean, and 1.1 still uses the terms MP900 renamed and deleted', () => {
    succeeds(shared, 'check', '--at', '1.0')
    const result = runCli(['--root', shared, 'check', '--format', 'json'])
    expect(result.status).toBe(1)
    const messages = (JSON.parse(result.stdout) as {messages: Array<{ruleId: string; reason: string; line: number; column: number}>}).messages
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason.split(',')[0] ?? ''}`)).toEqual([
      "13:3 defined-terms Unexpected undefined term 'Working Days' in A1.1[Alert Window]",
      "14:3 defined-terms Unexpected undefined term 'Panel' in A1.1[Alert Window Extension]",
      "16:5 defined-terms Unexpected undefined term 'Working Day' in A1.1[Anomaly Detection Threshold](a)",
      "18:7 defined-terms Unexpected undefined term 'Panel' in A1.1[Anomaly Detection Threshold](b)(i)",
      "19:7 defined-terms Unexpected undefined term 'Panel' in A1.1[Anomaly Detection Threshold](b)(ii)",
      // In the definition's tail ("as published by the Panel …"), on its own line.
      "21:3 defined-terms Unexpected undefined term 'Panel' in A1.1[Anomaly Detection Threshold]"
    ])
  })

  it('check --mod points each finding at its line of the record’s legal text, a definition’s closing words included', () => {
    const result = runCli(['--root', shared, 'check', '--mod', 'MP900', '--format', 'json'])
    expect(result.status).toBe(1)
    const messages = (JSON.parse(result.stdout) as {messages: Array<{file: string; reason: string; line: number; column: number}>}).messages
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason.split(',')[0] ?? ''}`)).toContain(
      // "  as published by the Panel from time to time." stands on line 15 of the record; it was reported at (b)'s line 11.
      "modifications/MP900/legal-text.md:15:3 Unexpected undefined term 'Panel' in A1.1[Anomaly Detection Threshold]"
    )
  })

  it('a definition out of alphabetical order is a finding (exit 1), and a cited paragraph the definition lacks does not resolve', () => {
    const line = '- **Alert Window** means the illustrative period of five Working Days after an Alert is raised.\n'
    const text = base
      .replace(line, '')
      .replace('- **Working Day**', `${line}- **Working Day**`)
      .replace('paragraph (b)(ii) of the definition', 'paragraph (b)(iii) of the definition')
    const result = withSection(text, 'check', '--at', '1.0')
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/21:3 +error Unexpected definition of 'Alert Window' after 'Panel' in A1.1, expected the definitions in alphabetical order \('Alert Window' before 'Panel'\)/)
    expect(result.stdout).toMatch(/20:3 +info {2}'Panel' is defined before it/)
    expect(result.stdout).toMatch(/24:1 +error Unexpected reference to A1.1\[Anomaly Detection Threshold\]\(b\)\(iii\) in A1.2, expected a provision of version 1.0; did you mean 'A1.1\[Anomaly Detection Threshold\]\(b\)\(ii\)'/)
  })

  it('a term defined in A1.1 and again inline in another Part is a finding (exit 1) at both places', () => {
    const inline = `${base}\n## A2 Illustrative Interpretation\n\n**A2.1** In this illustrative Part, "working day" means a day on which the illustrative Panel meets.\n`
    const result = withSection(inline, 'check', '--at', '1.0')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(sectionA)
    expect(result.stdout).toMatch(/28:1 +error Unexpected second definition of 'working day' in A2\.1, expected each term defined once \(first defined as A1\.1\[Working Day\]\)/)
    expect(result.stdout).toMatch(/22:3 info {2}'Working Day' is first defined here/)
  })
})

describe('definitions: two records amending one definitions list', () => {
  /** Drafts `id` on 1.1 from 1.1's section A edited by `edit`. */
  const draft = (root: string, id: string, edit: (text: string) => string): void => {
    const file = path.join(root, `${id}.md`)
    writeFileSync(file, edit(readFileSync(path.join(root, 'sec-text/1.1/section-a.md'), 'utf8')))
    succeeds(root, 'mod', 'new', id, '--base', '1.1', '--from', file, '--date', '2026-01-03')
  }
  const insertBefore = (anchor: string, line: string) => (text: string): string => text.replace(`- **${anchor}**`, `${line}\n- **${anchor}**`)
  const beta = '- **Beta Window** means an illustrative second window.'
  const zeta = '- **Zeta Level** means an illustrative level.'

  it('release of both keeps every definition each inserts, deletes or amends', () => {
    const root = copyFixture()
    draft(root, 'MPA', insertBefore('Illustrative Panel', beta))
    draft(root, 'MPB', (text) => `${text.replace(/^.*\*\*Alert Window Extension\*\*.*\n/m, '').replace('ten Working Days', 'twelve Working Days').replace('\n\n**A1.2**', `\n${zeta}\n\n**A1.2**`)}`)
    const released = runCli(['--root', root, 'release', '--base', '1.1', '--as', '1.2', 'MPA', 'MPB'])
    expect(released.stderr).toBe('')
    expect(released.status).toBe(0)
    const text = readFileSync(path.join(root, 'sec-text/1.2/section-a.md'), 'utf8')
    expect(text).toContain(`${beta}\n- **Illustrative Panel**`)
    expect(text).toContain(`from time to time.\n${beta}\n- **Illustrative Panel** means the illustrative panel established under Section A1.2.\n${zeta}\n`)
    expect(text).not.toContain('Alert Window Extension')
    expect(text).toContain('twelve Working Days')
    succeeds(root, 'verify')
  })

  it('rebase carries a new definition onto a version where another record changed the list', () => {
    const root = copyFixture()
    draft(root, 'MPA', insertBefore('Illustrative Panel', beta))
    draft(root, 'MPB', insertBefore('Alert Window', '- **Aardvark Level** means an illustrative first level.'))
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MPB')
    const rebased = runCli(['--root', root, 'rebase', 'MPA', '--onto', '1.2', '--write'])
    expect(rebased.stderr).toBe('')
    expect(rebased.status).toBe(0)
    succeeds(root, 'release', '--base', '1.2', '--as', '1.3', 'MPA')
    const text = readFileSync(path.join(root, 'sec-text/1.3/section-a.md'), 'utf8')
    expect(text).toContain('- **Aardvark Level** means an illustrative first level.\n- **Alert Window**')
    expect(text).toContain(`${beta}\n- **Illustrative Panel**`)
  })

  it('rebase --write with a conflict in one definition keeps a definition the record inserts cleanly in the same clause', () => {
    const root = copyFixture()
    draft(root, 'RA', (text) => text.replace('period of ten Working Days', 'period of twelve Working Days'))
    draft(root, 'RB', (text) => insertBefore('Illustrative Panel', beta)(text.replace('period of ten Working Days', 'period of eleven Working Days')))
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'RA')
    const rebased = runCli(['--root', root, 'rebase', 'RB', '--onto', '1.2', '--write'])
    expect(rebased.status).toBe(1)
    expect(rebased.stderr).toContain('Conflict in A1.1: RB and 1.2 both change the text of A1.1[Alert Window]')
    const legalText = path.join(root, 'modifications/RB/legal-text.md')
    const written = readFileSync(legalText, 'utf8')
    expect(written).toContain('<<<<<<< conflict in A1.1[Alert Window]')
    expect(written).toContain('- **Alert Window** means the illustrative period of twelve Working Days after an Alert is raised.\n')
    expect(written).toContain(`as published by the Panel from time to time.\n{++${beta}++}\n- **Illustrative Panel**`)
    // Resolved (RB's word written as a mark against 1.2, the block deleted): the release holds both of RB's changes.
    writeFileSync(legalText, written.replace(/<{7}[\s\S]*?end of conflict\n\n/, '').replace('period of twelve Working', 'period of {~~twelve~>eleven~~} Working'))
    succeeds(root, 'release', '--base', '1.2', '--as', '1.3', 'RB')
    const text = readFileSync(path.join(root, 'sec-text/1.3/section-a.md'), 'utf8')
    expect(text).toContain('period of eleven Working Days')
    expect(text).toContain(`${beta}\n- **Illustrative Panel**`)
  })
})

describe('definitions: patch', () => {
  it('redline patch gives a diff that git apply turns from 1.0 into 1.1', () => {
    const root = copyFixture()
    const git = (...args: string[]): ReturnType<typeof spawnSync> => spawnSync('git', args, {cwd: root, encoding: 'utf8'})
    const patch = runCli(['--root', root, 'patch', 'MP900'])
    expect(patch.status).toBe(0)
    expect(patch.stdout).toContain('+- **Alert Window Extension** means an illustrative extension of an Alert Window agreed by the Panel.\n')
    expect(patch.stdout).toContain('-- **Working Day** means any day other than a Saturday, a Sunday or a bank holiday.\n')
    writeFileSync(path.join(root, 'mp900.patch'), patch.stdout)
    expect(git('init', '-q').status).toBe(0)
    expect(git('apply', 'mp900.patch').status).toBe(0)
    const patched = readFileSync(path.join(root, sectionA), 'utf8')
    expect(patched).toBe(readFileSync(path.join(root, 'sec-text/1.1/section-a.md'), 'utf8').replace('version: "1.1"', 'version: "1.0"'))
  })
})
