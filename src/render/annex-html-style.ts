/**
 * The stylesheet of the HTML annex: the legal colour convention (insertions blue, double
 * underlined and shaded, deletions red and struck through: never colour alone, and an insertion
 * never looks like a link, which is dotted and in the text colour), numbered provisions with a
 * hanging indent (number or label in its own column, the text and its wrapped lines in the next),
 * and an A4 print layout with the title, classification and page numbers in the page margins.
 */
export function annexHtmlStyle(header: string, footer: string): string {
  // A CSS string: quotes and backslashes escaped, `<` and control characters as hex escapes so no `</style>` can close the sheet.
  const css = (text: string): string =>
    `"${text.replace(/[\\"<>&\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`
  return `
:root { color-scheme: light; --ins: #0645ad; --del: #b00020; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
ins { color: var(--ins); background: #e8effa; text-decoration: underline double; text-decoration-thickness: 1px; text-underline-offset: 2px; }
a { color: inherit; text-decoration: underline dotted; text-underline-offset: 3px; }
ins.ws, del.ws { background: #ffe08a; white-space: pre-wrap; outline: 1px dashed currentColor; }
del { color: var(--del); text-decoration: line-through; }
.instruction { font-style: italic; }
.clause { margin: 0.6em 0; }
.provision { margin: 0.3em 0; unicode-bidi: plaintext; white-space: pre-wrap; }
.provision.lead { display: grid; grid-template-columns: var(--label) minmax(0, 1fr); column-gap: 0; }
.provision .label { font-weight: bold; white-space: nowrap; }
.provision .text { unicode-bidi: plaintext; }
.depth-0 { --label: 4.5em; }
.depth-1, .depth-2, .depth-3, .depth-4 { --label: 3em; }
.lead.depth-1 { margin-left: 4.5em; } .lead.depth-2 { margin-left: 7.5em; } .lead.depth-3 { margin-left: 10.5em; } .lead.depth-4 { margin-left: 13.5em; }
.tail.depth-0 { margin-left: 4.5em; } .tail.depth-1 { margin-left: 7.5em; } .tail.depth-2 { margin-left: 10.5em; } .tail.depth-3 { margin-left: 13.5em; } .tail.depth-4 { margin-left: 16.5em; }
.provision-table { border-collapse: collapse; margin: 0.4em 0 0.6em 4.5em; unicode-bidi: plaintext; }
.provision-table.depth-1 { margin-left: 7.5em; } .provision-table.depth-2 { margin-left: 10.5em; } .provision-table.depth-3 { margin-left: 13.5em; } .provision-table.depth-4 { margin-left: 16.5em; }
.provision-table th, .provision-table td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; white-space: pre-wrap; }
.provision-table tr[data-status="inserted"] { background: #e8effa; } .provision-table tr[data-status="deleted"] { background: #fbe9ec; }
.legend { border: 1px solid #ccc; padding: 0.4em 0.8em; display: inline-block; }
.classification { font-size: 0.9em; color: #444; }
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-center { content: ${css(header)}; font-size: 9pt; color: #444; }
  @bottom-left { content: ${css(footer)}; font-size: 9pt; color: #444; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  nav.contents { break-after: page; }
  .section { break-before: page; }
  .clause { break-inside: avoid; }
  nav.contents a { color: inherit; text-decoration: none; }
}
`.trim()
}
