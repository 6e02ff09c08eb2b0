import {unzipSync} from 'fflate'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {baseSections, editedSections, mp087Meta, mp087Redline} from '../annex/fixtures.js'
import {documentXml, readDocx} from '../annex/read-annex-formats.js'

afterEach(() => void vi.useRealTimers())

describe('Word annex', () => {
  it('gives the same bytes whatever the clock says', async () => {
    const annex = buildAnnex(mp087Meta, mp087Redline())
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'))
    const first = await renderAnnexDocx(annex)
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'))
    const second = await renderAnnexDocx(annex)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('gives every revision a unique id, and whole inserted or deleted paragraphs a tracked paragraph mark', async () => {
    const after = editedSections((sections) => {
      const group = sections[0]?.parts[0]?.groups[0]
      if (!group) return
      group.clauses.splice(1, 1)
      const g320 = group.clauses.find((clause) => clause.id === 'G3.20')
      if (g320) g320.items.push({kind: 'sub-paragraph', id: 'G3.20(c)', label: 'c', text: 'any other Device.', items: [], tail: ''})
    })
    const annex = buildAnnex(mp087Meta, redlineSections(baseSections(), after))
    const docx = await renderAnnexDocx(annex)
    const ids = [...documentXml(docx).matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1])
    expect(ids.length).toBeGreaterThan(2)
    expect(new Set(ids).size).toBe(ids.length)
    expect(documentXml(docx)).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="SECAS" w:date="2019-09-26T00:00:00Z"\/><\/w:rPr><\/w:pPr>/)
    expect(readDocx(docx, 'accept')).toContain('(c) any other Device.')
    expect(readDocx(docx, 'reject')).not.toContain('(c) any other Device.')
    expect(readDocx(docx, 'reject').some((text) => text.startsWith('G3.18 '))).toBe(true)
    expect(readDocx(docx, 'accept').some((text) => text.startsWith('G3.18 '))).toBe(false)
  })

  it('spaces lines proportionally, so that a title over two lines does not overlap in LibreOffice', async () => {
    const styles = new TextDecoder().decode(unzipSync(await renderAnnexDocx(buildAnnex(mp087Meta, mp087Redline())))['word/styles.xml'])
    for (const spacing of styles.match(/<w:spacing [^>]*w:line="[^"]*"[^>]*>/g) ?? []) expect(spacing).toContain('w:lineRule="auto"')
  })

  it('sets numbered provisions with a hanging indent: number or label, a tab, the text in a column where wrapped lines start', async () => {
    const docx = await renderAnnexDocx(buildAnnex(mp087Meta, mp087Redline()))
    expect(documentXml(docx)).toContain('<w:t xml:space="preserve">G3.20</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">Each User shall,')
    expect(documentXml(docx)).toContain('<w:t xml:space="preserve">(b)</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">(where applicable)')
    const styles = new TextDecoder().decode(unzipSync(docx)['word/styles.xml'])
    for (const [style, left, hanging] of [['Clause', 1134, 1134], ['SubParagraph1', 1854, 720], ['SubParagraph2', 2574, 720]] as const) {
      const xml = new RegExp(`<w:style [^>]*w:styleId="${style}">(.*?)</w:style>`).exec(styles)?.[1] ?? ''
      expect(xml, style).toContain(`<w:tab w:val="left" w:pos="${left}"/>`)
      expect(xml, style).toContain(`<w:ind w:left="${left}" w:hanging="${hanging}"/>`)
    }
    expect(readDocx(docx, 'accept')).toContain('G3.20 Each User shall, wherever it is practicable to do so, establish with:')
  })
})
