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

/** How many lines at the top and at the bottom of a page a running header or footer is learned from. */
const EDGE = 2

/** Whether a whole line is page furniture by its words. */
export function isFurnitureLine(line: string): boolean {
  return WHOLE_LINE.some((pattern) => pattern.test(line))
}

/** The furniture inside a paragraph's text, and the text without it (spaces around it closed up). */
export function removeFurnitureInText(text: string): {found: string[]; text: string} {
  const found = [...text.matchAll(MID_LINE)].map((match) => match[0].trim())
  return {found, text: found.length === 0 ? text : text.replace(MID_LINE, '').replace(/\s+/g, ' ').trim()}
}

/**
 * Whether a line carries on the text of the line before it: it starts with a lower-case letter
 * and the line before does not end a sentence. Such a line is legal text, never furniture, however
 * often the pages repeat it.
 */
export function continuesLine(previous: string | undefined, line: string): boolean {
  return previous !== undefined && /^\p{Ll}/u.test(line) && !/\.$/.test(previous)
}

/**
 * Running headers and footers learned from the document: a line (digits ignored) that stands
 * among the first or last lines on at least two pages, and at least half of them; never a line
 * that starts legal text (a clause number, a label), carries on the line before it, or stands
 * anywhere in a page's body (repeated legal wording is not furniture).
 */
export function learnRunningLines(pages: ReadonlyArray<readonly string[]>, isLegalText: (line: string) => boolean): Set<string> {
  const out = new Set<string>()
  if (pages.length < 2) return out
  const counts = new Map<string, number>()
  const body = new Set<string>()
  for (const page of pages) {
    const lines = page.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '')
    const edges = new Set<string>()
    lines.forEach((line, index) => {
      if (index >= EDGE && index < lines.length - EDGE) body.add(shape(line))
      else if (!isLegalText(line) && !continuesLine(lines[index - 1], line)) edges.add(shape(line))
    })
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  for (const [line, count] of counts) if (count >= 2 && count * 2 >= pages.length && !body.has(line) && !/^\[Not used\]$/.test(line)) out.add(line)
  return out
}

/** A line of a page as {@link findPageFurniture} reads it: its text, and whether it can never be furniture (a table's cell). */
export interface PageLine {
  text: string
  never?: boolean
}

/**
 * Which lines of each page are furniture. In a document of several pages, only the lines at the
 * top and at the bottom of a page's text: each one furniture by its words ({@link isFurnitureLine})
 * or a running line the pages repeat (`running`), up to the first line that is neither; a line
 * between body text is never furniture, nor one that carries on the text before it
 * ({@link continuesLine}). In a document of one page (text without form feeds) the lines that are
 * furniture by their words, wherever they stand.
 */
export function findPageFurniture(pages: ReadonlyArray<readonly PageLine[]>, running: ReadonlySet<string>): boolean[][] {
  const candidate = (line: PageLine): boolean => !line.never && line.text !== '' && (isFurnitureLine(line.text) || running.has(shape(line.text)))
  if (pages.length < 2) return pages.map((page) => page.map(candidate))
  let previous: string | undefined
  return pages.map((page) => {
    const out = page.map(() => false)
    const filled = page.flatMap((line, index) => (line.text === '' ? [] : [index]))
    let top = 0
    while (top < filled.length && candidate(page[filled[top] as number] as PageLine)) top++
    let bottom = filled.length
    while (bottom > top && candidate(page[filled[bottom - 1] as number] as PageLine)) bottom--
    filled.forEach((index, at) => {
      const line = page[index] as PageLine
      if ((at < top || at >= bottom) && !continuesLine(previous, line.text)) out[index] = true
      else previous = line.never ? undefined : line.text
    })
    return out
  })
}

/** A line with its digits generalised, so page numbers do not tell running lines apart. */
export function shape(line: string): string {
  return line.trim().replace(/\d+/g, '#')
}

/** A table of contents' heading. */
const CONTENTS_HEADING = /^(?:Table of )?Contents$/i
/** A table of contents' entry: a title, then leader dots (or a wide gap) and a page number. */
const CONTENTS_ENTRY = /^\S.*?(?:\s*(?:\.\s?){3,}\s*|\s*…+\s*|\s{3,}|\t+)\d{1,4}$/

/**
 * The lines of the tables of contents: a "Contents" or "Table of Contents" line, then the lines
 * that end in leader dots or a wide gap and a page number (blank lines between them, and a line an
 * entry's title wraps onto before its number, taken with them). `lines` as the source gives them
 * (spaces kept); `gapped` tells a line whose last stretch a column gap sets apart as a number alone
 * (a PDF's leader of spaces). A heading without an entry after it is no table of contents.
 */
export function findContents(lines: readonly string[], gapped: (index: number) => boolean = () => false): Set<number> {
  const out = new Set<number>()
  const entry = (index: number): boolean => CONTENTS_ENTRY.test((lines[index] ?? '').trim()) || gapped(index)
  const blank = (index: number): boolean => (lines[index] ?? '').trim() === ''
  for (let index = 0; index < lines.length; index++) {
    if (!CONTENTS_HEADING.test((lines[index] ?? '').trim())) continue
    const found = [index]
    let at = index + 1
    for (;;) {
      while (at < lines.length && blank(at)) at++
      if (at < lines.length && entry(at)) found.push(at++)
      else if (at + 1 < lines.length && !blank(at) && entry(at + 1) && found.length > 1) found.push(at++, at++)
      else break
    }
    if (found.length > 1) for (const line of found) out.add(line)
  }
  return out
}
