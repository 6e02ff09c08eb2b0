import {describe, expect, it} from 'vitest'
import {writtenClauses} from '../../src/check/lineage.js'

describe('writtenClauses (the quick reading of which clauses a record writes)', () => {
  it('names a Section clause by its number and an Appendix or Schedule clause with its document prefix', () => {
    const text = [
      '# Section G: Security',
      '',
      '## G3 Obligations',
      '',
      '**G3.20** The User shall {~~notify~>inform~~} the Panel.',
      '',
      '# Appendix AB: Illustrative Procedures',
      '',
      'Document version: {~~V1.0~>V1.1~~}',
      '',
      '## 2 Processing',
      '',
      '**2.11** The DCC shall {++promptly ++}process each request.',
      '',
      '{++# Schedule 11: Illustrative Schedule',
      '',
      '**3** This Schedule applies to each Party.++}',
      '',
      '# Section N: Other',
      '',
      '**N4A.2** A clause of a part with a letter.'
    ].join('\n')
    expect(writtenClauses(text)).toEqual(['G3.20', 'AB:2.11', 'Sch11:3', 'N4A.2'])
  })

  it('reads bold numbers inside marks, as inserted clauses are written', () => {
    expect(writtenClauses('# Section G: Security\n\n{++**G3.21** A new clause.++}')).toEqual(['G3.21'])
  })
})
