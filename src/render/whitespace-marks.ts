import {isWhitespaceOnly, nameWhitespace} from '../redline/whitespace-runs.js'

export {isWhitespaceOnly}

/**
 * How a change of whitespace only is shown. Its characters are invisible, so each format marks it
 * where the mark cannot be taken for text: the terminal shows symbols (`·` space, `⍽` no-break
 * space, `→` tab; other spaces as they are) inside the change marks, in reverse video when coloured; HTML shades the `<ins>`/`<del>`
 * (class `ws`, with a title naming the whitespace) and Word shades the tracked run, both keeping
 * the exact characters so that Accept and Reject give back both texts. Markdown keeps the exact
 * characters too (GitHub drops classes and styles): a symbol there would be read as text.
 */
export function whitespaceSymbols(text: string): string {
  return text.replace(/[ \u00a0\t]/gu, (char) => (char === ' ' ? '·' : char === '\u00a0' ? '⍽' : '→'))
}

/** `2 spaces`, `no-break space`. */
export function describeWhitespace(text: string): string {
  return nameWhitespace(text)
}
