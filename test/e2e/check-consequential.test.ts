import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'

const inserted = 'which forms part of a SMETS2+ Device'
const reason = `Unexpected wording of G3.20(b), expected the consequential change: G3.17(b) had the same words in 5.19 (similarity 1.00); SEC520 inserted '${inserted}' there and left G3.20(b) unchanged`

/** A copy of the sample corpus without redline.config.yaml: every rule at its default. */
function withoutConfig(): string {
  const root = copyCorpus()
  rmSync(path.join(root, 'redline.config.yaml'))
  return root
}

/** A copy of the sample corpus whose configuration has no parallel-wording group. */
function withoutGroup(): string {
  const root = copyCorpus()
  const file = path.join(root, 'redline.config.yaml')
  const config = readFileSync(file, 'utf8')
  const start = config.indexOf('  parallel-wording:')
  const end = config.indexOf('  cross-references:')
  writeFileSync(file, config.slice(0, start) + config.slice(end))
  expect(readFileSync(file, 'utf8')).not.toContain('G3.17(b)')
  return root
}

interface JsonMessage {
  version: string
  ruleId: string
  provision: string
  reason: string
  severity: string
  line: number
  column: number
  cause?: {reason: string; line: number; column: number}
  note?: string
}

function messagesOf(root: string, args: string[]): {status: number | null; messages: JsonMessage[]} {
  const result = runCli(['--root', root, 'check', ...args, '--format', 'json'])
  return {status: result.status, messages: (JSON.parse(result.stdout) as {messages: JsonMessage[]}).messages}
}

