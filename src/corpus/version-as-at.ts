import {UsageError} from '../diagnostics/errors.js'
import {dateProblem, longDate} from '../model/dates.js'
import type {Corpus} from './corpus.js'

/**
 * The version in force on `date`: of the versions whose manifest gives an `effective` date on or
 * before it, the one effective latest (the later version where two share a date). A usage error
 * (exit 2) when the date is not a real date or no version is effective by then.
 */
export function versionAsAt(corpus: Corpus, date: string): string {
  const problem = dateProblem(date)
  if (problem) throw new UsageError(`Unexpected date '${date}' for --as-at, ${problem}`)
  let best: {id: string; effective: string} | undefined
  let earliest: {id: string; effective: string} | undefined
  for (const id of corpus.versionIds()) {
    const effective = corpus.storedManifest(id).effective
    if (effective === undefined) continue
    if (!earliest || effective < earliest.effective) earliest = {id, effective}
    if (effective <= date && (!best || effective >= best.effective)) best = {id, effective}
  }
  if (best) return best.id
  throw new UsageError(
    earliest
      ? `No version in force on ${longDate(date)} (${date}): the earliest effective date is ${longDate(earliest.effective)} (version ${earliest.id}), expected a date on or after it`
      : `No version in force on ${longDate(date)} (${date}): no manifest gives an 'effective' date, expected effective: "YYYY-MM-DD" in sec-text/<version>/manifest.yaml`
  )
}
