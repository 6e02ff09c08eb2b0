import {diffArrays} from 'diff/lib/diff/array.js'
import {redlineText} from './redline-text.js'
import {compactRuns, type Run} from './run.js'
import {similarity} from './similarity.js'

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
  if (!before.includes('\n') && !after.includes('\n')) return redlineText(before, after)
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
  const out: Array<[string | undefined, string | undefined]> = []
  let removed: string[] = []
  const flush = (added: string[]): void => {
    let i = 0
    let j = 0
    while (i < removed.length || j < added.length) {
      const oldParagraph = removed[i]
      const newParagraph = added[j]
      if (oldParagraph !== undefined && newParagraph !== undefined && similarity(oldParagraph, newParagraph) >= 0.4) {
        out.push([oldParagraph, newParagraph])
        i++
        j++
      } else if (oldParagraph !== undefined && (newParagraph === undefined || removed.length - i > added.length - j)) {
        out.push([oldParagraph, undefined])
        i++
      } else if (newParagraph !== undefined) {
        out.push([undefined, newParagraph])
        j++
      }
    }
    removed = []
  }
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value)
    else if (change.added) flush(change.value)
    else {
      flush([])
      for (const paragraph of change.value) out.push([paragraph, paragraph])
    }
  }
  flush([])
  return out
}
