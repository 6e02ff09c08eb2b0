import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/** A copy of an illustrative fixture corpus (not SEC text) of its own for each test. */
function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-apply-changes-'))
  cpSync(path.join(repoRoot, 'test/fixtures', name), dir, {recursive: true})
  return dir
}

function apply(root: string, record: string, lines: readonly string[], ...more: string[]): ReturnType<typeof runCli> {
  const file = path.join(root, 'i.txt')
  writeFileSync(file, `${lines.join('\n')}\n`)
  const result = runCli(['--root', root, 'apply', record, '--instructions', file, ...more])
  expect(result.status, result.stderr).toBe(0)
  return result
}

describe('apply prints everything the instructions change, whatever the record names', () => {
  it('a clause the record does not touch, and not one it names that the instructions leave alone', () => {
    const root = copyFixture('tables-corpus')
    const result = apply(root, 'TBL001', ['1. In Section F2.13, for "illustrative" substitute "merely illustrative".'])
    expect(result.stdout).toBe('F2.13 A reference to the table in Section F2.11 is merely illustrative.\n')
  })

  it('document versions, documents inserted and deleted, and statuses, in text and JSON', () => {
    const root = copyFixture('appendices-corpus')
    const text = apply(root, 'MPA01', ['1. In Appendix AB, for the document version "V1.0" substitute "V1.1".'])
    expect(text.stdout).toBe('Appendix AB document version: V1.1\n')
    const json = JSON.parse(apply(root, 'MPA01', ['1. Delete Appendix AB.'], '--format', 'json').stdout) as Record<string, unknown>
    expect(json).toMatchObject({documents: [{document: 'Appendix AB', change: 'deleted'}], clauses: [], statuses: [], documentVersions: []})
    const legal = runCli(['--root', root, 'apply', 'MPA02'])
    expect(legal.stdout.split('\n\n').slice(0, 2)).toEqual(['Appendix AM (inserted)', 'Appendix AM document version: V1.0'])
    const tables = copyFixture('tables-corpus')
    const status = apply(tables, 'TBL001', ['1. Section F2.13 shall cease to have effect on 31 March 2027.'])
    expect(status.stdout).toBe('Section F2.13 shall cease to have effect on 31 March 2027.\n')
    const statuses = JSON.parse(apply(tables, 'TBL001', ['1. Section F2.13 shall cease to have effect on 31 March 2027.'], '--format', 'json').stdout) as {statuses: unknown[]; clauses: unknown[]}
    expect(statuses.statuses).toEqual([{id: 'F2.13', inForce: {lapses: '2027-03-31'}}])
    expect(statuses.clauses).toEqual([])
  })
})
