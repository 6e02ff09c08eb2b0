/**
 * `redline rebase` of a record over headings the target version changed, through the real CLI on a
 * copy of test/fixtures/parts-corpus (illustrative headings, not SEC wording): a heading written as
 * context takes the target's words; a cross-heading or part heading changed on both sides is a
 * conflict whose block names the heading and the heading line to mark, never a clause.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli, type CliResult} from '../helpers/cli.js'

function succeeds(root: string, ...args: string[]): CliResult {
  const result = runCli(['--root', root, '--no-color', ...args])
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** A copy of the parts corpus with 1.1 released from a record (MA) retitling part G1 and its cross-heading "Scope". */
function released(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-rebase-headings-'))
  cpSync(path.join(repoRoot, 'test/fixtures/parts-corpus'), root, {recursive: true})
  draft(root, 'MA', (text) => text.replace('### Scope\n', '### Scope of the Part\n').replace('## G1 Illustrative Part One\n', '## G1 Illustrative Part One Renamed\n'))
  succeeds(root, 'release', '--base', '1.0', '--as', '1.1', 'MA')
  return root
}

/** Drafts a record against 1.0 from its Section G edited. */
function draft(root: string, id: string, edit: (text: string) => string): void {
  const file = path.join(mkdtempSync(path.join(root, 'edited-')), 'section-g.md')
  writeFileSync(file, edit(readFileSync(path.join(root, 'sec-text/1.0/section-g.md'), 'utf8')))
  succeeds(root, 'mod', 'new', id, '--base', '1.0', '--from', file, '--date', '2026-01-01')
}

describe('rebase over changed headings (illustrative headings)', () => {
  it('a record that only amends a clause under headings the target retitled: rebased cleanly, its heading lines the target\'s', () => {
    const root = released()
    draft(root, 'MB', (text) => text.replace('This illustrative Part applies', 'This illustrative Part now applies'))
    succeeds(root, 'rebase', 'MB', '--onto', '1.1', '--write')
    expect(readFileSync(path.join(root, 'modifications/MB/legal-text.md'), 'utf8')).toBe('# Section G: Security\n\n## G1 Illustrative Part One Renamed\n\n### Scope of the Part\n\n**G1.1** This illustrative Part {++now ++}applies to each Party.\n')
    succeeds(root, 'verify')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MB')
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-g.md'), 'utf8')).toContain('## G1 Illustrative Part One Renamed\n\n### Scope of the Part\n\n**G1.1** This illustrative Part now applies')
  })

  it('a part heading and a cross-heading retitled on both sides: exit 1, a block under each heading line naming the heading; resolved by marking the lines', () => {
    const root = released()
    draft(root, 'MB', (text) => text.replace('### Scope\n', '### Scope and Application\n').replace('## G1 Illustrative Part One\n', '## G1 Illustrative First Part\n'))
    const rebase = runCli(['--root', root, '--no-color', 'rebase', 'MB', '--onto', '1.1', '--write'])
    expect(rebase.status).toBe(1)
    expect(rebase.stderr).toContain('Conflict in G1: MB and 1.1 both change the heading of part G1, expected changes to different words')
    expect(rebase.stderr).toContain('next:    redline rebase MB --onto 1.1 --write writes the record with a conflict block under the heading of Part G1; write the heading as marks against 1.1 ({~~Illustrative Part One Renamed~>Illustrative First Part~~}) and delete the block')
    expect(rebase.stderr).toContain('Conflict in G1.1: MB and 1.1 both change the cross-heading "Scope"')
    const legal = path.join(root, 'modifications/MB/legal-text.md')
    const written = readFileSync(legal, 'utf8')
    expect(written).toContain(
      [
        '## G1 Illustrative Part One Renamed',
        '',
        "<<<<<<< conflict in the heading of Part G1: MB and 1.1 both change this heading. Write MB's change into the part heading line above as marks against 1.1, then delete this block.",
        'base (1.0): Illustrative Part One',
        'MB: Illustrative {--Part One--}{++First Part++}',
        '1.1: Illustrative Part One{++ Renamed++}',
        '>>>>>>> end of conflict',
        '',
        '### Scope of the Part',
        '',
        "<<<<<<< conflict in the cross-heading above G1.1: MB and 1.1 both change this heading. Write MB's change into the cross-heading line above as marks against 1.1, then delete this block.",
        'base (1.0): Scope',
        'MB: Scope{++ and Application++}',
        '1.1: Scope{++ of the Part++}',
        '>>>>>>> end of conflict',
        '',
        '**G1.1** '
      ].join('\n')
    )
    expect(written).not.toMatch(/clause below/)
    // Until resolved, the record is refused, told to edit the heading line above the block.
    const refused = runCli(['--root', root, 'apply', 'MB'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/legal-text\.md:5:1: Unresolved conflict in MB \(the heading of Part G1\), expected ordinary marks: edit the part heading line above the block into/)
    // Resolved: each block deleted, MB's change marked against 1.1 on the heading lines.
    const resolved = written
      .replace(/<<<<<<< conflict[\s\S]*?>>>>>>> end of conflict\n\n/g, '')
      .replace('## G1 Illustrative Part One Renamed', '## G1 Illustrative {~~Part One Renamed~>First Part~~}')
      .replace('### Scope of the Part', '### Scope {~~of the Part~>and Application~~}')
    writeFileSync(legal, resolved)
    succeeds(root, 'verify')
    succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MB')
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-g.md'), 'utf8')).toContain('## G1 Illustrative First Part\n\n### Scope and Application\n')
  })

  it('the same retitle on both sides: nothing left of it after the rebase', () => {
    const root = released()
    draft(root, 'MB', (text) => text.replace('### Scope\n', '### Scope of the Part\n').replace('This illustrative Part applies', 'This illustrative Part now applies'))
    succeeds(root, 'rebase', 'MB', '--onto', '1.1', '--write')
    expect(readFileSync(path.join(root, 'modifications/MB/legal-text.md'), 'utf8')).toContain('### Scope of the Part\n\n**G1.1** This illustrative Part {++now ++}applies')
  })
})
