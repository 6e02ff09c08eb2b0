/**
 * Planted twin families for the `consequential-changes` benchmark (illustrative synthetic text,
 * not SEC wording). Each family is two or three sub-paragraphs in different sections with the same
 * wording ("identical") or the same but one word ("near"); each gets a case:
 *
 * - `all`: a change record makes the same edit to every member (no finding expected);
 * - `miss`: it makes the edit to all members but one (a finding expected at that one);
 * - `unrelated`: it edits a sibling sub-paragraph of one member, not a twin (no finding expected).
 *
 * Families stand in clauses of their own, in cross-heading groups that the generator's other
 * modifications leave alone (`reserved`), so the expectations hold exactly.
 */

const OBJECTS = ['the manufacturer of the hardware or Device', 'any Smart Metering System for which it is the Responsible Supplier', 'the User Systems', 'the DCC Total System', 'each affected Energy Consumer', 'any Party Data']
const QUALIFIERS = ['as soon as is reasonably practicable', 'within five Working Days', 'in accordance with Good Industry Practice', 'save where the Panel otherwise determines', 'to the extent that it is lawful to do so']
const ACTIONS = ['notify', 'consult', 'co-operate with', 'maintain records of its dealings with', 'provide a copy of the relevant information to']
const CONNECTOR = /(?:; and|; or|;|,|\.)$/
const SYLLABLES = ['ka', 'lo', 'ven', 'dri', 'mar', 'tes', 'pol', 'qui', 'ros', 'bel', 'ne', 'sto', 'fa', 'gru', 'hin', 'jo']

/** A made-up capitalised word: families carry four of them, so no two families are twins. */
function madeUpWord(r) {
  const word = Array.from({length: r.int(2, 3)}, () => r.pick(SYLLABLES)).join('')
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * Plants `families` twin families into `sections` (mutated: the base version) and drafts the
 * planted change records' edits on copies. Returns the groups to keep other edits away from, the
 * edited sections of each planted record, and the expectations.
 */
export function plantTwins(r, sections, {families, records, clone, labelAt}) {
  // Every leaf sub-paragraph of a numbered clause with at least two sub-paragraphs (definitions among them).
  const slots = []
  sections.forEach((section, s) => {
    section.parts.forEach((part, p) => {
      part.groups.forEach((group, g) => {
        group.clauses.forEach((clause, c) => {
          if (!/^\d+$/.test(clause.number) || clause.items.length < 2) return
          clause.items.forEach((item, i) => {
            if (item.items.length === 0 && !item.tail) slots.push({s, p, g, c, i})
          })
        })
      })
    })
  })
  for (let index = slots.length - 1; index > 0; index--) {
    const other = r.int(0, index)
    ;[slots[index], slots[other]] = [slots[other], slots[index]]
  }
  const usedClauses = new Set()
  const reserved = new Set()
  const clauseKey = (slot) => `${slot.s}/${slot.p}/${slot.g}/${slot.c}`
  // A definition's ID is its term (`A1.1[Alert]`), another sub-paragraph's its label (`G3.20(b)`).
  const idOf = (slot) => {
    const section = sections[slot.s]
    const part = section.parts[slot.p]
    const clause = part.groups[slot.g].clauses[slot.c]
    const item = clause.items[slot.i]
    return `${section.letter}${part.number}.${clause.number}${item.term === undefined ? `(${labelAt(1, slot.i)})` : `[${item.term}]`}`
  }
  const planted = []
  let cursor = 0
  for (let f = 0; f < families; f++) {
    const size = r.chance(0.6) ? 2 : 3
    const members = []
    const letters = new Set()
    while (members.length < size && cursor < slots.length) {
      const slot = slots[cursor++]
      if (usedClauses.has(clauseKey(slot)) || letters.has(slot.s)) continue
      members.push(slot)
      letters.add(slot.s)
      usedClauses.add(clauseKey(slot))
      reserved.add(`${sections[slot.s].letter}/${slot.p}/${slot.g}`)
    }
    if (members.length < size) break
    const near = r.chance(0.5)
    const wording = `${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)} under the ${madeUpWord(r)} ${madeUpWord(r)} ${madeUpWord(r)} ${madeUpWord(r)} Arrangement ${f + 1} and shall ${r.pick(ACTIONS)} ${r.pick(OBJECTS)}`
    members.forEach((slot, m) => {
      const item = sections[slot.s].parts[slot.p].groups[slot.g].clauses[slot.c].items[slot.i]
      const connector = CONNECTOR.exec(item.text)?.[0] ?? ''
      item.text = (near && m === size - 1 ? wording.replace(' and shall ', ' and must ') : wording) + connector
    })
    const roll = r.next()
    const kind = roll < 0.4 ? 'miss' : roll < 0.7 ? 'all' : 'unrelated'
    const missed = kind === 'miss' ? r.int(0, size - 1) : -1
    planted.push({family: f + 1, near, kind, members, missed, record: f % records})
  }
  // Each planted record edits its own copy of the base.
  const edited = []
  for (let m = 0; m < records; m++) {
    const copies = new Map()
    const copyOf = (s) => copies.get(s) ?? copies.set(s, clone(sections[s])).get(s)
    for (const family of planted.filter((p) => p.record === m)) {
      const edit = r.chance(0.5) ? (text) => text.replace(' under the ', ' under the relevant ') : (text) => text.replace(/^(\S+ \S+)/, '$1 in respect of each Relevant Installation')
      if (family.kind === 'unrelated') {
        const slot = family.members[0]
        const clause = copyOf(slot.s).parts[slot.p].groups[slot.g].clauses[slot.c]
        const sibling = clause.items[slot.i === 0 ? 1 : slot.i - 1]
        sibling.text = sibling.text.replace(/^(\S+)/, '$1 relevant')
        continue
      }
      family.members.forEach((slot, index) => {
        if (index === family.missed) return
        const item = copyOf(slot.s).parts[slot.p].groups[slot.g].clauses[slot.c].items[slot.i]
        item.text = edit(item.text)
      })
    }
    edited.push([...copies].sort(([a], [b]) => a - b).map(([, section]) => section))
  }
  const expected = {
    families: planted.map((family) => ({
      family: family.family,
      near: family.near,
      kind: family.kind,
      members: family.members.map(idOf),
      ...(family.kind === 'miss' ? {missed: idOf(family.members[family.missed])} : {})
    }))
  }
  return {reserved, edited, expected}
}
