import {redlineText} from './redline-text.js'
import {compactRuns, type Run} from './run.js'
import {pairInOrder} from './pair-in-order.js'

/**
 * Redlines a text of several paragraphs (a lead-in, a tail, the text between two lists; one line
 * feed between two paragraphs, see `ProvisionBase.text`) paragraph by paragraph: identical
 * paragraphs pair by an LCS, the rest in order where similar enough, each pair is redlined word by
 * word, and a paragraph present on one side only is inserted or deleted whole. The line feeds
 * between paragraphs are runs of their own kind (kept, inserted or deleted), so accepting the runs
 * gives the new text and rejecting them the old, and the layout can cut the runs into printed
 * paragraphs at each line feed. `pairFirst`: the first paragraphs always pair (a lead-in's first
 * paragraph stands with the label). A text of one paragraph on both sides is redlined as before.
 */
export function redlineParagraphText(before: string, after: string, pairFirst = false): Run[] {
  // The same text is one kept run, whatever its paragraphs (what the pairing below would join its runs into).
  if (before === after || (!before.includes('\n') && !after.includes('\n'))) return redlineText(before, after)
  const oldParagraphs = before === '' ? [] : before.split('\n')
  const newParagraphs = after === '' ? [] : after.split('\n')
  const pairs: Array<[string | undefined, string | undefined]> =
    pairFirst && oldParagraphs.length > 0 && newParagraphs.length > 0
      ? [[oldParagraphs[0], newParagraphs[0]], ...pairParagraphs(oldParagraphs.slice(1), newParagraphs.slice(1))]
      : pairParagraphs(oldParagraphs, newParagraphs)
  const runs: Run[] = []
  let oldSeen = false
  let newSeen = false
  for (const [oldParagraph, newParagraph] of pairs) {
    const inOld = oldParagraph !== undefined && oldSeen
    const inNew = newParagraph !== undefined && newSeen
    if (inOld || inNew) runs.push({type: inOld && inNew ? 'equal' : inOld ? 'delete' : 'insert', text: '\n'})
    if (oldParagraph !== undefined && newParagraph !== undefined) runs.push(...redlineText(oldParagraph, newParagraph))
    else if (oldParagraph !== undefined) runs.push({type: 'delete', text: oldParagraph})
    else if (newParagraph !== undefined) runs.push({type: 'insert', text: newParagraph})
    oldSeen ||= oldParagraph !== undefined
    newSeen ||= newParagraph !== undefined
  }
  return compactRuns(runs)
}

/** Old and new paragraphs paired: identical ones by an LCS, the others in order where similar enough; one side absent: inserted or deleted. */
export function pairParagraphs(before: string[], after: string[]): Array<[string | undefined, string | undefined]> {
  return pairInOrder(before, after, (a, b) => a === b, (paragraph) => paragraph)
}
