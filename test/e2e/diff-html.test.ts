import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

let browser: Browser
let work: string

beforeAll(async () => {
  browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ARGS})
  work = mkdtempSync(path.join(tmpdir(), 'sec-redline-diff-html-'))
})
afterAll(async () => {
  await browser?.close()
  rmSync(work, {recursive: true, force: true})
})

/** A working copy of 6.21 with three changes, one of them text that looks like markup. */
function draft(): string {
  const dir = path.join(work, 'draft')
  cpSync(path.join(repoRoot, 'sec-text/6.21'), dir, {recursive: true})
  const file = path.join(dir, 'section-g.md')
  const text = readFileSync(file, 'utf8')
    .replace('notify the manufacturer', 'promptly notify the manufacturer')
    .replace(/\*\*G3\.19\*\* [^\n]*/, '**G3.19** [Not used]')
  writeFileSync(file, `${text}\n**G3.22** A User shall not run <img src=x onerror="window.hacked=1"> \\<script>window.hacked=2\\</script> in any Device.\n`)
  return dir
}

async function open(args: string[]) {
  const out = path.join(work, `diff-${Math.random().toString(36).slice(2)}.html`)
  const result = runCli(['diff', ...args, '--format', 'html', '--out', out])
  expect(result.status, result.stderr).toBe(0)
  const page = await browser.newPage()
  const requests: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url())
  })
  await page.goto(`file://${out}`)
  return {page, requests, html: readFileSync(out, 'utf8')}
}

describe('redline diff --format html', () => {
  it('is one self-contained page listing changed clauses by section, with the redline inline', async () => {
    const {page, requests} = await open(['6.17', '6.21'])
    expect(requests).toEqual([])
    expect(await page.locator('nav a').allTextContents()).toEqual(['G3.20'])
    expect(await page.locator('article.change ins').allTextContents()).toEqual([' which forms part of a SMETS2+ Device'])
    expect(await page.locator('main').textContent()).toContain('change records: MP087')
    await page.close()
  })

  it('moves between changes with n and p, and shows markup-like legal text as text', async () => {
    const {page, requests} = await open(['6.21', draft()])
    expect(requests).toEqual([])
    const ids = await page.locator('article.change').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))
    expect(ids.length).toBeGreaterThanOrEqual(3)
    const current = () => page.evaluate("document.activeElement?.getAttribute('data-id') ?? null")
    await page.keyboard.press('n')
    expect(await current()).toBe(ids[0])
    await page.keyboard.press('n')
    expect(await current()).toBe(ids[1])
    await page.keyboard.press('n')
    expect(await current()).toBe(ids[2])
    await page.keyboard.press('p')
    expect(await current()).toBe(ids[1])
    expect(await page.evaluate('window.hacked')).toBeUndefined()
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain('<img src=x onerror="window.hacked=1">')
    await page.close()
  })

  it('shows old and new text in two columns with --side-by-side', async () => {
    const {page} = await open(['6.17', '6.21', '--side-by-side'])
    const oldText = await page.locator('.columns .old').textContent()
    const newText = await page.locator('.columns .new').textContent()
    expect(oldText).toContain('Gas Proxy Function) for which')
    expect(oldText).not.toContain('SMETS2+')
    expect(newText).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which')
    const boxes = await Promise.all([page.locator('.columns .old').boundingBox(), page.locator('.columns .new').boundingBox()])
    expect((boxes[1]?.x ?? 0) > (boxes[0]?.x ?? 0) + (boxes[0]?.width ?? 0) - 1).toBe(true)
    await page.close()
  })
})
