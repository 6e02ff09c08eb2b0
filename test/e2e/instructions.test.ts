import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {draft, freshCorpus} from './modify-helpers.js'

/** Writes the instructions of modification `id` and returns the file's path and its text. */
function instructionsOf(root: string, id: string): {file: string; text: string} {
  const result = runCli(['--root', root, 'annex', id, '--format', 'instructions'], {cwd: root})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  const file = path.join(root, `out/${id}/${id}-instructions.txt`)
  return {file, text: readFileSync(file, 'utf8')}
}

/** The clauses as the legal text leaves them, and as the instructions leave them, side by side. */
function expectInstructionsApplyBack(root: string, id: string, file: string): void {
  const viaLegalText = runCli(['--root', root, 'apply', id, '--format', 'json'], {cwd: root})
  const viaInstructions = runCli(['--root', root, 'apply', id, '--format', 'json', '--instructions', file], {cwd: root})
  expect(viaInstructions.stderr).toBe('')
  expect(viaInstructions.status).toBe(0)
  expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
}

describe('redline annex --format instructions (drafting style)', () => {
  it('quotes whole words, names a repeated word by its place, and applies back', () => {
    const root = freshCorpus()
    draft(root, 'MPX', (text) =>
      text
        .replace('any such manufacturer or developer (as the case may be) becomes', 'any such manufacturer, developer or service provider (as the case may be) becomes')
        .replace('where that manufacturer or developer has', 'where that manufacturer or service provider has')
        .replace('the User is already aware of the matter', 'the User is already aware of the "Operator" matter')
    )
    const {file, text} = instructionsOf(root, 'MPX')
    expect(text.split('\n').filter((line) => /^\d+\./.test(line))).toEqual([
      '1. In the closing words of Section G3.20, for "manufacturer or developer" substitute "manufacturer, developer or service provider".',
      '2. In Section G3.21, for the second "developer" substitute "service provider".',
      '3. In Section G3.21, after "of the" insert ""Operator"".'
    ])
    expect(text).not.toContain('\\')
    expectInstructionsApplyBack(root, 'MPX', file)
  })

  it('writes a whole clause as plain legal text, without markdown or backslash escapes', () => {
    const root = freshCorpus()
    const inserted = [
      '**G3.21A** The "Operator" shall, where *practicable*:',
      '',
      '- (a) notify the User; and',
      '- (b) keep a record [of the notice] in accordance with Section G3.20(b),',
      '',
      'unless the User agrees otherwise.'
    ].join('\n')
    draft(root, 'MPY', (text) => `${text.trimEnd()}\n\n${inserted.replace('*practicable*', '\\*practicable\\*').replace('[of the notice]', '\\[of the notice\\]')}\n`)
    const {file, text} = instructionsOf(root, 'MPY')
    expect(text).toContain(
      [
        '1. Insert new Section G3.21A after Section G3.21:',
        '    G3.21A The "Operator" shall, where *practicable*:',
        '        (a) notify the User; and',
        '        (b) keep a record [of the notice] in accordance with Section G3.20(b),',
        '    unless the User agrees otherwise.'
      ].join('\n')
    )
    expect(text).not.toMatch(/\*\*G3|^\s*- \(|\\/m)
    expectInstructionsApplyBack(root, 'MPY', file)
  })
})
