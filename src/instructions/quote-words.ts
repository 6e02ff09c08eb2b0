/**
 * Words in an instruction are written in double quotes; a backslash escapes `"` and `\`, and a
 * control character is written `\u{1b}`, so any text survives the trip to a file and back.
 */
export function quoteWords(text: string): string {
  const escaped = text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`)
  return `"${escaped}"`
}

/** Reads a quoted string starting at `start` (the opening quote); returns its text and the offset after the closing quote. */
export function readQuoted(line: string, start: number): {text: string; end: number} | {error: string; at: number} {
  let text = ''
  let index = start + 1
  while (index < line.length) {
    const char = line[index] as string
    if (char === '"') return {text, end: index + 1}
    if (char === '\\') {
      const next = line[index + 1]
      if (next === '"' || next === '\\') {
        text += next
        index += 2
        continue
      }
      const code = /^u\{([0-9a-fA-F]{1,6})\}/.exec(line.slice(index + 1))
      if (code) {
        text += String.fromCodePoint(Number.parseInt(code[1] ?? '0', 16))
        index += 1 + code[0].length
        continue
      }
      return {error: `Unexpected escape '\\${next ?? ''}', expected \\", \\\\ or \\u{hex}`, at: index}
    }
    text += char
    index++
  }
  return {error: 'Unexpected end of line inside quoted words, expected a closing "', at: start}
}
