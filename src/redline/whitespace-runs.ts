import type {Run} from './run.js'

/** Whether a run is an insertion or deletion of whitespace only (spaces, tabs, no-break and other Unicode spaces). */
export function isWhitespaceOnly(run: Run): boolean {
  return run.type !== 'equal' && run.text !== '' && /^\s+$/u.test(run.text)
}

const NAMES: Record<string, string> = {' ': 'space', '\u00a0': 'no-break space', '\t': 'tab', '\u202f': 'narrow no-break space', '\u2009': 'thin space'}

/** `2 spaces`, `no-break space`, `space + tab`. */
export function nameWhitespace(text: string): string {
  if (text === '') return 'nothing'
  const parts: string[] = []
  for (const match of text.matchAll(/(\s)\1*/gu)) {
    const char = match[1] as string
    const name = NAMES[char] ?? `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    parts.push(match[0].length === 1 ? name : `${match[0].length} ${name}s`)
  }
  return parts.join(' + ')
}
