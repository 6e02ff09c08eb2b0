import type {Annex} from '../annex/annex-types.js'
import type {Run} from '../redline/run.js'
import {type AnnexLayout, layoutAnnex} from '../layout/annex-layout.js'
import type {RedlineParagraph} from '../layout/provision-paragraphs.js'
import {annexHtmlStyle} from './annex-html-style.js'
import {escapeHtml} from '../escape/html.js'
import {describeWhitespace, isWhitespaceOnly} from './whitespace-marks.js'
import {htmlTable} from './annex-html-table.js'

/**
 * The annex as one self-contained HTML file: semantic `<ins>`/`<del>`, a legend, a contents list
 * of the changed clauses, an A4 print stylesheet. Nothing is fetched and no script can run (a
 * Content-Security-Policy forbids both), and every piece of text is escaped.
 */
export function renderAnnexHtml(annex: Annex): string {
  const layout = layoutAnnex(annex)
  const {cover} = layout
  const header = `${annex.meta.id} Annex A – ${cover.version}`
  const footer = cover.classificationLine ?? ''
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${cover.title} – ${cover.annex}`)}</title>`,
    `<style>\n${annexHtmlStyle(header, footer)}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(cover.title)}</h1>`,
    `<p><strong>${escapeHtml(cover.annex)}</strong></p>`,
    `<p>${escapeHtml(cover.version)}</p>`,
    `<h2>${escapeHtml(cover.aboutHeading)}</h2>`,
    ...cover.about.map((text) => `<p>${escapeHtml(text)}</p>`),
    '<p class="legend">Legend: <ins>inserted text</ins> (blue, double underlined, shaded) · <del>deleted text</del> (red, struck through) · links (dotted underline) go to the changed clauses</p>',
    '</header>',
    contents(layout)
  ]
  for (const section of layout.sections) {
    out.push(`<section class="section" id="${section.kind ?? 'section'}-${escapeHtml(section.letter)}">`, `<h2>${escapeHtml(section.heading)}</h2>`)
    for (const block of section.blocks) {
      if (block.kind === 'instruction') out.push(`<p class="instruction">${escapeHtml(block.text)}</p>`)
      else if (block.kind === 'heading' && block.part) out.push(`<h3 class="part" id="part-${escapeHtml(block.part.id)}" data-status="${block.part.status}">${htmlRuns(block.runs)}</h3>`)
      else if (block.kind === 'heading') out.push(`<h3>${htmlRuns(block.runs)}</h3>`)
      else {
        // A definition shown alone is its own anchor, with its own status.
        const [id, status] = block.definition ? [block.definition.id, block.definition.status] : [block.clause.id, block.clause.status]
        out.push(`<div class="clause" id="clause-${escapeHtml(id)}" data-status="${status}">`)
        for (const paragraph of block.paragraphs) out.push(paragraphHtml(paragraph))
        out.push('</div>')
      }
    }
    out.push('</section>')
  }
  if (cover.classificationLine) out.push(`<footer class="classification"><p>${escapeHtml(cover.classificationLine)}</p></footer>`)
  out.push('</body>', '</html>')
  return `${out.join('\n')}\n`
}

function contents(layout: AnnexLayout): string {
  if (layout.contents.length === 0) return '<nav class="contents"><h2>Changed clauses</h2><p>None.</p></nav>'
  const items = layout.contents.map((entry) => `<li><a href="#clause-${escapeHtml(entry.anchor ?? entry.clause)}">${escapeHtml(entry.text)}</a></li>`)
  return `<nav class="contents"><h2>Changed clauses</h2><ul>${items.join('')}</ul></nav>`
}

/**
 * A provision paragraph. A lead is a two-column grid, the hanging indent: the number or label (with
 * the space after it, so the text reads back whole) in a column of its own, the text in the next,
 * where its wrapped lines stay. A tail stands in the text column of its provision.
 */
function paragraphHtml(paragraph: RedlineParagraph): string {
  if (paragraph.table) return htmlTable(paragraph.table, paragraph.depth, paragraph.status, htmlRuns)
  const attributes = `class="provision ${paragraph.role} depth-${Math.min(paragraph.depth, 4)}" data-id="${escapeHtml(paragraph.id)}" data-status="${paragraph.status}"`
  if (paragraph.role === 'tail') return `<p ${attributes}>${htmlRuns(paragraph.text)}</p>`
  return `<p ${attributes}><span class="label">${htmlRuns([...paragraph.label, ...paragraph.separator])}</span><span class="text">${htmlRuns(paragraph.text)}</span></p>`
}

/** Runs as HTML: kept text as it is, `<ins>` and `<del>` around changes, all escaped. */
export function htmlRuns(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      const text = escapeHtml(run.text)
      if (run.type === 'equal') return text
      // A change of whitespace only is shaded (class ws), its text kept exact.
      const ws = isWhitespaceOnly(run) ? ` class="ws" title="whitespace only: ${escapeHtml(describeWhitespace(run.text))}"` : ''
      return run.type === 'insert' ? `<ins${ws}>${text}</ins>` : `<del${ws}>${text}</del>`
    })
    .join('')
}
