import fc from 'fast-check'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import type {Clause, Section} from '../../src/model/types.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../src/render/annex-docx.js'
import {renderAnnexHtml} from '../../src/render/annex-html.js'
import {renderAnnexMarkdown} from '../../src/render/annex-markdown.js'
import {renderAnnexTerminal} from '../../src/render/annex-terminal.js'
import {visibleText} from '../../src/escape/terminal.js'
import {documentXml} from '../annex/read-annex-formats.js'
import {mp087Meta} from '../annex/fixtures.js'
import {clause, lineText, section} from '../helpers/arbitraries.js'

type Side = 'accept' | 'reject'
const INSTRUCTION = /^(?:Amend the heading of Part|Insert new Part|Delete Part) /

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"} as Record<string, string>)[name.toLowerCase()] ?? '')

/** Markdown: the `###` line after each part instruction, marks resolved, read by remark. */
function markdownParts(markdown: string, side: Side): string[] {
  return [...markdown.matchAll(/^_(?:Amend the heading of Part|Insert new Part|Delete Part) [^\n]*_\n\n(### [^\n]*)$/gm)].map((match) => {
    const line = side === 'accept' ? (match[1] ?? '').replace(/<del>[^<]*<\/del>/g, '').replace(/<\/?ins>/g, '') : (match[1] ?? '').replace(/<ins>[^<]*<\/ins>/g, '').replace(/<\/?del>/g, '')
    return toString(unified().use(remarkParse).parse(line) as Root)
  }).filter((text) => text !== '')
}

function htmlParts(html: string, side: Side): string[] {
  const drop = side === 'accept' ? /<del>[^<]*<\/del>/g : /<ins>[^<]*<\/ins>/g
  return [...html.matchAll(/<h3 class="part"[^>]*>(.*?)<\/h3>/g)].map((match) => decode((match[1] ?? '').replace(drop, '').replace(/<[^>]+>/g, ''))).filter((text) => text !== '')
}

function terminalParts(text: string, side: Side): string[] {
  const insert = /\u001b\[34m\u001b\[4m([^\u001b]*)\u001b\[24m\u001b\[39m/g
  const remove = /\u001b\[31m\u001b\[9m([^\u001b]*)\u001b\[29m\u001b\[39m/g
  const lines = text.split('\n')
  return lines.flatMap((line, index) => {
    if (!INSTRUCTION.test(line.replace(/\u001b\[[0-9;]*m/g, ''))) return []
    const heading = lines[index + 1] ?? ''
    const resolved = side === 'accept' ? heading.replace(remove, '').replace(insert, '$1') : heading.replace(insert, '').replace(remove, '$1')
    return [resolved.replace(/\u001b\[[0-9;]*m/g, '')]
  }).filter((line) => line !== '')
}

/** Word: the paragraph after each part instruction, `w:del` dropped (accept) or `w:ins` dropped (reject); a paragraph whose mark is tracked goes with it. */
function docxParts(docx: Uint8Array, side: Side): string[] {
  const paragraphs = [...documentXml(docx).matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) => match[1] ?? '')
  const text = (xml: string): string => [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => decode(m[1] ?? '')).join('')
  return paragraphs.flatMap((paragraph, index) => {
    if (!INSTRUCTION.test(text(paragraph))) return []
    const next = paragraphs[index + 1] ?? ''
    const body = next.replace(/<w:pPr>.*?<\/w:pPr>/, '')
    return [text(side === 'accept' ? body.replace(/<w:del [^>]*>.*?<\/w:del>/g, '') : body.replace(/<w:ins [^>]*>.*?<\/w:ins>/g, ''))]
  }).filter((line) => line !== '')
}

const plan = fc.record({
  titles: fc.array(fc.oneof(fc.constant<'keep'>('keep'), fc.option(lineText, {nil: null})), {minLength: 3, maxLength: 3}),
  remove: fc.boolean(),
  append: fc.option(fc.tuple(fc.option(lineText, {nil: null}), clause('G9.1')), {nil: undefined})
})

function edit(before: Section, {titles, remove, append}: {titles: Array<string | null>; remove: boolean; append: [string | null, Clause] | undefined}): Section {
  const after = structuredClone(before)
  after.parts.forEach((part, index) => {
    const title = titles[index] ?? 'keep'
    if (part.id !== null && title !== 'keep') part.title = title
  })
  if (remove && after.parts.length > 1) after.parts.pop()
  if (append) {
    const id = `G${before.parts.length + 1}`
    after.parts.push({id, title: append[0], groups: [{heading: null, clauses: [JSON.parse(JSON.stringify(append[1]).replaceAll('"G9.1', `"${id}.1`)) as Clause]}]})
  }
  return after
}

describe('part headings in every annex format (property)', () => {
  it('each format reads back, changes accepted, as the new headings of the changed parts, and rejected, as the old ones', async () => {
    await fc.assert(
      fc.asyncProperty(section, plan, async (before, steps) => {
        const after = edit(before, steps)
        const annex = buildAnnex(mp087Meta, redlineSections([before], [after]), 'clause')
        const parts = annex.sections.flatMap((s) => s.parts)
        // Independently of the redline: the parts whose heading differs, or that one side lacks.
        const ids = [...new Set([...before.parts, ...after.parts].flatMap((p) => (p.id === null ? [] : [p.id])))]
        const changed = ids.filter((id) => JSON.stringify(before.parts.find((p) => p.id === id)?.title) !== JSON.stringify(after.parts.find((p) => p.id === id)?.title))
        expect(parts.map((p) => p.id).sort()).toEqual(changed.sort())
        const line = (id: string, title: string | null | undefined): string => (title ? `${id} ${title}` : id)
        const titleOf = (sections: Section, id: string): string | null | undefined => sections.parts.find((p) => p.id === id)?.title
        const expected = {
          accept: parts.filter((p) => p.status !== 'deleted').map((p) => line(p.id, titleOf(after, p.id))),
          reject: parts.filter((p) => p.status !== 'inserted').map((p) => line(p.id, titleOf(before, p.id)))
        }
        const markdown = renderAnnexMarkdown(annex)
        const html = renderAnnexHtml(annex)
        const terminal = renderAnnexTerminal(annex, {color: true})
        const docx = await renderAnnexDocx(annex)
        for (const side of ['accept', 'reject'] as const) {
          expect(markdownParts(markdown, side)).toEqual(expected[side])
          expect(htmlParts(html, side)).toEqual(expected[side])
          expect(terminalParts(terminal, side)).toEqual(expected[side].map(visibleText))
          expect(docxParts(docx, side)).toEqual(expected[side].map(visibleText))
        }
      }),
      {numRuns: 150}
    )
  })
})
