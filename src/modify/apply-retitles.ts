import {documentName} from '../model/ids.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'

/** What the records of a release do to one document's title: its new title, and the records that give it. */
export interface DocumentTitleOutcome {
  before: string
  after: string
  by: string
}

/**
 * The documents' new titles, by document name (`Section G`, `Appendix AB`), from every record's
 * retitle; two records giving one document different titles are a conflict (as two part retitles
 * are), two giving it the same title agree.
 */
export function collectRetitles(modifications: readonly Modification[], baseVersion: string): {titles: Map<string, DocumentTitleOutcome>; conflicts: Conflict[]} {
  const titles = new Map<string, DocumentTitleOutcome>()
  const conflicts: Conflict[] = []
  for (const modification of modifications) {
    const by = modification.meta.id
    for (const section of modification.sections) {
      const retitle = section.retitle
      if (!retitle) continue
      const name = documentName(section)
      const earlier = titles.get(name)
      if (!earlier) {
        titles.set(name, {before: retitle.before, after: retitle.after, by})
        continue
      }
      if (earlier.after === retitle.after) {
        earlier.by = `${earlier.by}+${by}`
        continue
      }
      conflicts.push({
        clause: name,
        provision: `the title of ${name}`,
        field: 'document-title',
        base: retitle.before,
        sides: [
          {name: earlier.by, wording: earlier.after},
          {name: by, wording: retitle.after}
        ],
        place: retitle.place,
        next: `release ${earlier.by.split('+').join(' ')} without ${by} (redline release --base ${baseVersion} --as <version> ${earlier.by.split('+').join(' ')}), then rebase ${by} onto it (redline rebase ${by} --onto <version> --write) and resolve the conflict block it writes`
      })
    }
  }
  return {titles, conflicts}
}
