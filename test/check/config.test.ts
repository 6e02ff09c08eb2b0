import {describe, expect, it} from 'vitest'
import {configureRules, parseConfig} from '../../src/check/config/load-config.js'
import {RedlineError} from '../../src/diagnostics/errors.js'

function configure(text: string) {
  return configureRules(parseConfig(text, 'redline.config.yaml'))
}

function errorOf(text: string): string {
  try {
    configure(text)
  } catch (error) {
    expect(error).toBeInstanceOf(RedlineError)
    return (error as RedlineError).message
  }
  throw new Error('expected a configuration error')
}

describe('redline.config.yaml', () => {
  it('runs every rule at its default without configuration, and none that is off', () => {
    expect(configure('').map((c) => `${c.rule.id}:${c.severity}`)).toEqual([
      'parallel-wording:error',
      'consequential-changes:warn',
      'cross-references:error',
      'numbering:error',
      'list-punctuation:error',
      'definitions:error',
      'defined-terms:error',
      'in-force:error'
    ])
    expect(configure('rules:\n  numbering: off\n  list-punctuation: warn\n').map((c) => `${c.rule.id}:${c.severity}`)).toEqual([
      'parallel-wording:error',
      'consequential-changes:warn',
      'cross-references:error',
      'list-punctuation:warn',
      'definitions:error',
      'defined-terms:error',
      'in-force:error'
    ])
  })

  it('names the file, line, column and key of each mistake', () => {
    expect(errorOf('rule:\n  numbering: off\n')).toBe("redline.config.yaml:1:1: Unknown key 'rule', expected one of 'rules', 'drafting'; did you mean 'rules'?")
    expect(errorOf('rules:\n  list-punctuation:\n    require-connector: yes please\n')).toBe(
      'redline.config.yaml:3:24: Unexpected string "yes please" for \'rules.list-punctuation.require-connector\', expected true or false'
    )
    expect(errorOf('rules:\n  parallel-wording:\n    groups:\n      - reference: G3.17(b)\n')).toBe(
      "redline.config.yaml:4:9: Missing key 'rules.parallel-wording.groups[0].followers', expected a list of provision IDs such as [G3.20(b)]"
    )
    expect(errorOf('rules:\n  parallel-wording:\n    groups:\n      - {reference: G3 17, followers: []}\n')).toBe(
      "redline.config.yaml:4:9: Unexpected 'G3 17' for 'rules.parallel-wording.groups[0].reference', expected a provision ID such as G3.17(b)"
    )
    expect(errorOf('rules:\n  cross-references:\n    outside-corpus: maybe\n')).toMatch(/^redline\.config\.yaml:3:21: Unexpected 'maybe' for 'rules\.cross-references\.outside-corpus', expected one of 'off', 'warn', 'error'/)
  })
})
