import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json' with {type: 'json'}
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'

const missing = 'which forms part of a SMETS2+ Device'

function expectUsageError(result: {status: number | null; stderr: string}, pattern: RegExp): void {
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}

/** A copy of the sample corpus whose redline.config.yaml is `config`. */
function withConfig(config: string): string {
  const root = copyCorpus()
  writeFileSync(path.join(root, 'redline.config.yaml'), config)
  return root
}

describe('redline check on the sample corpus', () => {
  it('--at 6.17 exits 1 with one error at G3.20(b) quoting the missing words and pointing at G3.17(b)', () => {
    const result = runCli(['check', '--at', '6.17', '--format', 'json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as {messages: Array<Record<string, unknown>>; summary: {errors: number}}
    expect(report.summary).toEqual({errors: 1, warnings: 0})
    expect(report.messages).toHaveLength(1)
    expect(report.messages[0]).toMatchObject({
      version: '6.17',
      file: 'sec-text/6.17/section-g.md',
      line: 29,
      column: 3,
      severity: 'error',
      ruleId: 'parallel-wording',
      provision: 'G3.20(b)',
      url: 'https://github.com/sec-redline/sec-redline/blob/main/README.md#rule-parallel-wording',
      cause: {file: 'sec-text/6.17/section-g.md', line: 14, column: 3}
    })
    expect(report.messages[0]?.reason).toBe(`Unexpected wording of G3.20(b), expected the wording of G3.17(b): missing "${missing}"`)
    expect(String((report.messages[0]?.cause as {reason: string}).reason)).toContain('G3.17(b)')
  })

  it('stylish: the place, the rule, the quoted words and the cause', () => {
    const result = runCli(['check', '--at', '6.17'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('sec-text/6.17/section-g.md')
    expect(result.stdout).toMatch(/29:3\s+error\s+Unexpected wording of G3\.20\(b\)/)
    expect(result.stdout).toContain(`missing "${missing}"`)
    expect(result.stdout).toContain('parallel-wording')
    expect(result.stdout).toMatch(/\[cause\]:\s+14:3/)
    expect(result.stderr).toContain('checked 6.17 with 8 rules from redline.config.yaml: 1 error, 0 warnings')
  })

  it('the latest version (6.21, with MP087) exits 0', () => {
    const result = runCli(['check'])
    expect(result).toMatchObject({status: 0, stdout: ''})
    expect(result.stderr).toContain('checked 6.21')
  })

  it('--all reports 5.20 and 6.17 and no others', () => {
    const result = runCli(['check', '--all', '--format', 'json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as {versions: string[]; messages: Array<{version: string; provision: string}>}
    expect(report.versions).toEqual(['5.19', '5.20', '6.17', '6.21'])
    expect(report.messages.map((m) => `${m.version} ${m.provision}`)).toEqual(['5.20 G3.20(b)', '6.17 G3.20(b)'])
  })

  it('5.19 is clean: before 5.20 both clauses had the general exclusion', () => {
    expect(runCli(['check', '--at', '5.19']).status).toBe(0)
  })

  it('gives the same bytes twice (github holds the stylish report)', () => {
    for (const format of ['json', 'github', 'junit']) {
      expect(runCli(['check', '--all', '--format', format]).stdout).toBe(runCli(['check', '--all', '--format', format]).stdout)
    }
  })
})

describe('redline check reporters on the MP087 case', () => {
  it('sarif validates against the official SARIF 2.1.0 schema and carries the related location', () => {
    const result = runCli(['check', '--at', '6.17', '--format', 'sarif'])
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout) as Record<string, unknown>
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
    const ajv = new Ajv({schemaId: 'auto', allErrors: true})
    ajv.addMetaSchema(draft04)
    const valid = ajv.validate(schema, log)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const run = (log.runs as Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Array<Record<string, unknown>>}>)[0]
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['parallel-wording', 'consequential-changes', 'cross-references', 'numbering', 'list-punctuation', 'definitions', 'defined-terms', 'in-force'])
    expect(run?.results).toHaveLength(1)
    expect(run?.results[0]).toMatchObject({
      ruleId: 'parallel-wording',
      ruleIndex: 0,
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'sec-text/6.17/section-g.md'}, region: {startLine: 29, startColumn: 3}}}],
      relatedLocations: [{physicalLocation: {region: {startLine: 14, startColumn: 3}}}],
      properties: {version: '6.17', provision: 'G3.20(b)'}
    })
  })

  it('github: an escaped ::error command, then the stylish report', () => {
    const result = runCli(['check', '--at', '6.17', '--format', 'github'])
    expect(result.status).toBe(1)
    const [first, ...rest] = result.stdout.split('\n')
    expect(first).toBe(
      `::error file=sec-text/6.17/section-g.md,line=29,col=3,title=parallel-wording (6.17)::Unexpected wording of G3.20(b), expected the wording of G3.17(b): missing "${missing}"`
    )
    expect(rest.join('\n')).toMatch(/29:3\s+error/)
  })

  it('junit: one test case per rule and version, the failing one with the message', () => {
    const result = runCli(['check', '--all', '--format', 'junit'])
    expect(result.status).toBe(1)
    expect(result.stdout.match(/<testcase /g)).toHaveLength(32)
    expect(result.stdout.match(/<failure /g)).toHaveLength(2)
    expect(result.stdout).toContain('<testsuites name="redline check" tests="32" failures="2" errors="0">')
    expect(result.stdout).toContain('<testcase name="parallel-wording" classname="redline check.6.17">')
    expect(result.stdout).toContain(`missing &quot;${missing}&quot;`)
  })
})

