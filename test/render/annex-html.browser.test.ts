import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexHtml} from '../../src/render/annex-html.js'
import {baseSections, editedSections, MP087_INSERT, mp087Meta, mp087Redline} from '../annex/fixtures.js'
import {expectedParagraphs} from '../annex/read-annex-formats.js'
import {definitionsModification, modification, paragraphsSectionPair, tableModification} from '../helpers/arbitraries.js'
import {repoRoot} from '../helpers/cli.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/**
 * What a reader sees in the page, accepting or rejecting: each provision paragraph's text, and each
 * table row's cells joined by ' | ', with one kind of change removed; a row or column absent on that side left out.
 */
async function readPage(page: import('playwright-core').Page, side: 'accept' | 'reject'): Promise<string[]> {
  return page.locator('p.provision, table.provision-table tr').evaluateAll((nodes, accept) => {
    // Runs in the page.
    type Node = {tagName: string; cloneNode: (deep: boolean) => Node; getAttribute: (name: string) => string | null; querySelectorAll: (selector: string) => Node[]; remove: () => void; textContent: string | null}
    const drop = accept ? 'del' : 'ins'
    const text = (node: Node): string => {
      const copy = node.cloneNode(true)
      for (const mark of copy.querySelectorAll(drop)) mark.remove()
      return copy.textContent ?? ''
    }
    return (nodes as unknown as Node[]).flatMap((node) => {
      if (node.tagName !== 'TR') return [text(node)]
      if (node.getAttribute('data-status') === (accept ? 'deleted' : 'inserted')) return []
      const cells = Array.from(node.querySelectorAll('th, td')).filter((cell) => cell.getAttribute('data-side') !== (accept ? 'delete' : 'insert')).map(text)
      return cells.every((cell) => cell === '') ? [] : [cells.join(' | ')]
    })
  }, side === 'accept')
}

/** Opens HTML files in headless Debian chromium (never a downloaded browser) with a fresh profile. */
async function withPage<T>(html: string, use: (page: import('playwright-core').Page, requests: string[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'annex-html-'))
  const file = path.join(dir, 'annex.html')
  writeFileSync(file, html)
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {executablePath: CHROMIUM, headless: true, args: ARGS})
  try {
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => void requests.push(request.url()))
    await page.goto(pathToFileURL(file).href)
    return await use(page, requests)
  } finally {
    await context.close()
  }
}

