/**
 * Where blank lines end paragraphs in text extracted from a PDF. Extractors differ: some put a
 * blank line between every line (the seed), others only between paragraphs (pdftotext -layout,
 * where the page leaves space between them). The blank lines a text puts inside its sentences — between a line without
 * closing punctuation and one that goes on in lower case — are its line spacing and say nothing;
 * more blank lines than that end a paragraph. Where no sentence runs over a line, the spacing most
 * lines keep is taken (one blank line between every line says nothing either); on a tie, the
 * wider spacing.
 *
 * `texts` are the lines kept (furniture removed) and `blanksBefore` how many blank lines stand
 * directly before each, undefined where that says nothing (the first line, a new page, furniture or
 * a table between). Answers, per line, whether the blank lines before it end the paragraph above.
 */
export function blankLineBreaks(texts: readonly string[], blanksBefore: ReadonlyArray<number | undefined>): boolean[] {
  const inSentence = new Map<number, number>()
  const all = new Map<number, number>()
  texts.forEach((text, index) => {
    const blanks = blanksBefore[index]
    if (index === 0 || blanks === undefined) return
    all.set(blanks, (all.get(blanks) ?? 0) + 1)
    if (!/[.;:,]$/.test(texts[index - 1] as string) && /^\p{Ll}/u.test(text)) inSentence.set(blanks, (inSentence.get(blanks) ?? 0) + 1)
  })
  const spacing = commonest(inSentence.size > 0 ? inSentence : all)
  return texts.map((_, index) => spacing !== undefined && index > 0 && (blanksBefore[index] ?? -1) > spacing)
}

/** The count most often seen, or undefined where none was; on a tie the larger (fewer breaks: where the text does not tell, lengths and punctuation decide, as without blank lines). */
function commonest(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0) || (count === counts.get(best) && value > best)) best = value
  return best
}
