import {strToU8, zipSync} from 'fflate'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** Escapes text for XML. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A run of plain text. */
export const run = (text: string, props = ''): string => `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`
/** A tracked insertion. */
export const ins = (text: string, author = 'Drafter A'): string => `<w:ins w:id="1" w:author="${author}" w:date="2026-01-02T00:00:00Z">${run(text)}</w:ins>`
/** A tracked deletion. */
export const del = (text: string, author = 'Drafter B'): string =>
  `<w:del w:id="2" w:author="${author}" w:date="2026-01-02T00:00:00Z"><w:r><w:delText xml:space="preserve">${xmlText(text)}</w:delText></w:r></w:del>`
/** A paragraph with an optional left indent and numbering. */
export const para = (content: string, options: {indent?: number; numId?: number; ilvl?: number; style?: string} = {}): string => {
  const props = [
    options.style !== undefined ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '',
    options.indent !== undefined ? `<w:ind w:left="${options.indent}" w:hanging="720"/>` : ''
  ].join('')
  return `<w:p>${props === '' ? '' : `<w:pPr>${props}</w:pPr>`}${content}</w:p>`
}

/**
 * A minimal Word document written by hand (illustrative text, for tests of what other writers
 * produce: numbering, colour marks, broken input): the parts Word requires and the given body.
 */
export function makeDocx(paragraphs: readonly string[], parts: {numbering?: string; comments?: string; styles?: string} = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`)
  }
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`)
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`)
  if (parts.comments !== undefined) files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${parts.comments}</w:comments>`)
  return zipSync(files)
}

/** A table: rows of cells, each cell its paragraphs (already built with `para`); `cellProps` per cell as `w:tcPr` content. */
export const table = (rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, cellProps: (row: number, column: number) => string = () => ''): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows
    .map((cells, row) => `<w:tr>${cells.map((paragraphs, column) => `<w:tc>${cellProps(row, column) === '' ? '' : `<w:tcPr>${cellProps(row, column)}</w:tcPr>`}${paragraphs.join('')}</w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`
