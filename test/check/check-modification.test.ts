import {describe, expect, it} from 'vitest'
import {checkModification} from '../../src/check/check-records.js'
import {configureRules, type CheckConfig} from '../../src/check/config/load-config.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {draftModification} from '../../src/modify/draft-modification.js'
import type {ModificationMeta} from '../../src/modify/modification-types.js'
import {copyCorpus} from '../helpers/cli.js'

const meta = (id: string): ModificationMeta => ({
  id,
  title: 'Illustrative draft',
  kind: 'modification',
  base: '6.21',
  status: 'draft',
  dates: {raised: '2020-01-02'},
  author: {name: 'test', date: '2020-01-02'},
  body: 'Illustrative.'
})

describe('checkModification: a draft checked against its base before it is released (what check --mod calls)', () => {
  const corpus = openCorpus(copyCorpus())
  // No configuration: with the committed parallel-wording group, that rule would report the pair instead.
  const config: CheckConfig = {file: null, rules: configureRules(undefined)}
  const base = corpus.version('6.21')
  const g317b = corpus.find('6.21', 'G3.17(b)').provision.text

  it('names the twin the draft did not touch, and the draft as the record', () => {
    const edited = g317b.replace('(where applicable) ', '')
    const draft = draftModification(meta('MP901'), base, {edits: [{id: 'G3.17(b)', text: edited}]})
    const report = checkModification(corpus, draft.modification, config)
    expect(report.versions).toEqual(['6.21+MP901'])
    const found = report.messages.filter((message) => message.ruleId === 'consequential-changes')
    expect(found.map((message) => [message.provisionId, message.reason, message.fatal])).toEqual([
      [
        'G3.20(b)',
        "Unexpected wording of G3.20(b), expected the consequential change: G3.17(b) had the same words in 6.21 (similarity 1.00); MP901 deleted '(where applicable)' there and left G3.20(b) unchanged",
        true
      ]
    ])
    expect(found[0]?.fixes).toEqual([{version: '6.21+MP901', provisionId: 'G3.20(b)', field: 'text', start: 0, end: 19, text: ''}])
  })

  it('a draft that makes the change to both twins is clean', () => {
    const g320b = corpus.find('6.21', 'G3.20(b)').provision.text
    const draft = draftModification(meta('MP902'), base, {
      edits: [
        {id: 'G3.17(b)', text: g317b.replace('(where applicable) ', '')},
        {id: 'G3.20(b)', text: g320b.replace('(where applicable) ', '')}
      ]
    })
    expect(checkModification(corpus, draft.modification, config).messages).toEqual([])
  })
})
