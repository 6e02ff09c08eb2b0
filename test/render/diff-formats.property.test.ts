import fc from 'fast-check'
import type {ListItem, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {VersionSource} from '../../src/corpus/version-source.js'
import {diffVersions} from '../../src/diff/index.js'
import type {Clause, Section, SubParagraph} from '../../src/model/types.js'
import {visible} from '../../src/render/diff-lines.js'
import {renderDiffHtml} from '../../src/render/diff-html.js'
import {renderDiffMarkdown} from '../../src/render/diff-md.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {blockStartText, clausePair, definitionsModification} from '../helpers/arbitraries.js'
import {printedLabel} from '../../src/model/ids.js'
import {renderDiffJson} from '../../src/render/diff-json.js'

const sectionWithTail = (tail: string): Section => ({
  letter: 'G', title: 'Security', version: 'x',
  parts: [{id: null, title: null, groups: [{heading: 'Heading', clauses: [{kind: 'clause', id: 'G3.20', text: 'Each User shall:', tail, items: [{kind: 'sub-paragraph', id: 'G3.20(a)', label: 'a', text: 'x', tail: '', items: []}]}]}]}]
})

const sectionOf = (clause: Clause): Section => ({letter: 'G', title: 'Security', version: 'x', parts: [{id: null, title: null, groups: [{heading: 'Heading', clauses: [clause]}]}]})

/** The lines a clause is shown as: label and text, then tails, in document order. */
function clauseLines(clause: Clause): string[] {
  const out: string[] = []
  const visit = (p: Clause | SubParagraph): void => {
    const label = printedLabel(p)
    out.push(p.text === '' ? label : `${label} ${p.text}`)
    p.items.forEach(visit)
    if (p.tail !== '') out.push(p.tail)
  }
  visit(clause)
  return out.map(visible)
}

const source = (section: Section, version: string): VersionSource => ({
  id: version, label: version, manifest: null,
  sections: [{letter: section.letter, file: `sec-text/${version}/section-${section.letter.toLowerCase()}.md`, text: serializeSection({...section, version})}]
})

/** The list items of the report with one side's marks resolved, as remark reads them. */
function listItems(markdown: string, side: 'accept' | 'reject'): ListItem[] {
  const [drop, keep] = side === 'accept' ? ['del', 'ins'] : ['ins', 'del']
  const resolved = markdown.replace(new RegExp(`<${drop}>[^<]*</${drop}>`, 'g'), '').replace(new RegExp(`</?${keep}>`, 'g'), '')
  const items: ListItem[] = []
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'listItem') items.push(node)
    if ('children' in node) node.children.forEach(visit)
  }
  // A line wholly inserted (or deleted) leaves an empty item on the other side: as if never written.
  const cleaned = resolved.split('\n').map((line) => (/^\s*-\s*$/.test(line) ? '' : line)).join('\n')
  visit(unified().use(remarkParse).parse(cleaned) as Root)
  return items
}

/** A list item's own paragraph, without the items nested in it. */
const ownText = (item: ListItem): string => toString(item.children[0])

/** Decodes the numeric character references the HTML renderer writes. */
const decode = (text: string): string => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))

/**
 * The provision lines of an HTML report as one side reads them: inline, without `<del>` (accept)
 * or `<ins>` (reject); side by side, the paragraphs of that side's column.
 */
