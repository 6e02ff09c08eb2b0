/**
 * Words in an instruction stand in plain double quotes, exactly as they read: no backslash
 * escapes. Only what a text file cannot hold on one line is written as a code: a control
 * character as `\u{1b}`, and a backslash that would otherwise read as such a code as `\u{5c}`.
 * Where the quoted words end is decided by the instruction's shape (see `parse-instructions.ts`);
 * the writer proves every line reads back before it uses it.
 */
export function quoteWords(text: string): string {
  return `"${encodeWords(text)}"`
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]|\\(?=u\{[0-9a-fA-F]{1,6}\})/g

/** The words as they stand between the quotes. */
export function encodeWords(text: string): string {
  return text.replace(CONTROL, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`)
}

/** The words that `encodeWords` wrote. */
export function decodeWords(written: string): string {
  return written.replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (code, hex: string) => {
    const point = Number.parseInt(hex, 16)
    return point === 0x5c || point <= 0x1f || (point >= 0x7f && point <= 0x9f) ? String.fromCodePoint(point) : code
  })
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

/** "the second " before quoted words that stand more than once; nothing for words that stand once. */
export function ordinal(occurrence: number | undefined): string {
  if (occurrence === undefined) return ''
  return `the ${ORDINALS[occurrence - 1] ?? `${occurrence}th`} `
}

/** The pattern of an ordinal as `ordinal` writes it, capturing the word. */
export const ORDINAL_PATTERN = `(?:the (${ORDINALS.join('|')}|\\d+th) )?`

/** The occurrence an ordinal names (1-based), or undefined for none. */
export function readOrdinal(word: string | undefined): number | undefined {
  if (word === undefined) return undefined
  const index = ORDINALS.indexOf(word)
  return index >= 0 ? index + 1 : Number.parseInt(word, 10)
}
