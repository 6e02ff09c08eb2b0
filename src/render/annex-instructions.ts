import type {Annex} from '../annex/annex-types.js'
import {deriveInstructions} from '../instructions/derive-instructions.js'
import {formatInstruction} from '../instructions/format-instructions.js'
import {annexCover} from '../layout/annex-cover.js'

/**
 * The annex as legislative amending instructions, one numbered instruction per change, e.g.
 * `1. In Section G3.20(b), after "Gas Proxy Function" insert "which forms part of a SMETS2+ Device".`
 * `redline apply --instructions` reads this file back and applies it to the base version.
 */
export function renderAnnexInstructions(annex: Annex): string {
  const cover = annexCover(annex.meta)
  const direction = annex.meta.kind === 'direction'
  const header = [`# ${oneLine(cover.title)}: ${direction ? 'a direction of the Secretary of State, as amending instructions' : 'amending instructions'}`, `# ${cover.version}, drafted against SEC Version ${annex.meta.base}.`]
  const instructions = deriveInstructions(annex.redline).map((instruction, index) => `${index + 1}. ${formatInstruction(instruction, {direction})}`)
  return `${[...header, '', ...(instructions.length > 0 ? instructions : ['# No changes.'])].join('\n')}\n`
}

/** A comment line never spans lines. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}
