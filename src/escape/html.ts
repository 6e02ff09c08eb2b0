import {visibleText} from './terminal.js'

/** Escapes text for HTML element content and attribute values (after {@link visibleText}): `&`, `<`, `>`, `"` and `'` as numeric references. */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
