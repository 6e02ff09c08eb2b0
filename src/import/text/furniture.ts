/**
 * Page furniture of the SEC's published PDFs, as text extraction gives it: the running footer
 * "SEC – Section G 322" (document, Section, page number), "Page 3 of 40", a page number alone.
 */
const WHOLE_LINE: readonly RegExp[] = [
  /^SEC\s*[–—-]\s*Section\s+[A-Z]\s+\d{1,4}$/,
  /^Page\s+\d+(\s+of\s+\d+)?$/i,
  /^\d{1,4}$/,
  /^Smart Energy Code\s*[–—-]?\s*(Section\s+[A-Z])?\s*\d*$/i
]

/** The running footer caught inside a line of legal text ("… User Systems; or SEC – Section G 322"). */
const MID_LINE = /\s*\bSEC\s*[–—-]\s*Section\s+[A-Z]\s+\d{1,4}\b/g

/** Whether a whole line is page furniture. */
export function isFurnitureLine(line: string): boolean {
  return WHOLE_LINE.some((pattern) => pattern.test(line))
}

/** The furniture inside a paragraph's text, and the text without it (spaces around it closed up). */
export function removeFurnitureInText(text: string): {found: string[]; text: string} {
  const found = [...text.matchAll(MID_LINE)].map((match) => match[0].trim())
  return {found, text: found.length === 0 ? text : text.replace(MID_LINE, '').replace(/\s+/g, ' ').trim()}
}

/**
 * Running headers and footers learned from the document: a line (digits ignored) that stands
 * first or last on at least two pages, and at least half of them; never a line that starts legal
 * text (a clause number, a label).
 */
export function learnRunningLines(pages: ReadonlyArray<readonly string[]>, isLegalText: (line: string) => boolean): Set<string> {
  const out = new Set<string>()
  if (pages.length < 2) return out
  const counts = new Map<string, number>()
  for (const page of pages) {
    const lines = page.map((line) => line.trim()).filter((line) => line !== '' && !isLegalText(line))
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape))
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  for (const [line, count] of counts) if (count >= 2 && count * 2 >= pages.length && !/^\[Not used\]$/.test(line)) out.add(line)
  return out
}

/** A line with its digits generalised, so page numbers do not tell running lines apart. */
export function shape(line: string): string {
  return line.trim().replace(/\d+/g, '#')
}
