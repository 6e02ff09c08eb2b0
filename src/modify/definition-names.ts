import type {Corpus} from '../corpus/corpus.js'
import {splitProvisionId} from '../model/ids.js'
import type {Version} from '../model/types.js'
import {findProvision} from '../model/walk.js'
import {provisionRedline} from '../redline/clause-redline.js'
import {acceptRuns, hasChanges, rejectRuns} from '../redline/run.js'

/**
 * The ID a provision had in each stored version: its own, or for a definition (and a paragraph of
 * it) whose term a version changed in its place, the ID under the term it had before — read as
 * `diff` reads a rename (`definition-renamed`). Versions are followed from the newest back along
 * their bases; a version the chain does not reach keeps `id`.
 */
export function idInEachVersion(corpus: Corpus, id: string): Map<string, string> {
  const ids = new Map<string, string>()
  for (const versionId of [...corpus.versionIds()].reverse()) {
    const current = ids.get(versionId) ?? id
    ids.set(versionId, current)
    const baseId = corpus.version(versionId).manifest.base
    if (baseId === null || !corpus.has(baseId) || ids.has(baseId)) continue
    ids.set(baseId, renamedFrom(corpus.version(baseId), corpus.version(versionId), current) ?? current)
  }
  return ids
}

/** For a definition ID of `now` that `base` does not hold: its ID in `base` where `now` renamed it in its place; else undefined. */
function renamedFrom(base: Version, now: Version, id: string): string | undefined {
  const split = splitProvisionId(id)
  if (split?.term === undefined || findProvision(base, id) || !findProvision(now, id)) return undefined
  const [before, after] = [findProvision(base, split.clause), findProvision(now, split.clause)]
  if (!before || !after) return undefined
  const term = split.term.toLowerCase()
  const renamed = provisionRedline(before.provision, after.provision).items.find(
    (item) => item.definition && item.status !== 'inserted' && item.status !== 'deleted' && hasChanges(item.label) && acceptRuns(item.label).toLowerCase() === term
  )
  if (!renamed) return undefined
  const open = id.indexOf('[')
  return `${id.slice(0, open)}[${rejectRuns(renamed.label)}]${id.slice(id.indexOf(']', open) + 1)}`
}
