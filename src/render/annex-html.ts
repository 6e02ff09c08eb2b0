import type {Annex} from '../annex/annex-types.js'
import type {Run} from '../redline/run.js'
import {annexCover, sectionHeading} from './annex-cover.js'
import {annexHtmlStyle} from './annex-html-style.js'
import {type RedlineParagraph, redlineParagraphs} from './redline-paragraphs.js'
import {escapeHtml} from './visible-text.js'
import {describeWhitespace, isWhitespaceOnly} from './whitespace-marks.js'

/**
 * The annex as one self-contained HTML file: semantic `<ins>`/`<del>`, a legend, a contents list
 * of the changed clauses, an A4 print stylesheet. Nothing is fetched and no script can run (a
 * Content-Security-Policy forbids both), and every piece of text is escaped.
 */
export function renderAnnexHtml(annex: Annex): string {
  const cover = annexCover(annex.meta)
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
    '<p class="legend">Legend: <ins>inserted text</ins> (blue, underlined) · <del>deleted text</del> (red, struck through)</p>',
    '</header>',
    contents(annex)
  ]
  for (const section of annex.sections) {
    out.push(`<section class="section" id="section-${escapeHtml(section.letter)}">`, `<h2>${escapeHtml(sectionHeading(section.letter, section.title))}</h2>`)
    for (const instruction of section.instructions) out.push(`<p class="instruction">${escapeHtml(instruction.text)}</p>`)
    for (const group of section.groups) {
      if (group.heading) out.push(`<h3>${htmlRuns(group.heading)}</h3>`)
      for (const clause of group.clauses) {
        out.push(`<div class="clause" id="clause-${escapeHtml(clause.id)}" data-status="${clause.status}">`)
        for (const paragraph of redlineParagraphs(clause)) out.push(paragraphHtml(paragraph))
        out.push('</div>')
      }
    }
    out.push('</section>')
  }
  if (cover.classificationLine) out.push(`<footer class="classification"><p>${escapeHtml(cover.classificationLine)}</p></footer>`)
  out.push('</body>', '</html>')
  return `${out.join('\n')}\n`
}

function contents(annex: Annex): string {
  if (annex.changed.length === 0) return '<nav class="contents"><h2>Changed clauses</h2><p>None.</p></nav>'
  const items = annex.sections.flatMap((section) =>
    section.instructions.map((instruction) => `<li><a href="#clause-${escapeHtml(instruction.clause)}">${escapeHtml(instruction.text.replace(/( as follows)?[:.]$/, ''))}</a></li>`)
  )
  return `<nav class="contents"><h2>Changed clauses</h2><ul>${items.join('')}</ul></nav>`
}

function paragraphHtml(paragraph: RedlineParagraph): string {
  const margin = paragraph.depth * 2.5 + (paragraph.role === 'tail' && paragraph.depth > 0 ? 2.5 : 0)
  const style = margin > 0 ? ` style="margin-left: ${margin}em"` : ''
  const label = paragraph.label.length > 0 ? `<span class="label">${htmlRuns(paragraph.label)}</span>` : ''
  return `<p class="provision ${paragraph.role}" data-id="${escapeHtml(paragraph.id)}" data-status="${paragraph.status}"${style}>${label}${htmlRuns(paragraph.runs)}</p>`
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
