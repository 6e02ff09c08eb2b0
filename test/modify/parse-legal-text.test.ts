import {describe, expect, it} from 'vitest'
import {parseLegalText} from '../../src/modify/parse-legal-text.js'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'

const text = [
  '# Section G: Security',
  '',
  '**G3.20** Each User shall{-- , wherever it is practicable to do so,--} establish with:',
  '',
  '- (a) the {~~manufacturers of the hardware~>manufacturers of all hardware~~} and developers; and',
  '{++- (b) any Smart Metering System,++}',
  '',
  'arrangements designed to ensure that the User will be notified\\{1\\}.',
  ''
].join('\n')

describe('parseLegalText', () => {
  const [section] = parseLegalText(text, 'legal-text.md')
  const change = section?.clauses[0]

  it('reads both readings of a clause, and the sub-paragraphs inserted whole', () => {
    expect(change?.kind).toBe('amended')
    expect(change?.before?.text).toBe('Each User shall , wherever it is practicable to do so, establish with:')
    expect(change?.after?.text).toBe('Each User shall establish with:')
    expect(change?.insertedProvisions).toEqual(['G3.20(b)'])
    expect(change?.after?.tail).toBe('arrangements designed to ensure that the User will be notified{1}.')
  })

  it("keeps the drafter's marks in the runs, not a recomputed diff", () => {
    const field = change?.fields.find((f) => f.provisionId === 'G3.20(a)' && f.field === 'text')
    expect(field?.runs).toEqual([
      {type: 'equal', text: 'the '},
      {type: 'delete', text: 'manufacturers of the hardware'},
      {type: 'insert', text: 'manufacturers of all hardware'},
      {type: 'equal', text: ' and developers; and'}
    ])
    for (const f of change?.fields ?? []) {
      if (f.field === 'textBefore') continue
      const before = (f.provisionId === 'G3.20' ? change?.before : change?.before?.items.find((i) => i.id === f.provisionId))?.[f.field] ?? ''
      const after = (f.provisionId === 'G3.20' ? change?.after : change?.after?.items.find((i) => i.id === f.provisionId))?.[f.field] ?? ''
      expect([rejectRuns(f.runs), acceptRuns(f.runs)]).toEqual([before, after])
    }
  })

  it('reads a cross-heading change and a whole clause deleted', () => {
    const [g] = parseLegalText('# Section G: Security\n\n### Duty to {~~Notify~>Report~~}\n\n{--**G3.19** Gone.--}\n', 'x.md')
    expect(g?.headings[0]).toMatchObject({before: 'Duty to Notify', after: 'Duty to Report', clauses: ['G3.19']})
    expect(g?.clauses[0]).toMatchObject({id: 'G3.19', kind: 'deleted', before: {text: 'Gone.'}})
    expect(g?.clauses[0]?.after).toBeUndefined()
  })
})