describe('redline check --fix', () => {
  it('on 6.17 writes a draft modification whose effect equals MP087', () => {
    const root = copyCorpus()
    const before = readFileSync(path.join(root, 'sec-text/6.17/section-g.md'), 'utf8')
    const result = runCli(['check', '--at', '6.17', '--fix', '--date', '2026-01-01'], {cwd: root})
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/wrote modifications\/CHECK-6\.17-[0-9a-f]{8}\/ \(draft modification against 6\.17, fixing 1 finding in G3\.20\)/)
    const id = readdirSync(path.join(root, 'modifications')).find((name) => name.startsWith('CHECK-6.17-')) ?? ''
    expect(readFileSync(path.join(root, 'sec-text/6.17/section-g.md'), 'utf8')).toBe(before)
    expect(readFileSync(path.join(root, 'modifications', id, 'legal-text.md'), 'utf8')).toContain(`Gas Proxy Function{++ ${missing}++})`)
    const fixed = runCli(['apply', id, '--to', '6.17', '--format', 'md'], {cwd: root})
    const mp087 = runCli(['apply', 'MP087', '--to', '6.17', '--format', 'md'], {cwd: root})
    expect(fixed.status).toBe(0)
    expect(fixed.stdout).toBe(mp087.stdout)
    expect(fixed.stdout).toContain(missing)
    // A second run finds the same fixes and refuses to overwrite the record.
    expectUsageError(runCli(['check', '--at', '6.17', '--fix', '--date', '2026-01-01'], {cwd: root}), /exists already/)
  })

  it('on a clean version writes nothing', () => {
    const root = copyCorpus()
    const result = runCli(['check', '--fix'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('nothing to fix')
  })
})

describe('redline check: bad configuration and usage', () => {
  it('an unknown rule lists the known rules, at its line', () => {
    const root = withConfig('rules:\n  numbering: error\n  parallel-wordings: error\n')
    expectUsageError(
      runCli(['check'], {cwd: root}),
      /redline\.config\.yaml:3:3: Unknown rule 'parallel-wordings' in 'rules', expected one of parallel-wording, consequential-changes, cross-references, numbering, list-punctuation, definitions, defined-terms, in-force; did you mean 'parallel-wording'\?/
    )
  })

  it('an option of the wrong type names the file, line and key', () => {
    const root = withConfig('rules:\n  defined-terms:\n    terms: 3\n')
    expectUsageError(runCli(['check'], {cwd: root}), /redline\.config\.yaml:3:12: Unexpected number 3 for 'rules\.defined-terms\.terms', expected a list of defined terms/)
  })

  it('an unknown option and a bad severity are errors too', () => {
    expectUsageError(runCli(['check'], {cwd: withConfig('rules:\n  numbering:\n    strict: true\n')}), /redline\.config\.yaml:3:5: Unknown key 'rules\.numbering\.strict', expected one of 'severity'/)
    expectUsageError(runCli(['check'], {cwd: withConfig('rules:\n  numbering: fatal\n')}), /redline\.config\.yaml:2:14: Unexpected 'fatal' for 'rules\.numbering', expected one of 'off', 'warn', 'error'/)
  })

  it('malformed YAML is an error at its place', () => {
    expectUsageError(runCli(['check'], {cwd: withConfig('rules:\n  numbering: [error\n')}), /redline\.config\.yaml:\d+:\d+: Malformed YAML/)
  })

  it('an unreadable configuration is an error', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'redline.config.yaml'))
    mkdirSync(path.join(root, 'redline.config.yaml'))
    expectUsageError(runCli(['check'], {cwd: root}), /redline\.config\.yaml:1:1: Cannot read redline\.config\.yaml: it is a folder \(EISDIR\), expected a readable file/)
  })

  it('a group naming a provision a checked version does not have is a finding with the clause ID', () => {
    const root = withConfig('rules:\n  parallel-wording:\n    groups:\n      - reference: G3.17(b)\n        followers: [G3.20(b), G3.22(a)]\n')
    const result = runCli(['check', '--at', '5.19'], {cwd: root})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/redline\.config\.yaml\n\s*5:31\s+error\s+Unknown provision G3\.22\(a\) in version 5\.19, expected a provision of that version/)
  })

  it('--at with --all, an unknown version and an unknown format are usage errors', () => {
    expectUsageError(runCli(['check', '--at', '6.17', '--all']), /Unexpected --at with --all/)
    expectUsageError(runCli(['check', '--at', '6.18']), /Unknown version '6\.18'/)
    expect(runCli(['check', '--format', 'xml']).status).toBe(2)
  })

  it('--frail fails on warnings', () => {
    const root = withConfig('rules:\n  parallel-wording:\n    severity: warn\n    groups:\n      - reference: G3.17(b)\n        followers: [G3.20(b)]\n')
    expect(runCli(['check', '--at', '6.17'], {cwd: root}).status).toBe(0)
    expect(runCli(['check', '--at', '6.17', '--frail'], {cwd: root}).status).toBe(1)
  })
})
