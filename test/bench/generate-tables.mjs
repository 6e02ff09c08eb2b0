/**
 * Tables for the synthetic full-size SEC (illustrative, not SEC text): applicability tables,
 * matrices and service thresholds like those of Schedule 11, F2.11 and A3.35, about 30 in a 1x
 * corpus, on clauses without sub-paragraphs; and the table edits a release's modifications make
 * (a row inserted, deleted or changed). Used by generate-corpus.mjs; all text is plain (no
 * escaping needed), the same seed gives the same tables.
 */

const PARTIES = ['DCC', 'Supplier Party', 'Network Party', 'Registration Data Provider', 'Other User', 'Export Supplier', 'Gas Network Party', 'Electricity Network Party', 'Panel', 'Security Sub-Committee']
const OBLIGATIONS = ['acknowledge the Service Request', 'notify the affected Users', 'publish the report', 'provide the information requested', 'complete the remedial action', 'confirm receipt', 'submit the assessment', 'update the register']
const TIMES = ['1 Working Day', '2 Working Days', '5 Working Days', '10 Working Days', '15 Working Days', '20 Working Days', '30 minutes', '4 hours', '24 hours']
const APPLIES = ['Applies', 'Does not apply', 'Applies from the relevant date', 'Applies with modifications']
const SHAPES = [
  {header: ['Party', 'Obligation', 'Time'], row: (r) => [r.pick(PARTIES), r.pick(OBLIGATIONS), r.pick(TIMES)]},
  {header: ['Party', 'Applicability'], row: (r) => [r.pick(PARTIES), r.pick(APPLIES)]},
  {header: ['Service', 'Threshold', 'Measurement Period'], row: (r) => [`Service ${r.int(1, 40)}`, `${r.int(90, 99)}.${r.int(0, 9)}%`, r.pick(['each month', 'each quarter', 'each year'])]}
]

/** A table row for a shape, with a first cell not yet in `taken` where it can find one. */
function newRow(r, shape, taken) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const cells = shape.row(r)
    if (!taken.has(cells[0])) return cells
  }
  return [`${shape.row(r)[0]} ${r.int(2, 999)}`, ...shape.row(r).slice(1)]
}

/**
 * Gives about `count` clauses (without sub-paragraphs, not [Not used]) a table: `clause.table =
 * {header, rows}`, each row a list of cells, first cells unique within the table.
 */
export function addTables(r, sections, count) {
  const clauses = sections.flatMap((section) => section.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses)))
  const candidates = clauses.filter((clause) => clause.items.length === 0 && clause.text !== '[Not used]')
  const step = Math.max(1, Math.floor(candidates.length / count))
  let made = 0
  for (let index = r.int(0, step - 1); index < candidates.length && made < count; index += step) {
    const shape = r.pick(SHAPES)
    const taken = new Set()
    const rows = Array.from({length: r.int(2, 8)}, () => {
      const cells = newRow(r, shape, taken)
      taken.add(cells[0])
      return cells
    })
    const clause = candidates[index]
    clause.text = clause.text.replace(/\.$/, ', as set out in the following table:')
    clause.table = {shape: SHAPES.indexOf(shape), header: [...shape.header], rows}
    made++
  }
  return made
}

/** The canonical lines of a generated table at `indent` (after a blank line). */
export function tableLines(table, indent = '') {
  const row = (cells) => `${indent}| ${cells.join(' | ')} |`
  return ['', row(table.header), `${indent}| ${table.header.map(() => '---').join(' | ')} |`, ...table.rows.map(row)]
}

/**
 * One table edit of a modification, on a clause `pick` finds: a row inserted (first, middle or
 * last), a row deleted, or a cell changed. Returns how many rows it touched.
 */
export function editTable(r, pick) {
  const {clause} = pick((c) => c.table !== undefined && c.table.rows.length > 1)
  const {table} = clause
  const choice = r.int(0, 2)
  if (choice === 0) {
    const taken = new Set(table.rows.map((row) => row[0]))
    table.rows.splice(r.pick([0, Math.floor(table.rows.length / 2), table.rows.length]), 0, newRow(r, SHAPES[table.shape], taken))
  } else if (choice === 1) {
    table.rows.splice(r.int(0, table.rows.length - 1), 1)
  } else {
    const row = r.pick(table.rows)
    const column = r.int(1, row.length - 1)
    row[column] = SHAPES[table.shape].row(r)[column]
  }
  return 1
}