describe('consequential-changes with no configuration', () => {
  const root = withoutConfig()

  it.each(['stylish', 'json', 'sarif', 'github', 'junit'])('check --at 5.20 --format %s exits 1 naming G3.20(b), G3.17(b) and SEC520', (format) => {
    const result = runCli(['--root', root, 'check', '--at', '5.20', '--format', format])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('G3.20(b)')
    expect(result.stdout).toContain('G3.17(b)')
    expect(result.stdout).toContain('SEC520')
    expect(result.stdout).toContain('consequential-changes')
    expect(result.stderr).toContain('checked 5.20 with 8 rules (no redline.config.yaml: defaults): 1 error, 0 warnings')
  })

  it('json: the finding at G3.20(b), its cause at G3.17(b), the wording the issue asks for', () => {
    const {status, messages} = messagesOf(root, ['--at', '5.20'])
    expect(status).toBe(1)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({version: '5.20', ruleId: 'consequential-changes', provision: 'G3.20(b)', severity: 'error', line: 29, column: 3, reason})
    expect(messages[0]?.cause).toMatchObject({reason: 'G3.17(b) as SEC520 changed it in 5.20', line: 14, column: 3})
  })

  it('--all: 5.20 and 6.17 (the drift stays open) report it, 5.19 and 6.21 (MP087 made the change) are clean', () => {
    const {status, messages} = messagesOf(root, ['--all'])
    expect(status).toBe(1)
    expect(messages.map((m) => `${m.version} ${m.ruleId} ${m.provision}`)).toEqual(['5.20 consequential-changes G3.20(b)', '6.17 consequential-changes G3.20(b)'])
    expect(messages[1]?.reason).toBe(reason)
  })

  it('--verbose shows both wordings redlined', () => {
    const result = runCli(['--root', root, 'check', '--at', '6.17', '--verbose'])
    expect(result.stdout).toContain(`G3.17(b), 5.19 → 5.20 (SEC520): (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function[+ ${inserted}+]) for which it is the Responsible Supplier`)
    expect(result.stdout).toContain('G3.20(b), 5.19 → 5.20: unchanged')
    expect(result.stdout).toContain(`G3.20(b) against G3.17(b) in 6.17: (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function[+ ${inserted}+])`)
  })

  it('--fix drafts the consequential change: MP087\'s insertion, as a draft change record against 5.20', () => {
    const fixRoot = withoutConfig()
    const result = runCli(['--root', fixRoot, 'check', '--at', '5.20', '--fix', '--date', '2019-10-04'])
    expect(result.status).toBe(1)
    const drafted = readdirSync(path.join(fixRoot, 'modifications')).filter((name) => name.startsWith('CHECK-5.20-'))
    expect(drafted).toHaveLength(1)
    const legalText = readFileSync(path.join(fixRoot, 'modifications', drafted[0] ?? '', 'legal-text.md'), 'utf8')
    expect(legalText).toContain(`- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function{++ ${inserted}++}) for which it is the Responsible Supplier,`)
    // The draft gives G3.20 as MP087 left it in 6.21.
    const applied = runCli(['--root', fixRoot, 'apply', drafted[0] ?? '', '--format', 'md'])
    expect(applied.status).toBe(0)
    const mp087 = runCli(['--root', fixRoot, 'show', 'G3.20', '--at', '6.21', '--format', 'md'])
    expect(applied.stdout).toContain(mp087.stdout.trim().split('\n').find((line) => line.startsWith('- (b)')) ?? 'missing')
  })

  it('ignore takes pairs that differ on purpose', () => {
    const ignoreRoot = withoutConfig()
    writeFileSync(path.join(ignoreRoot, 'redline.config.yaml'), 'rules:\n  consequential-changes:\n    ignore: [[G3.20(b), G3.17(b)]]\n')
    expect(runCli(['--root', ignoreRoot, 'check', '--all']).status).toBe(0)
    writeFileSync(path.join(ignoreRoot, 'redline.config.yaml'), 'rules:\n  consequential-changes:\n    ignore: [[G3.20(b)]]\n')
    const bad = runCli(['--root', ignoreRoot, 'check'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/redline\.config\.yaml:3:14: .*expected a pair of provision IDs/)
  })

  it('identical: warn makes the drift between identical twins a warning (exit 0), --frail exits 1', () => {
    const warnRoot = withoutConfig()
    writeFileSync(path.join(warnRoot, 'redline.config.yaml'), 'rules:\n  consequential-changes:\n    identical: warn\n')
    const result = runCli(['--root', warnRoot, 'check', '--at', '5.20'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/29:3\s+warning\s+Unexpected wording of G3\.20\(b\)/)
    expect(runCli(['--root', warnRoot, 'check', '--at', '5.20', '--frail']).status).toBe(1)
  })
})

describe('consequential-changes beside a configured parallel-wording group', () => {
  it('with the group removed from the configuration, 5.20 and 6.17 still report G3.20(b) naming G3.17(b) and SEC520; 5.19 and 6.21 are clean', () => {
    const root = withoutGroup()
    for (const version of ['5.20', '6.17']) {
      const {status, messages} = messagesOf(root, ['--at', version])
      expect(status).toBe(1)
      expect(messages.map((m) => `${m.ruleId} ${m.provision}`)).toEqual(['consequential-changes G3.20(b)'])
      expect(messages[0]?.reason).toBe(reason)
    }
    for (const version of ['5.19', '6.21']) {
      const {status, messages} = messagesOf(root, ['--at', version])
      expect(status).toBe(0)
      expect(messages.filter((m) => m.ruleId === 'consequential-changes')).toEqual([])
    }
  })

  it('with the group configured, the pair is parallel-wording\'s finding and is never reported twice', () => {
    const {messages} = messagesOf(copyCorpus(), ['--all'])
    expect(messages.map((m) => `${m.version} ${m.ruleId} ${m.provision}`)).toEqual(['5.20 parallel-wording G3.20(b)', '6.17 parallel-wording G3.20(b)'])
  })
})

describe('consequential-changes: citations a change record leaves behind', () => {
  it('a release that makes G3.18 [Not used] is a finding at G3.17 and G3.19, which still cite it', () => {
    const root = withoutConfig()
    const draft = path.join(root, 'section-g.md')
    const text = readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8')
    const start = text.indexOf('**G3.18**')
    const end = text.indexOf('**G3.19**')
    writeFileSync(draft, `${text.slice(0, start)}**G3.18** [Not used]\n\n${text.slice(end)}`)
    expect(runCli(['--root', root, 'mod', 'new', 'MP900', '--base', '6.21', '--from', draft, '--title', 'Illustrative: G3.18 withdrawn', '--date', '2020-01-02']).status).toBe(0)
    expect(runCli(['--root', root, 'release', '--base', '6.21', '--as', '6.22', '--name', 'Illustrative release', '--date', '2020-02-27', 'MP900']).status).toBe(0)
    const {status, messages} = messagesOf(root, ['--at', '6.22'])
    // cross-references reports G3.18(a), which 6.22 no longer holds, as an error.
    expect(status).toBe(1)
    expect(messages.filter((m) => m.ruleId === 'cross-references').map((m) => m.provision)).toEqual(['G3.19'])
    const citations = messages.filter((m) => m.ruleId === 'consequential-changes')
    expect(citations.map((m) => `${m.severity} ${m.provision}: ${m.reason}`)).toEqual([
      'warning G3.17: Unexpected citation of G3.18 in G3.17, expected a consequential change: MP900 made G3.18 [Not used], so the citation points at nothing',
      'warning G3.19: Unexpected citation of G3.18(a) in G3.19, expected a consequential change: MP900 deleted G3.18(a), so the citation points at nothing'
    ])
  })
})

describe('consequential-changes on a draft: check --mod', () => {
  it('a draft that changes G3.17(b) alone is a finding at G3.20(b), naming the draft; changing both is clean', () => {
    const root = withoutConfig()
    const section = readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8')
    const both = section.replaceAll(inserted, `${inserted} or an illustrative SMETS1 Device`)
    const onlyFirst = section.replace(inserted, `${inserted} or an illustrative SMETS1 Device`)
    writeFileSync(path.join(root, 'only-first.md'), onlyFirst)
    writeFileSync(path.join(root, 'both.md'), both)
    expect(runCli(['--root', root, 'mod', 'new', 'MP501', '--from', path.join(root, 'only-first.md')]).status).toBe(0)
    expect(runCli(['--root', root, 'mod', 'new', 'MP502', '--from', path.join(root, 'both.md')]).status).toBe(0)
    const drift = messagesOf(root, ['--mod', 'MP501'])
    expect(drift.status).toBe(1)
    const finding = drift.messages.find((m) => m.ruleId === 'consequential-changes')
    expect(finding?.provision).toBe('G3.20(b)')
    expect(finding?.reason).toContain("MP501 inserted 'or an illustrative SMETS1 Device' there and left G3.20(b) unchanged")
    const clean = messagesOf(root, ['--mod', 'MP502'])
    expect(clean.messages.filter((m) => m.ruleId === 'consequential-changes')).toEqual([])
  })
})
