import {readStatusSentence} from '../../model/status-sentence.js'
import {setHolderStatus, statusHolders} from '../../model/status-holders.js'
import type {InForce, Section, Version} from '../../model/types.js'
import {ImportError} from '../import-error.js'
import type {TextParagraph} from '../text-paragraph.js'

/**
 * The in-force statuses of an imported annex, set on the edited sections. A clause read from the
 * annex carries no status of its own, so every part and provision keeps the base version's status;
 * then each status sentence the annex prints ("Section X2.4(b) shall cease to have effect on
 * 31 March 2028.", "Section X2 shall come into force on a date specified in a direction.", the
 * Secretary of State's "The Secretary of State directs that …", read by the one grammar in
 * `src/model/status-sentence.ts`) sets the status of its part or provision. A note of an unchanged
 * status ("(Status of Section X2: …)") is no sentence and changes nothing. Answers the IDs the
 * sentences set, in the annex's order.
 */
export function applyStatusSentences(paragraphs: readonly TextParagraph[], base: Version, edited: Section[]): string[] {
  const baseStatuses = new Map<string, InForce | undefined>()
  for (const holder of statusHolders(base.sections)) baseStatuses.set(holder.id, holder.inForce)
  const holders = new Map([...statusHolders(edited)].map((holder) => [holder.id, holder.part ?? holder.provision]))
  for (const [id, holder] of holders) if (holder && baseStatuses.has(id)) setHolderStatus(holder, baseStatuses.get(id))
  const set: string[] = []
  for (const paragraph of paragraphs) {
    const sentence = statusSentenceOf(paragraph)
    if (!sentence) continue
    const holder = holders.get(sentence.id)
    if (!holder) throw new ImportError(`Unknown part or provision ${sentence.id} in the status sentence "${paragraph.text}", expected one of version ${base.id} or one the annex inserts`, paragraph.place)
    setHolderStatus(holder, sentence.inForce)
    set.push(sentence.id)
  }
  return set
}

/** Whether the annex prints a status sentence: a record of status changes only has no tracked change. */
export function hasStatusSentences(paragraphs: readonly TextParagraph[]): boolean {
  return paragraphs.some((paragraph) => statusSentenceOf(paragraph) !== undefined)
}

function statusSentenceOf(paragraph: TextParagraph): ReturnType<typeof readStatusSentence> {
  return / shall (?:be in force|come into force|cease to have effect)/.test(paragraph.text) ? readStatusSentence(paragraph.text) : undefined
}
