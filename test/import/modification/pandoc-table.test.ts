import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocx} from '../../../src/import/docx/read-docx-paragraphs.js'
import {importModification} from '../../../src/import/modification/import-modification.js'
import type {Clause} from '../../../src/model/types.js'
import {draftModification} from '../../../src/modify/draft-modification.js'
import {metaOf, versionOf} from '../../modify/fixtures.js'
import {pandoc} from '../office.js'

/** An illustrative clause with a table (not SEC wording). */
const g319 = (days: string, extraRow: boolean): Clause => ({
  kind: 'clause',
  id: 'G3.19',
  text: 'Each Party shall respond within the period set out below:',
  items: [],
  tail: '',
  table: {
    id: 'G3.19/table',
    header: ['Party', 'Period'],
    rows: [
      {id: 'G3.19/table/1', cells: ['Supplier', days]},
      ...(extraRow ? [{id: 'G3.19/table/2', cells: ['Network Party', '15 Working Days']}] : [])
    ]
  }
})

describe('mod import of tracked changes that pandoc writes inside a table', () => {
  it('reads a cell changed with tracked changes (pandoc’s insertion and deletion spans) into the legal text mod new drafts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-pandoc-table-'))
    const file = path.join(dir, 'annex.docx')
    const markdown = [
      "MP900 'Illustrative table change'",
      'These changes have been drafted against SEC Version 1.0.',
      "Section G 'Security'",
      'G3.19 Each Party shall respond within the period set out below:',
      '| Party | Period |\n|---|---|\n| Supplier | [5]{.deletion author="Drafter A" date="2026-01-02T00:00:00Z"}[10]{.insertion author="Drafter A" date="2026-01-02T00:00:00Z"} Working Days |'
    ].join('\n\n')
    pandoc(['-f', 'markdown-fancy_lists-smart', '-t', 'docx', '-o', file], markdown)
    const base = versionOf('1.0', [g319('5 Working Days', false)], null)
    const edited = versionOf('1.0', [g319('10 Working Days', false)], null)
    const expected = draftModification(metaOf('MP900', '1.0'), base, {sections: edited.sections}).legalText
    const imported = importModification(readDocx(new Uint8Array(readFileSync(file)), file), base, {id: 'MP900', today: '2026-01-02'})
    expect(imported.draft.legalText).toBe(expected)
    expect(imported.reading.authors).toEqual(['Drafter A'])
    expect(imported.reading.clauses).toEqual([{id: 'G3.19', kind: 'amended'}])
  })
})
