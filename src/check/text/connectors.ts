/** A list connector at the end of a provision's text: "; or", "; and", ",", ";", "." or ":". */
const TRAILING_CONNECTOR = /\s*(?:[;,]\s*(?:and\/or|and|or)|[;,.:])\s*$/

/**
 * The end of a text where its list connector starts: `text.slice(0, coreEnd(text))` is the wording
 * without "; or", "; and", "," or ".", so that parallel provisions in different lists compare equal.
 */
export function coreEnd(text: string): number {
  const match = TRAILING_CONNECTOR.exec(text)
  return match ? match.index : text.length
}

/** The wording without its trailing list connector. */
export function withoutConnector(text: string): string {
  return text.slice(0, coreEnd(text))
}
