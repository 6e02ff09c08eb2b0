import type {ProvisionBase, Section} from '../../src/model/types.js'

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The paragraphs of a text of several (one line feed between two); none for an empty text. */
const paragraphsOf = (text: string): string[] => (text === '' ? [] : text.split('\n'))

/**
 * A section as HTML a drafter might write (for LibreOffice to turn into Word): headings, and each
 * paragraph indented by its depth (1 cm a level). A provision's further lead-in paragraphs and its
 * tail stand at its own indent, the text between two lists at the indent of the list's owner.
 */
export function sectionHtml(s: Section): string {
  const out = [`<h1>${escapeHtml(`Section ${s.letter}: ${s.title}`)}</h1>`]
  const p = (depth: number, text: string): number => out.push(`<p style="margin-left:${depth + 1}cm">${escapeHtml(text)}</p>`)
  const body = (provision: ProvisionBase, depth: number): void => {
    for (const item of provision.items) {
      for (const paragraph of paragraphsOf(item.textBefore ?? '')) p(depth, paragraph)
      const [first = '', ...more] = paragraphsOf(item.text)
      p(depth + 1, `(${item.label})${first === '' ? '' : ` ${first}`}`)
      for (const paragraph of more) p(depth + 1, paragraph)
      body(item, depth + 1)
    }
    for (const paragraph of paragraphsOf(provision.tail)) p(depth, paragraph)
  }
  for (const part of s.parts) {
    if (part.id !== null) out.push(`<h2>${escapeHtml(part.title === null ? part.id : `${part.id} ${part.title}`)}</h2>`)
    for (const group of part.groups) {
      if (group.heading !== null) out.push(`<h3>${escapeHtml(group.heading)}</h3>`)
      for (const clause of group.clauses) {
        const [first = '', ...more] = paragraphsOf(clause.text)
        p(0, first === '' ? clause.id : `${clause.id} ${first}`)
        for (const paragraph of more) p(0, paragraph)
        body(clause, 0)
      }
    }
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Section</title></head><body>\n${out.join('\n')}\n</body></html>\n`
}
