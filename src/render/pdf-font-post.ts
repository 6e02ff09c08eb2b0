/**
 * What PDFKit reads of a TrueType font's `post` table is its header (the italic angle and whether
 * the font is fixed-pitch, when it embeds the font), yet fontkit decodes the whole table on first
 * use: for DejaVu Sans its 6,000 glyph names, a tenth of a PDF annex's time. This sets the table
 * ahead to its header alone, read from the font's bytes: the glyph names are used by neither
 * PDFKit nor the subset it embeds (which has no `post` table), so the PDF is the same byte for byte.
 */
export function presetPostHeader(font: FontkitFont): void {
  const table = font.directory.tables.post
  if (!table || 'post' in font._tables) return
  const bytes = font.stream.buffer
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, Math.min(table.length, 32))
  // fontkit's names and conversions: version and italicAngle are 16.16 fixed-point numbers.
  const fixed = (at: number): number => view.getInt32(at) / 65536
  font._tables.post = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28)
  }
}

/** What this reads and sets of a fontkit TrueType font (internal to fontkit). */
export interface FontkitFont {
  directory: {tables: Record<string, {offset: number; length: number} | undefined>}
  stream: {buffer: Uint8Array}
  _tables: Record<string, unknown>
}
