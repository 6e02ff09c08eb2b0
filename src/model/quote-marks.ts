/**
 * The quotation marks the instruction grammar reads: straight quotes as this tool writes them, and
 * the curly ones Word and pandoc put in their place ("smart quotes"). Each is a regular-expression
 * character class, for a pattern's source. The tool itself always writes the straight ones.
 */

/** Opens quoted words: `"` or `“`. */
export const OPEN_DOUBLE_SOURCE = '["“]'
/** Closes quoted words: `"` or `”`. */
export const CLOSE_DOUBLE_SOURCE = '["”]'
/** Opens a quoted term (`the definition of 'Alert Window'`): `'` or `‘`. */
export const OPEN_SINGLE_SOURCE = "['‘]"
/** Closes a quoted term: `'` or `’` (the apostrophe a term may hold inside is the same character, so a term's end is its sentence's). */
export const CLOSE_SINGLE_SOURCE = "['’]"
