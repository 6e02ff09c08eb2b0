import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/**
 * An Appendix's own definitions (Section 1.1 of Appendix AB) changed by a record: each definition
 * has its own drafting line naming the Appendix, as Section A1.1's do, and the amending
 * instructions apply back. The corpus is the illustrative Appendices fixture with a definitions
 * clause added to Appendix AB, and a Section A that defines two of the same terms (so a
 * definition named by its term alone would be found in the wrong clause). Not SEC text.
 */
const definitions = `## 1 Definitions

**1.1** In this Appendix:

- **Illustrative Request** means a request made under this illustrative Appendix.
- **Request Window** means the illustrative period of five Working Days after a request is received.
- **Working Day** means any day other than a Saturday or a Sunday.

## 2 Processing Illustrative Requests`

function sectionA(version: string): string {
  return `---
section: "A"
title: "Definitions and Interpretation"
version: "${version}"
---

# Section A: Definitions and Interpretation

**A1.1** In this Code:

- **Request Window** means the illustrative period the Panel sets for a request.
- **Working Day** means any day other than a Saturday, a Sunday or a bank holiday.
`
}

function corpus(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendix-definitions-'))
  cpSync(path.join(repoRoot, 'test/fixtures/appendices-corpus'), root, {recursive: true})
  for (const version of ['1.0', '1.1']) {
    const file = path.join(root, 'sec-text', version, 'appendix-ab.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('## 2 Processing Illustrative Requests', definitions))
    writeFileSync(path.join(root, 'sec-text', version, 'section-a.md'), sectionA(version))
  }
  return root
}

function ok(root: string, ...args: string[]): string {
  const result = runCli(['--root', root, ...args], {cwd: root})
  expect(result.status, `redline ${args.join(' ')}: ${result.stderr}`).toBe(0)
  return result.stdout
}

describe('definitions of an Appendix: one drafting line per definition, naming the Appendix', () => {
  it('annex and instructions name Section 1.1 of Appendix AB; apply --instructions gives what the legal text gives', () => {
    const root = corpus()
    ok(root, 'verify')
    const drafted = path.join(mkdtempSync(path.join(tmpdir(), 'sec-redline-appendix-definitions-draft-')), 'appendix-ab.md')
    writeFileSync(
      drafted,
      readFileSync(path.join(root, 'sec-text/1.1/appendix-ab.md'), 'utf8')
        .replace('five Working Days after a request', 'ten Working Days after a request')
        .replace('- **Working Day**', '- **Request Window Extension** means an illustrative extension of a Request Window.\n- **Working Day**')
        .replace('- **Illustrative Request** means a request made under this illustrative Appendix.\n', '')
    )
    ok(root, 'mod', 'new', 'MPD01', '--base', '1.1', '--from', drafted, '--title', 'Illustrative Appendix definitions')
    const lines = [
      "Delete the definition of 'Illustrative Request' in Section 1.1 of Appendix AB.",
      "Amend the definition of 'Request Window' in Section 1.1 of Appendix AB as follows:",
      'Insert the following new definition in the appropriate alphabetical order in Section 1.1 of Appendix AB:'
    ]
    const annex = ok(root, 'annex', 'MPD01')
    for (const line of lines) expect(annex).toContain(`${line}\n`)
    expect(annex).not.toContain('Substitute')
    expect(annex).not.toContain('Amend Section 1.1')
    ok(root, 'annex', 'MPD01', '--format', 'instructions')
    const file = path.join(root, 'out/MPD01/MPD01-instructions.txt')
    // The amending instructions change the definition by its words, naming the Appendix's clause too.
    const instructions = [lines[0], 'In the definition of \'Request Window\' in Section 1.1 of Appendix AB, for "five" substitute "ten".', lines[2]]
    expect(readFileSync(file, 'utf8').split('\n').filter((line) => /^\d+\./.test(line))).toEqual(instructions.map((line, index) => `${index + 1}. ${line}`))
    const viaInstructions = ok(root, 'apply', 'MPD01', '--format', 'md', '--instructions', file)
    expect(viaInstructions).toBe(ok(root, 'apply', 'MPD01', '--format', 'md'))
    expect(viaInstructions).toContain('- **Request Window** means the illustrative period of ten Working Days after a request is received.\n- **Request Window Extension** means')
    // Section A's definition of the same term is left as it was.
    const released = ok(root, 'release', 'MPD01', '--base', '1.1', '--as', '1.2')
    expect(released).toContain('1.2')
    expect(ok(root, 'show', 'A1.1[Request Window]', '--at', '1.2')).toContain('the illustrative period the Panel sets for a request')
    expect(ok(root, 'show', 'AB:1.1[Request Window]', '--at', '1.2')).toContain('ten Working Days')
  })

  it('refuses an instruction naming a clause that does not define the term, at its line', () => {
    const root = corpus()
    const file = path.join(root, 'bad-instructions.txt')
    writeFileSync(file, "1. Delete the definition of 'Illustrative Request' in Section 2.1 of Appendix AB.\n")
    const drafted = path.join(mkdtempSync(path.join(tmpdir(), 'sec-redline-appendix-definitions-draft-')), 'appendix-ab.md')
    writeFileSync(drafted, readFileSync(path.join(root, 'sec-text/1.1/appendix-ab.md'), 'utf8').replace('- **Illustrative Request** means a request made under this illustrative Appendix.\n', ''))
    ok(root, 'mod', 'new', 'MPD02', '--base', '1.1', '--from', drafted)
    const result = runCli(['--root', root, 'apply', 'MPD02', '--instructions', file], {cwd: root})
    expect(result.stderr).toContain('bad-instructions.txt:1:')
    expect(result.stderr).toContain("Unexpected definition of 'Illustrative Request': not in Section 2.1 of Appendix AB")
    expect(result.status).toBe(2)
  })
})
