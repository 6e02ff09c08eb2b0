import {describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/check/fix/apply-fixes.js'
import {rules} from '../../src/check/rules/index.js'
import {findProvision} from '../../src/model/walk.js'
import {exampleOptions, exampleWithBase} from './example-version.js'

// Every rule's own ok / not-ok examples: adding a rule adds its tests.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.examples.some((example) => example.kind === 'ok')).toBe(true)
    expect(rule.examples.some((example) => example.kind === 'not-ok')).toBe(true)
  })

  it.each(rule.examples.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    const {version, lineage} = exampleWithBase(example)
    const messages = rule.configure('error', exampleOptions(example.options)).run(version, lineage ? {lineage} : {})
    const actual = messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)
    expect(actual).toEqual(example.kind === 'ok' ? [] : example.expected)
    for (const message of messages) {
      expect(message.ruleId).toBe(rule.id)
      expect(message.source).toBe('sec-redline')
      expect(message.url).toBe(rule.url)
      expect(typeof message.fatal).toBe('boolean')
      expect(message.version).toBe('1.0')
    }
    if (example.fixed) {
      const {edits, skipped} = applyFixes(version, messages.flatMap((message) => message.fixes))
      expect(skipped).toEqual([])
      const fixed = Object.fromEntries(edits.map((edit) => [edit.id, edit.text ?? edit.tail ?? '']))
      expect(fixed).toEqual(example.fixed)
      // Nothing else changed: the provisions not fixed keep their text.
      for (const id of Object.keys(example.fixed)) expect(findProvision(version, id)).toBeDefined()
    }
  })
})