function htmlLines(html: string, side: 'accept' | 'reject', sideBySide: boolean): string[] {
  let source = html
  if (sideBySide) source = [...html.matchAll(new RegExp(`<div class="${side === 'accept' ? 'new' : 'old'}"[^>]*>([\\s\\S]*?)</div>`, 'g'))].map((m) => m[1] ?? '').join('\n')
  else source = source.replace(side === 'accept' ? /<del(?: [^>]*)?>[^<]*<\/del>/g : /<ins(?: [^>]*)?>[^<]*<\/ins>/g, '')
  return [...source.matchAll(/<p class="depth-\d+[^"]*">(.*?)<\/p>/g)]
    .map((m) => {
      // The label and the text are separated by a space of the layout's, not of the text's.
      const [, label = '', text = m[1] ?? ''] = /^<span class="label">(.*?)<\/span> ([\s\S]*)$/.exec(m[1] ?? '') ?? []
      const plain = (html: string): string => decode(html.replace(/<[^>]+>/g, ''))
      return [plain(label), plain(text)].filter((part) => part !== '').join(' ')
    })
    .filter((line) => line !== '')
}

describe('diff --format md and html (property)', () => {
  it('a tail that opens a list, a quote or a heading in only one reading stays one plain list item on both sides', () => {
    fc.assert(
      fc.property(blockStartText, blockStartText, (a, b) => {
        if (a === b) return
        const markdown = renderDiffMarkdown(diffVersions(source(sectionWithTail(a), '1'), source(sectionWithTail(b), '2')))
        for (const [side, tail] of [['reject', a], ['accept', b]] as const) {
          const items = listItems(markdown, side)
          expect(items.every((item) => item.children[0]?.type === 'paragraph' && item.children.slice(1).every((child) => child.type === 'list'))).toBe(true)
          expect(items.map(ownText)).toContain(tail)
        }
      }),
      {numRuns: 500}
    )
  })

  it('with --context, each side of the report reads back as that side\'s whole clause, character for character', () => {
    fc.assert(
      fc.property(clausePair, ([before, after]) => {
        const diff = diffVersions(source(sectionOf(before), '1'), source(sectionOf(after), '2'))
        if (diff.changes.length === 0) return
        const markdown = renderDiffMarkdown(diff, {context: true})
        expect(listItems(markdown, 'reject').map(ownText)).toEqual(clauseLines(before))
        expect(listItems(markdown, 'accept').map(ownText)).toEqual(clauseLines(after))
      }),
      {numRuns: 1000}
    )
  })

  it('definitions (illustrative): md and html with --context read back as each side\'s definitions clause; every change has a definition kind', () => {
    fc.assert(
      fc.property(definitionsModification, fc.boolean(), ({before, after}, sideBySide) => {
        const diff = diffVersions(source(before, '1'), source(after, '2'))
        const [oldClause, newClause] = [before, after].map((side) => side.parts[0]?.groups[0]?.clauses[0] as Clause)
        if (diff.changes.length === 0) return
        for (const change of diff.changes) expect(change.kind).toMatch(/^definition-(?:added|changed|deleted|moved|renamed)$/)
        const markdown = renderDiffMarkdown(diff, {context: true})
        expect(listItems(markdown, 'reject').map(ownText)).toEqual(clauseLines(oldClause as Clause))
        expect(listItems(markdown, 'accept').map(ownText)).toEqual(clauseLines(newClause as Clause))
        const html = renderDiffHtml(diff, {context: true, sideBySide})
        expect(htmlLines(html, 'reject', sideBySide)).toEqual(clauseLines(oldClause as Clause))
        expect(htmlLines(html, 'accept', sideBySide)).toEqual(clauseLines(newClause as Clause))
        const json = JSON.parse(renderDiffJson(diff)) as {changes: Array<{kind: string; redline: {definition?: boolean}}>}
        for (const change of json.changes) expect(change.redline.definition).toBe(true)
      }),
      {numRuns: 500}
    )
  })

  it('html, inline and side by side, with --context: each side reads back as that side\'s whole clause', () => {
    fc.assert(
      fc.property(clausePair, fc.boolean(), ([before, after], sideBySide) => {
        const diff = diffVersions(source(sectionOf(before), '1'), source(sectionOf(after), '2'))
        if (diff.changes.length === 0) return
        const html = renderDiffHtml(diff, {context: true, sideBySide})
        expect(htmlLines(html, 'reject', sideBySide)).toEqual(clauseLines(before))
        expect(htmlLines(html, 'accept', sideBySide)).toEqual(clauseLines(after))
      }),
      {numRuns: 1000}
    )
  })
})