describe('HTML annex in Chromium', () => {
  it('shows the MP087 insertion underlined in blue, with a legend and contents, fetching nothing', async () => {
    const html = renderAnnexHtml(buildAnnex(mp087Meta, mp087Redline()))
    await withPage(html, async (page, requests) => {
      const inserted = await page.locator('.clause ins').allInnerTexts()
      expect(inserted.map((text) => text.replace(/\u00a0/g, ' '))).toEqual([MP087_INSERT])
      expect(await page.locator('.clause del').count()).toBe(0)
      type Computed = {color: string; backgroundColor: string; textDecorationLine: string; textDecorationStyle: string}
      const styleOf = async (selector: string): Promise<Omit<Computed, 'backgroundColor'> & {background: string}> =>
        page.locator(selector).first().evaluate((element) => {
          // Runs in the page: the DOM's getComputedStyle, typed here without the DOM library.
          const {getComputedStyle} = globalThis as unknown as {getComputedStyle: (node: unknown) => Computed}
          const computed = getComputedStyle(element)
          return {color: computed.color, background: computed.backgroundColor, textDecorationLine: computed.textDecorationLine, textDecorationStyle: computed.textDecorationStyle}
        })
      // Fault 6: an insertion is blue, double underlined and shaded; a link is in the text colour with a dotted underline.
      const insertion = await styleOf('.clause ins')
      expect(insertion).toEqual({color: 'rgb(6, 69, 173)', background: 'rgb(232, 239, 250)', textDecorationLine: 'underline', textDecorationStyle: 'double'})
      const link = await styleOf('nav.contents a')
      expect(link.textDecorationStyle).toBe('dotted')
      expect(link.color).not.toBe(insertion.color)
      // Fault 5: the hanging indent: every line of a provision's text starts in one column, right of its label.
      const columns = await page.locator('.provision.lead[data-id="G3.20(b)"]').evaluate((element) => {
        // Runs in the page: the line boxes of the text (a Range over it), the leftmost fragment of each line.
        type Box = {left: number; right: number; top: number}
        type Doc = {createRange: () => {selectNodeContents: (node: unknown) => void; getClientRects: () => Box[]}}
        const node = element as unknown as {querySelector: (s: string) => {getBoundingClientRect: () => Box}}
        const range = (globalThis as unknown as {document: Doc}).document.createRange()
        range.selectNodeContents(node.querySelector('.text'))
        const lines = new Map<number, number>()
        for (const rect of range.getClientRects()) lines.set(Math.round(rect.top), Math.min(lines.get(Math.round(rect.top)) ?? Infinity, Math.round(rect.left)))
        return {labelRight: node.querySelector('.label').getBoundingClientRect().right, lines: [...lines.values()]}
      })
      expect(columns.lines.length).toBeGreaterThan(1)
      expect(new Set(columns.lines).size).toBe(1)
      expect(columns.lines[0]).toBeGreaterThanOrEqual(Math.floor(columns.labelRight))
      expect(await page.locator('nav.contents a').allInnerTexts()).toEqual(['Amend Section G3.20'])
      expect(await page.locator('.legend').innerText()).toContain('inserted text')
      expect(await page.locator('.provision[data-id="G3.20(b)"]').innerText()).toContain(`Gas Proxy Function${MP087_INSERT})`)
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
      mkdirSync(path.join(repoRoot, 'test/artifacts'), {recursive: true})
      await page.screenshot({path: path.join(repoRoot, 'test/artifacts/annex-mp087.png'), fullPage: true})
      const pdf = await page.pdf({format: 'A4'})
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    })
  }, 120_000)

  it('shows hostile clause text as text: a <script> in a clause does not run', async () => {
    const hostile = '<script>document.title="pwned";window.pwned=1</script><img src=x onerror="window.pwned=2"> & "q" ]]> \u202eעברית'
    const after = editedSections((sections) => {
      const clause = sections[0]?.parts[0]?.groups[0]?.clauses[0]
      if (clause) clause.text = `${clause.text} ${hostile}`
    })
    const html = renderAnnexHtml(buildAnnex({...mp087Meta, title: '</title><script>window.pwned=3</script>'}, redlineSections(baseSections(), after)))
    await withPage(html, async (page) => {
      expect(await page.evaluate(() => (globalThis as unknown as {pwned?: number}).pwned)).toBeUndefined()
      expect(await page.title()).toContain('</title><script>window.pwned=3</script>')
      const inserted = await page.locator('.clause ins').allTextContents()
      expect(inserted.join('')).toBe(` ${hostile}`)
      expect(await page.locator('.clause script, .clause img').count()).toBe(0)
    })
  }, 120_000)

  it('reads back, in the page, as the new text without <del> and the old without <ins>, over random modifications', async () => {
    const paragraphs = fc.sample(paragraphsSectionPair, {numRuns: 10}).map(([before, after]) => ({before, after}))
    const annexes = [...fc.sample(modification, {numRuns: 40}), ...fc.sample(definitionsModification, {numRuns: 10}), ...paragraphs].map(({before, after}, index) => buildAnnex(mp087Meta, redlineSections([before], [after]), (['heading', 'clause', 'none'] as const)[index % 3]))
    const html = (index: number): string => renderAnnexHtml(annexes[index] as (typeof annexes)[number])
    await withPage(html(0), async (page) => {
      for (const [index, annex] of annexes.entries()) {
        await page.setContent(html(index))
        for (const side of ['accept', 'reject'] as const) {
          const texts = await readPage(page, side)
          expect(texts.filter((text) => text !== ''), `case ${index}, ${side}`).toEqual(expectedParagraphs(annex, side))
        }
      }
    })
  }, 120_000)

  it('shows tables as real tables that read back, in the page, as the new rows without <del> and the old without <ins>, with hostile cell text inert', async () => {
    const annexes = fc.sample(tableModification, {numRuns: 30, seed: 10}).map(({before, after}, index) => buildAnnex(mp087Meta, redlineSections([before], [after]), (['heading', 'clause', 'none'] as const)[index % 3]))
    const html = (index: number): string => renderAnnexHtml(annexes[index] as (typeof annexes)[number])
    let rows = 0
    await withPage(html(0), async (page) => {
      for (const [index, annex] of annexes.entries()) {
        await page.setContent(html(index))
        expect(await page.locator('.provision-table script, .provision-table img').count()).toBe(0)
        rows += await page.locator('table.provision-table tr').count()
        for (const side of ['accept', 'reject'] as const) {
          const texts = await readPage(page, side)
          expect(texts.filter((text) => text !== ''), `case ${index}, ${side}`).toEqual(expectedParagraphs(annex, side))
        }
      }
    })
    expect(rows).toBeGreaterThan(30)
  }, 120_000)
})
