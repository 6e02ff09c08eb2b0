/** A piece of redlined text: kept, inserted or deleted. */
export interface Run {
  type: 'equal' | 'insert' | 'delete'
  text: string
}

/** The text with every change accepted: kept and inserted runs. */
export function acceptRuns(runs: readonly Run[]): string {
  return runs.filter((run) => run.type !== 'delete').map((run) => run.text).join('')
}

/** The text with every change rejected: kept and deleted runs. */
export function rejectRuns(runs: readonly Run[]): string {
  return runs.filter((run) => run.type !== 'insert').map((run) => run.text).join('')
}

/** Whether the runs change anything. */
export function hasChanges(runs: readonly Run[]): boolean {
  return runs.some((run) => run.type !== 'equal')
}

/** Runs that mark the whole text as inserted (or deleted); empty text gives no runs. */
export function wholeRuns(text: string, type: Run['type']): Run[] {
  return text === '' ? [] : [{type, text}]
}

/** Joins adjacent runs of the same type and drops empty runs. */
export function compactRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out[out.length - 1]
    if (last && last.type === run.type) last.text += run.text
    else out.push({...run})
  }
  return out
}
