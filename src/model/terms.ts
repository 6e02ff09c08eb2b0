/**
 * The alphabetical order of defined terms, as a definitions list stands in the code: letters
 * compared without regard to case or accents, numbers by value ("Schedule 2" before "Schedule 11").
 * One comparison for the `definitions` check rule and for inserting a definition "in the
 * appropriate alphabetical order".
 */
const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true})

export function compareTerms(a: string, b: string): number {
  return collator.compare(a, b)
}
