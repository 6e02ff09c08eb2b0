import {InputError} from '../diagnostics/errors.js'
import {documentName} from '../model/ids.js'
import type {Section, Version} from '../model/types.js'
import {clausesOf} from '../model/walk.js'
import {applyModifications} from './apply-modification.js'
import type {Modification} from './modification-types.js'
import {sameProvision} from './same-provision.js'

/**
 * The drafted record, applied to its base, must give the drafter's edited text: each edited
 * document's title, its parts (numbers and titles), cross-headings over the clauses they stand over, and
 * clauses. Where it does not, the edit is one a change record cannot yet express (such as new
 * clauses beside several splits of one group made under the group's own words):
 * refused at the drafter's file, never drafted into a record that releases another text.
 */
export function proveApplied(base: Version, edited: readonly Section[], modification: Modification, file: string): void {
  let applied: Version
  try {
    applied = applyModifications(base, [modification])
  } catch {
    return // A record that does not apply is reported by apply and release, with their own places.
  }
  for (const section of edited) {
    const result = applied.sections.find((s) => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter)
    if (!result) continue
    const difference = firstDifference(section, result)
    if (difference === undefined) continue
    throw new InputError(
      `Unexpected edit of ${documentName(section)} that a change record cannot yet express: ${difference}, expected an edit a record can carry (cross-headings retitled, inserted or deleted, over clauses that stay or with their clauses, each group's clauses in number order)`,
      {file, start: {line: 1, column: 1}}
    )
  }
}

/** Where the record's result parts from the drafter's text (its layout, then its clauses), or undefined where they agree. */
function firstDifference(wanted: Section, got: Section): string | undefined {
  if (wanted.title !== got.title) return `the edited text has the title '${wanted.title}' where the record would give '${got.title}'`
  const groups = (section: Section): Array<{at: string; heading: string | null; clauses: string[]}> =>
    section.parts.flatMap((part) => [{at: `part ${part.id ?? '(none)'}`, heading: part.title, clauses: [] as string[]}, ...part.groups.map((group) => ({at: `a group of part ${part.id ?? '(none)'}`, heading: group.heading, clauses: group.clauses.map((clause) => clause.id)}))])
  const [a, b] = [groups(wanted), groups(got)]
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const [x, y] = [a[index], b[index]]
    if (JSON.stringify(x) === JSON.stringify(y)) continue
    const describe = (g: typeof x): string => (g ? `${g.heading === null ? 'no heading' : `'${g.heading}'`}${g.clauses.length > 0 ? ` over ${g.clauses.join(', ')}` : ''}` : 'nothing')
    return `the edited text has ${describe(x)} where the record would give ${describe(y)}`
  }
  const [x, y] = [clausesOf([wanted]), clausesOf([got])]
  const at = x.findIndex((clause, index) => !sameProvision(clause, y[index] as typeof clause))
  if (at >= 0) return `the record would not give the edited text of ${x[at]?.id ?? ''}`
  return undefined
}
