import type pc from 'picocolors'
import type {Run} from '../redline/run.js'

/** Runs for a terminal: deletions `[-so-]`, insertions `{+so+}`, coloured red and green when colour is on. */
export function formatRuns(runs: readonly Run[], colors: ReturnType<typeof pc.createColors>): string {
  return runs
    .map((run) =>
      run.type === 'equal' ? run.text : run.type === 'insert' ? colors.green(`{+${run.text}+}`) : colors.red(`[-${run.text}-]`)
    )
    .join('')
}
