import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {visibleText} from '../../src/escape/terminal.js'
import {documentXml} from '../annex/read-annex-formats.js'
import {canReadPdf, pdfText, pdfWords} from '../annex/read-annex-pdf.js'

const FILES = ['MP087-annex-a.docx', 'MP087-annex-a.html', 'MP087-annex-a.md', 'MP087-annex-a.pdf', 'MP087-instructions.txt']

describe('redline annex', () => {
  it('writes the five files of MP087 into out/MP087/, the same bytes every time (each run its own process)', () => {
    const dir = copyCorpus()
    const first = runCli(['annex', 'MP087', '--format', 'all'], {cwd: dir})
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(readdirSync(path.join(dir, 'out/MP087')).sort()).toEqual(FILES)
    const bytes = FILES.map((file) => readFileSync(path.join(dir, 'out/MP087', file)))
    expect(runCli(['annex', 'MP087', '--format', 'all', '--out', 'again'], {cwd: dir}).status).toBe(0)
    FILES.forEach((file, index) => expect(readFileSync(path.join(dir, 'again', file)).equals(bytes[index] as Buffer)).toBe(true))
  })

  it('writes a Word file whose only tracked change is the insertion in G3.20(b), by the metadata author', () => {
    const dir = copyCorpus()
    expect(runCli(['annex', 'MP087', '--format', 'docx'], {cwd: dir}).status).toBe(0)
    const xml = documentXml(readFileSync(path.join(dir, 'out/MP087/MP087-annex-a.docx')))
    const changes = [...xml.matchAll(/<w:(ins|del) [^>]*>(.*?)<\/w:\1>/g)]
    expect(changes).toHaveLength(1)
    expect(changes[0]?.[0]).toMatch(/^<w:ins w:id="1" w:author="SECAS" w:date="2019-10-04T00:00:00Z">/)
    expect(changes[0]?.[2]).toContain('<w:t xml:space="preserve"> which forms part of a SMETS2+ Device</w:t>')
    expect(xml).not.toContain('<w:del ')
    expect(xml).not.toContain('<w:numPr>')
  })

  it('writes Markdown with <ins>, or CriticMarkup with --critic, and instructions that apply back', () => {
    const dir = copyCorpus()
    expect(runCli(['annex', 'MP087', '--format', 'md', '--critic', '--context', 'clause'], {cwd: dir}).status).toBe(0)
    const md = readFileSync(path.join(dir, 'out/MP087/MP087-annex-a.md'), 'utf8')
    expect(md).toContain('Gas Proxy Function{++ which forms part of a SMETS2+ Device++})')
    expect(md).not.toContain('G3.17')
    expect(runCli(['annex', 'MP087', '--format', 'instructions'], {cwd: dir}).status).toBe(0)
    const instructions = path.join(dir, 'out/MP087/MP087-instructions.txt')
    expect(readFileSync(instructions, 'utf8')).toContain('1. In Section G3.20(b), after "Gas Proxy Function" insert "which forms part of a SMETS2+ Device".')
    const viaLegalText = runCli(['apply', 'MP087', '--format', 'md'], {cwd: dir})
    const viaInstructions = runCli(['apply', 'MP087', '--format', 'md', '--instructions', instructions], {cwd: dir})
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
  })

  it('prints the redline to the terminal: [+…+] without colour, underline in colour', () => {
    const plain = runCli(['annex', 'MP087'])
    expect(plain.status).toBe(0)
    expect(plain.stdout).toContain('Gas Proxy Function[+ which forms part of a SMETS2+ Device+])')
    expect(plain.stdout).toContain('Amend Section G3.20 as follows:')
    expect(plain.stdout).not.toContain('\u001b[')
    const colour = runCli(['annex', 'MP087'], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(colour.stdout).toContain('\u001b[34m\u001b[4m which forms part of a SMETS2+ Device\u001b[24m\u001b[39m')
    expect(runCli(['--no-color', 'annex', 'MP087'], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })

  // LibreOffice's reading of the Word annexes, Accept All and Reject All: test/e2e/annex-libreoffice.test.ts.
})

describe('redline annex --format pdf', () => {
  it.runIf(canReadPdf)('writes an A4 PDF whose text reads, in order, as the annex: cover, instruction, heading, clauses, the insertion in place', () => {
    const dir = copyCorpus()
    const result = runCli(['annex', 'MP087', '--format', 'pdf'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('wrote out/MP087/MP087-annex-a.pdf\n')
    const pdf = readFileSync(path.join(dir, 'out/MP087/MP087-annex-a.pdf'))
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.3')
    const text = pdfText(pdf, {layout: true})
    expect(text).toContain('MP087 Annex A – Legal text – version 0.1')
    expect(text).toMatch(/This document has a Classification of White +Page 2 of 2/)
    const words = pdfWords(pdf, {header: 'MP087 Annex A – Legal text – version 0.1', classification: 'This document has a Classification of White'}).join(' ')
    expect(words).toContain('Section G ‘Security’ Amend Section G3.20 as follows: Manufacturers: Duty to Notify and Be Notified G3.17 Where a User')
    expect(words).toContain('(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier, arrangements designed')
  })

  it.runIf(canReadPdf)('writes the PDF with --context clause: the changed clause only', () => {
    const dir = copyCorpus()
    expect(runCli(['annex', 'MP087', '--format', 'pdf', '--context', 'clause', '--out', 'clause'], {cwd: dir}).status).toBe(0)
    const pdf = readFileSync(path.join(dir, 'clause/MP087-annex-a.pdf'))
    const words = pdfWords(pdf, {header: 'MP087 Annex A – Legal text – version 0.1', classification: 'This document has a Classification of White'}).join(' ')
    expect(words).toContain('G3.20 Each User shall')
    expect(words).not.toContain('G3.17')
  })
})

describe('redline annex: bad input', () => {
  it('refuses an unknown modification, an unknown format and an unknown context with exit 2', () => {
    const unknown = runCli(['annex', 'MP999'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown modification 'MP999', expected one of .*MP087/)
    const format = runCli(['annex', 'MP087', '--format', 'rtf'])
    expect(format.status).toBe(2)
    expect(format.stderr).toContain("option '--format <format>' argument 'rtf' is invalid")
    expect(runCli(['annex', 'MP087', '--context', 'page']).status).toBe(2)
  })

  it('refuses an output folder that cannot be written, writing nothing', () => {
    const dir = copyCorpus()
    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder')
    const result = runCli(['annex', 'MP087', '--format', 'all', '--out', 'blocker/annex'], {cwd: dir})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^redline: blocker\/annex:1:1: Cannot write blocker\/annex: a part of the path is not a folder \(ENOTDIR\), expected a writable location; nothing was written\n$/)
    expect(result.stderr).not.toMatch(/at .*\.js/)
  })

  it('refuses a modification that does not apply to its base, writing nothing', () => {
    const dir = copyCorpus()
    const file = path.join(dir, 'modifications/MP087/legal-text.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Each User shall', 'Every User shall'))
    const result = runCli(['annex', 'MP087', '--format', 'all'], {cwd: dir})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/modifications\/MP087\/legal-text\.md:\d+:\d+: /)
    expect(existsSync(path.join(dir, 'out'))).toBe(false)
  })

  it('writes hostile clause text literally and safely in every format', () => {
    const dir = copyCorpus()
    const hostile = 'Evil <script>alert(1)</script> & "quotes" \'single\' ]]> \u001b[31m שלום العربية 漢字'
    const file = path.join(dir, 'modifications/MP087/legal-text.md')
    const escaped = hostile.replace(/[\\<>&*_[\]`]/g, (char) => `\\${char}`)
    writeFileSync(file, readFileSync(file, 'utf8').replace('SMETS2+ Device++}', `SMETS2+ Device ${escaped}++}`))
    const result = runCli(['annex', 'MP087', '--format', 'all'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const out = (name: string): string => readFileSync(path.join(dir, 'out/MP087', name), 'utf8')
    expect(out('MP087-annex-a.html')).toContain('Evil &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;single&#39; ]]&#62; ␛[31m שלום العربية 漢字')
    expect(out('MP087-annex-a.html')).not.toContain('<script>')
    expect(out('MP087-annex-a.md')).toContain('Evil &lt;script>alert(1)&lt;/script> &amp; "quotes" \'single\' \\]\\]> ␛\\[31m שלום العربية 漢字')
    const xml = documentXml(readFileSync(path.join(dir, 'out/MP087/MP087-annex-a.docx')))
    expect(xml).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; ')
    expect(xml).toContain('␛[31m שלום العربية 漢字')
    expect(xml).not.toContain('\u001b')
    const instructions = path.join(dir, 'out/MP087/MP087-instructions.txt')
    expect(out('MP087-instructions.txt')).toContain('"quotes" \'single\' ]]> \\u{1b}[31m')
    const apply = runCli(['apply', 'MP087', '--format', 'json', '--instructions', instructions], {cwd: dir})
    expect(apply.status).toBe(0)
    expect(apply.stdout).toContain(JSON.stringify(hostile).slice(1, -1))
    if (canReadPdf) {
      // Literally, in order: the control character as its control picture, Hebrew and Arabic in reading order, and the
      // CJK characters (which DejaVu Sans has no glyphs for: drawn as boxed code points) as their actual text.
      const pdf = readFileSync(path.join(dir, 'out/MP087/MP087-annex-a.pdf'))
      const words = pdfWords(pdf, {header: 'MP087 Annex A – Legal text – version 0.1', classification: 'This document has a Classification of White'}).join(' ')
      expect(words).toContain(`Gas Proxy Function which forms part of a SMETS2+ Device ${visibleText(hostile)}) for which`)
      expect(pdfText(pdf)).not.toContain('\u001b')
    }
    const terminal = runCli(['annex', 'MP087'], {cwd: dir, env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(terminal.stdout).not.toContain('\u001b[31m ')
    expect(terminal.stdout).toContain('␛[31m')
  })
})

