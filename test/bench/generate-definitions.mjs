/**
 * The definitions table of the synthetic full-size SEC (illustrative, not SEC text): Section A1.1
 * as a definitions list of about 800 terms in alphabetical order, some with sub-paragraphs and a
 * tail, and the edits a modification makes to it (definitions inserted in alphabetical order,
 * amended, renamed, deleted, a definition's sub-paragraph changed).
 *
 * Clauses here have the generator's shape (`{number, text, items, tail}`); a definition is an item
 * with a `term`, written `- **Term** text` by generate-corpus.mjs, its sub-paragraphs labelled
 * from (a) again.
 */

const FIRST = [
  'Alt', 'Anomaly', 'Authorised', 'Central', 'Commissioned', 'Communications', 'Consumer', 'Core', 'Data', 'DCC', 'Device',
  'Enrolment', 'Export', 'Gas', 'Home Area', 'Import', 'Incident', 'Install', 'Local', 'Meter', 'Network', 'Non-Domestic',
  'Party', 'Registration', 'Remote', 'Security', 'Service', 'Smart', 'Supplier', 'Test', 'Threshold', 'User', 'Validated'
]
const SECOND = [
  'Access', 'Alert', 'Certificate', 'Change', 'Data', 'Detection', 'Device', 'Event', 'Function', 'Hub', 'Identifier', 'Key',
  'Log', 'Message', 'Network', 'Notice', 'Period', 'Process', 'Provider', 'Record', 'Register', 'Report', 'Request', 'Response',
  'Schedule', 'Service', 'Status', 'System', 'Threshold', 'Window'
]
const THIRD = ['', '', '', '', 'Threshold', 'Period', 'Provider', 'Document', 'Plan', 'Arrangements', 'Procedure', 'Policy']
const MEANS = [
  'means the illustrative arrangements established by the DCC for that purpose.',
  'means any Device that is installed at premises for which a Supplier Party is the Responsible Supplier.',
  'means a period of five Working Days, or such other period as the Panel may determine.',
  'means the document of that name set out in an illustrative appendix.',
  'has the meaning given to that expression in Section H3.4.',
  'means each person that is a Party to this illustrative Code from time to time.',
  'means the illustrative record maintained by the Registration Data Provider.'
]
const ITEMS = [
  'the number of Alerts that a Device may raise in a Working Day', 'the value of any one Alert', 'a value set by the Panel',
  'where the Panel has set no value, the default value', 'any Smart Metering System for which it is the Responsible Supplier',
  'the User Systems', 'each affected Energy Consumer'
]

/** The capitalised terms the generator's clause text uses (generate-corpus.mjs): the table defines them, so `redline check` finds few undefined terms, as in the real code. */
const VOCABULARY = [
  'Alert', 'Authority', 'Code', 'Code Administrator', 'Communications Hub Function', 'Data Communications Company', 'DCC', 'DCC Total System',
  'Device', 'Energy Consumer', 'Gas Proxy Function', 'Good Industry Practice', 'Independent Security Assurance Service Provider',
  'Major Security Incident', 'Network Party', 'Panel', 'Party', 'Party Data', 'Registration Data Provider', 'Responsible Supplier',
  'Security Controls Framework', 'Security Sub-Committee', 'Smart Metering System', 'SMETS2+ Device', 'Supplier Party', 'User',
  'User Systems', 'Working Day',
  // The Appendices' and Schedules' own words (generate-appendices.mjs).
  'Anomaly Detection Threshold', 'Communication', 'Message Mapping Catalogue', 'Service Request', 'Service Response', 'Service User', 'Signed Pre-Command'
]

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true})

function definitionBody(r) {
  if (!r.chance(0.12)) return {text: r.pick(MEANS), items: [], tail: ''}
  const count = r.int(2, 4)
  const items = Array.from({length: count}, (_, index) => ({text: `${r.pick(ITEMS)}${index === count - 1 ? ',' : index === count - 2 ? '; and' : ';'}`, items: [], tail: ''}))
  if (r.chance(0.4)) {
    const last = items[count - 1]
    last.text = `${r.pick(ITEMS)}, being:`
    last.items = [{text: `${r.pick(ITEMS)}; or`, items: [], tail: ''}, {text: `${r.pick(ITEMS)},`, items: [], tail: ''}]
  }
  return {text: 'means, in respect of an illustrative Device:', items, tail: 'as published by the Panel from time to time.'}
}

/** About `count` distinct terms, in alphabetical order. */
function terms(r, count) {
  const seen = new Set(VOCABULARY)
  for (let attempt = 0; seen.size < count && attempt < count * 20; attempt++) {
    const words = [r.pick(FIRST), r.pick(SECOND), r.pick(THIRD)].filter((word) => word !== '')
    seen.add(words.join(' '))
  }
  return [...seen].sort(collator.compare)
}

/**
 * Makes clause A1.1 of Section A (the first clause of its first part) the definitions table:
 * about `count` definitions, one in eight with sub-paragraphs and a tail.
 */
export function addDefinitions(r, sections, {count = 800} = {}) {
  const section = sections.find((s) => s.letter === 'A')
  const group = section?.parts[0]?.groups[0]
  if (!group) return
  const items = terms(r, count).map((term) => ({term, ...definitionBody(r)}))
  const clause = {
    number: '1',
    text: 'In this Code, except where the context otherwise requires, the expressions in the left hand column below shall have the meanings given to them in the right hand column:',
    items,
    tail: ''
  }
  const index = group.clauses.findIndex((c) => c.number === '1')
  if (index >= 0) group.clauses[index] = clause
  else group.clauses.unshift(clause)
}

/**
 * One modification's edits of the definitions table, when its group is free (`claim`, as the
 * other edits): inserts, amends, renames and deletes definitions, keeping alphabetical order.
 * Returns how many provisions it touched (0 when the table is taken or absent).
 */
export function editDefinitions(r, sections, claim) {
  const sectionIndex = sections.findIndex((s) => s?.letter === 'A')
  if (sectionIndex < 0 || !claim([`A/0/0`])) return 0
  const section = sections[sectionIndex]
  const clause = section.parts[0]?.groups[0]?.clauses.find((c) => c.number === '1')
  if (!clause || !clause.items.some((item) => item.term !== undefined)) return 0
  const list = clause.items
  const has = (term) => list.some((item) => item.term.toLowerCase() === term.toLowerCase())
  const insertSorted = (item) => {
    const at = list.findIndex((other) => collator.compare(other.term, item.term) > 0)
    list.splice(at < 0 ? list.length : at, 0, item)
  }
  let touched = 0
  for (let k = 0; k < 3; k++) {
    const term = `${r.pick(FIRST)} ${r.pick(SECOND)} Illustrative ${k + 1}`
    if (!has(term)) {
      insertSorted({term, ...definitionBody(r)})
      touched++
    }
  }
  for (let k = 0; k < 3; k++) {
    const item = r.pick(list)
    item.text = item.text.replace(/\.$/, ', save as the Panel may otherwise determine.')
    touched++
  }
  const nested = list.find((item) => item.items.length > 0)
  if (nested) {
    nested.items[0].text = `${r.pick(ITEMS)};`
    touched++
  }
  const renamed = r.pick(list)
  const newTerm = `${renamed.term} Revised`
  if (!has(newTerm)) {
    list.splice(list.indexOf(renamed), 1)
    insertSorted({...renamed, term: newTerm})
    touched++
  }
  for (let k = 0; k < 2 && list.length > 3; k++) {
    list.splice(r.int(0, list.length - 1), 1)
    touched++
  }
  return touched
}
