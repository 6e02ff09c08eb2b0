/* Escaping for the terminal (and every format that shows text to a reader): control characters made visible. */

/**
 * Control characters (C0 except tab and line feed, DEL, C1) as their Unicode Control Pictures
 * (`\u001b` → `␛`) or, for C1, as `U+0085`-style text: visible in every format, never able to
 * drive a terminal, break an XML file or hide in a document. Everything else is left as it is,
 * right-to-left and non-Latin text included.
 */
export function visibleText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  })
}
