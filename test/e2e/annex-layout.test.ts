/**
 * Where the annex puts its instruction lines (fault 3), through the real CLI, on an illustrative
 * change record that amends G3.18 (a new last item), G3.20 and G3.21 of the sample corpus.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'

const LEGAL_TEXT = `# Section G: Security

### Manufacturers: Duty to Notify and Be Notified

**G3.18** The requirements of this Section are that the User shall:

- (a) wherever it is reasonably practicable to do so notify the manufacturer of the hardware or Device or the developer of the software or firmware (as the case may be);
- (b) take reasonable steps to ensure that the cause of the vulnerability or likely cause of the material adverse effect is rectified, or its potential impact is mitigated, as soon as is reasonably practicable;{-- and--}
- (c) ensure that the Security Sub-Committee is promptly notified of the steps being taken to rectify the cause of the vulnerability or likely cause of the material adverse effect, or to mitigate its potential impact (as the case may be), and the time within which those steps are intended to be completed{~~.~>; and~~}
{++- (d) keep a record of the steps taken.++}

**G3.20** Each User shall, wherever it is practicable to do so, establish with:

- (a) the manufacturers of the hardware and developers of the software and firmware which form part of its User Systems; and
- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function{++ which forms part of a SMETS2+ Device++}) for which it is the Responsible Supplier,

arrangements designed to ensure that the User will be notified where any such manufacturer or developer (as the case may be) becomes aware of any material security vulnerability in, or likely cause of a material adverse effect on the security of, such hardware, software, firmware or Device.

**G3.21** Any arrangements established in accordance with Section G3.20 may provide that the manufacturer or developer (as the case may be) need not be required to notify the User where that manufacturer or developer has reason to be satisfied that the User is already aware of the matter that would otherwise be notified under the {~~arrangements~>arrangements established~~}.
`

function corpusWithRecord(): string {
  const root = copyCorpus()
  const meta = readFileSync(path.join(root, 'modifications/MP087/modification.md'), 'utf8').replace('id: "MP087"', 'id: "LAYOUT1"')
  mkdirSync(path.join(root, 'modifications/LAYOUT1'))
  writeFileSync(path.join(root, 'modifications/LAYOUT1/modification.md'), meta)
  writeFileSync(path.join(root, 'modifications/LAYOUT1/legal-text.md'), LEGAL_TEXT)
  return root
}

describe('redline annex: each instruction line stands immediately before the text it governs', () => {
  const root = corpusWithRecord()

  it('--context heading: one line for the group, before its heading', () => {
    const lines = runCli(['annex', 'LAYOUT1'], {cwd: root}).stdout.split('\n')
    const instructions = lines.filter((line) => /^(Amend|Insert|Delete) /.test(line))
    expect(instructions).toEqual(['Amend Sections G3.18, G3.20 and G3.21 as follows:'])
    const at = lines.indexOf('Amend Sections G3.18, G3.20 and G3.21 as follows:')
    expect(lines.slice(at, at + 3)).toEqual(['Amend Sections G3.18, G3.20 and G3.21 as follows:', '', 'Manufacturers: Duty to Notify and Be Notified'])
  })

  it('--context clause and none: one line before each clause, and the clause right after it', () => {
    for (const context of ['clause', 'none']) {
      const lines = runCli(['annex', 'LAYOUT1', '--context', context], {cwd: root}).stdout.split('\n')
      const instructions = lines.flatMap((line, index) => (/^Amend /.test(line) ? [[line, lines[index + 1]?.split(' ')[0]]] : []))
      expect(instructions, context).toEqual([
        ['Amend Section G3.18 as follows:', 'G3.18'],
        ['Amend Section G3.20 as follows:', 'G3.20'],
        ['Amend Section G3.21 as follows:', 'G3.21']
      ])
    }
  })

  it('in Markdown, HTML and Word too; the HTML contents list names the inserted sub-paragraph', () => {
    expect(runCli(['annex', 'LAYOUT1', '--format', 'all', '--context', 'clause'], {cwd: root}).status).toBe(0)
    const md = readFileSync(path.join(root, 'out/LAYOUT1/LAYOUT1-annex-a.md'), 'utf8')
    expect(md).toContain('_Amend Section G3.20 as follows:_\n\n**G3.20** Each User shall')
    const html = readFileSync(path.join(root, 'out/LAYOUT1/LAYOUT1-annex-a.html'), 'utf8')
    expect(html).toContain('<li><a href="#clause-G3.18">Amend Section G3.18 (G3.18(d) inserted)</a></li>')
    expect(html).toMatch(/<p class="instruction">Amend Section G3\.21 as follows:<\/p>\n<div class="clause" id="clause-G3\.21"/)
  })
})
