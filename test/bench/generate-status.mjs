/**
 * In-force statuses for the synthetic full-size corpus (illustrative, not SEC text): provisions
 * awaiting a direction, provisions commencing on a date, and sunset provisions (a clause, or its
 * first sub-paragraph, that lapses on a date) — written into each section file's frontmatter
 * `status:` map — and a change record that changes some of them (a sunset extended, a direction
 * given, a new provision made inactive), so that diff, annex, check and release meet statuses.
 *
 * `plantStatuses(r, sections, edited)` is called by generate-corpus.mjs after the records are
 * drafted: it gives the base sections and every record's edited copies the same statuses, then
 * has the first record change a few. `statusFrontmatter(section, labelAt)` gives the lines the
 * writer puts into the frontmatter (only for provisions the section holds).
 */

/** Dates after the synthetic release (2030-11-28), so no status has lapsed by then. */
const DATES = ['2031-04-01', '2031-10-01', '2032-03-31', '2033-01-01', '2034-06-30', '2035-12-31']

/** About one clause in this many gets a status. */
const EVERY = 60

export function plantStatuses(r, sections, edited) {
  const statuses = new Map()
  for (const section of sections) {
    const list = []
    for (const part of section.parts) {
      for (const group of part.groups) {
        for (const clause of group.clauses) {
          if (clause.text === '[Not used]' || !r.chance(1 / EVERY)) continue
          const id = `${section.letter}${part.number}.${clause.number}`
          const kind = r.pick(['direction', 'commences', 'sunset', 'sunset-item', 'both'])
          if (kind === 'direction') list.push({id, inForce: {commences: 'direction'}})
          else if (kind === 'commences') list.push({id, inForce: {commences: r.pick(DATES.slice(0, 3))}})
          else if (kind === 'both') list.push({id, inForce: {commences: r.pick(DATES.slice(0, 2)), lapses: r.pick(DATES.slice(3))}})
          else if (kind === 'sunset-item' && clause.items.length > 0) list.push({id: `${id}(a)`, inForce: {lapses: r.pick(DATES)}})
          else list.push({id, inForce: {lapses: r.pick(DATES)}})
        }
      }
    }
    statuses.set(section.letter, list)
    section.status = list
  }
  for (const copies of edited) for (const copy of copies) copy.status = structuredClone(statuses.get(copy.letter) ?? [])
  // The first record also changes statuses in the sections it edits: a sunset extended, a direction given, a provision made inactive.
  const first = edited[0] ?? []
  for (const copy of first) {
    const list = copy.status
    const sunset = list.find((entry) => entry.inForce.lapses && !entry.inForce.commences)
    if (sunset) sunset.inForce = {lapses: '2036-03-31'}
    const direction = list.find((entry) => entry.inForce.commences === 'direction')
    if (direction) direction.inForce = {commences: '2031-07-01'}
    const clause = copy.parts[0]?.groups[0]?.clauses.find((c) => c.text !== '[Not used]' && !list.some((entry) => entry.id.startsWith(`${copy.letter}${copy.parts[0].number}.${c.number}`)))
    if (clause) list.push({id: `${copy.letter}${copy.parts[0].number}.${clause.number}`, inForce: {commences: 'direction'}})
  }
}

/** The frontmatter lines of a section's statuses, in document order, for the provisions it holds. */
export function statusFrontmatter(section, labelAt) {
  const wanted = new Map((section.status ?? []).map((entry) => [entry.id, entry.inForce]))
  if (wanted.size === 0) return ''
  const lines = []
  const flow = (inForce) => `{${[inForce.commences === undefined ? null : `commences: "${inForce.commences}"`, inForce.lapses === undefined ? null : `lapses: "${inForce.lapses}"`].filter(Boolean).join(', ')}}`
  const visit = (id, provision) => {
    if (wanted.has(id)) lines.push(`  "${id}": ${flow(wanted.get(id))}`)
    provision.items.forEach((item, index) => visit(`${id}(${labelAt(id.split('(').length, index)})`, item))
  }
  for (const part of section.parts) for (const group of part.groups) for (const clause of group.clauses) visit(`${section.letter}${part.number}.${clause.number}`, clause)
  return lines.length === 0 ? '' : `status:\n${lines.join('\n')}\n`
}
