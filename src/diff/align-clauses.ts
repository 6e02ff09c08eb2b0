import type {ClauseChunk} from '../parse/index-section.js'
import {dice, profileOf, textDice} from './word-profile.js'

/** A clause of the old version paired with a clause of the new one, or standing alone. */
export type ClauseMatch =
  | {kind: 'unchanged' | 'changed'; old: ClauseChunk; new: ClauseChunk}
  | {kind: 'moved'; old: ClauseChunk; new: ClauseChunk; similarity: number}
  | {kind: 'added'; old: null; new: ClauseChunk}
  | {kind: 'deleted'; old: ClauseChunk; new: null}

/** How near two clauses under different IDs must be to count as one clause moved or renumbered. */
export const MOVE_THRESHOLD = 0.75
/** Below this, two clauses under the same ID are open to pairing with a nearer clause elsewhere. */
const WEAK_PAIR = 0.5
/** Clause bodies shorter than this (`[Not used]`, `Not used.`) are never taken as moved. */
const MIN_MOVE_BODY = 40
/** Shingles found in more clauses than this are too common to point at a partner. */
const MAX_POSTING = 24
/** Candidates scored per clause. */
const MAX_CANDIDATES = 6

/**
 * Pairs the clauses of two versions:
 *
 * 1. same ID and the same chunk text: unchanged (no parsing needed);
 * 2. the same text under another ID, where that text is unique on both sides: moved, similarity 1;
 * 3. same ID and at least half the words in common: changed;
 * 4. of the rest, pairs under different IDs with at least {@link MOVE_THRESHOLD} similarity, nearest
 *    first (candidates found through shared three-word shingles, so the work stays linear);
 * 5. same ID, however different: changed; everything else added or deleted.
 *
 * The result is deterministic: ties are broken by document order.
 */
export function alignClauses(before: readonly ClauseChunk[], after: readonly ClauseChunk[]): ClauseMatch[] {
  const matches: ClauseMatch[] = []
  const newById = new Map(after.map((chunk) => [chunk.id, chunk]))
  let oldLeft: ClauseChunk[] = []
  // The IDs of the unchanged new clauses: a new clause is unchanged when it is its ID's partner (kept by ID, whose hash each ID string holds already).
  const unchangedIds = new Set<string>()
  for (const chunk of before) {
    const partner = newById.get(chunk.id)
    if (partner && partner.source === chunk.source) {
      matches.push({kind: 'unchanged', old: chunk, new: partner})
      unchangedIds.add(partner.id)
    } else oldLeft.push(chunk)
  }
  let newLeft = after.filter((chunk) => !(unchangedIds.has(chunk.id) && newById.get(chunk.id) === chunk))

  // 2. exact bodies under other IDs
  const uniqueBodies = (chunks: ClauseChunk[]): Map<string, ClauseChunk | null> => {
    const map = new Map<string, ClauseChunk | null>()
    for (const chunk of chunks) if (chunk.body.length >= MIN_MOVE_BODY) map.set(chunk.body, map.has(chunk.body) ? null : chunk)
    return map
  }
  const oldBodies = uniqueBodies(oldLeft)
  const newBodies = uniqueBodies(newLeft)
  const taken = new Set<ClauseChunk>()
  for (const [body, chunk] of oldBodies) {
    const partner = newBodies.get(body)
    if (chunk && partner && partner.id !== chunk.id) {
      matches.push({kind: 'moved', old: chunk, new: partner, similarity: 1})
      taken.add(chunk).add(partner)
    }
  }
  oldLeft = oldLeft.filter((chunk) => !taken.has(chunk))
  newLeft = newLeft.filter((chunk) => !taken.has(chunk))

  // 3. strong same-ID pairs
  const newLeftById = new Map(newLeft.map((chunk) => [chunk.id, chunk]))
  const weak = new Map<ClauseChunk, {partner: ClauseChunk; score: number}>()
  for (const chunk of oldLeft) {
    const partner = newLeftById.get(chunk.id)
    if (!partner) continue
    // Scored once, by text, and only as far as needed to know a strong pair (a weak pair's score is exact):
    // a profile is worked out only for the clauses looked up by shingle (step 4).
    const score = textDice(chunk.body, partner.body, WEAK_PAIR)
    if (score >= WEAK_PAIR) {
      matches.push({kind: 'changed', old: chunk, new: partner})
      taken.add(chunk).add(partner)
    } else weak.set(chunk, {partner, score})
  }
  oldLeft = oldLeft.filter((chunk) => !taken.has(chunk))
  newLeft = newLeft.filter((chunk) => !taken.has(chunk))

  // 4. near texts under other IDs, where nearer than the weak same-ID partner
  const weakNew = new Map([...weak.values()].map(({partner, score}) => [partner, score]))
  for (const {old, partner, score} of nearPairs(oldLeft, newLeft)) {
    if (taken.has(old) || taken.has(partner)) continue
    const ownScore = Math.max(weak.get(old)?.score ?? 0, weakNew.get(partner) ?? 0)
    if (score <= ownScore) continue
    matches.push({kind: 'moved', old, new: partner, similarity: score})
    taken.add(old).add(partner)
  }

  // 5. what is left
  for (const chunk of oldLeft) {
    if (taken.has(chunk)) continue
    const partner = newLeftById.get(chunk.id)
    if (partner && !taken.has(partner)) {
      matches.push({kind: 'changed', old: chunk, new: partner})
      taken.add(chunk).add(partner)
    } else matches.push({kind: 'deleted', old: chunk, new: null})
  }
  for (const chunk of newLeft) if (!taken.has(chunk)) matches.push({kind: 'added', old: null, new: chunk})
  return matches
}

/** Candidate pairs under different IDs scoring at least {@link MOVE_THRESHOLD}, best first. */
function nearPairs(before: ClauseChunk[], after: ClauseChunk[]): Array<{old: ClauseChunk; partner: ClauseChunk; score: number}> {
  if (before.length === 0 || after.length === 0) return []
  const postings = new Map<number, number[]>()
  after.forEach((chunk, index) => {
    for (const shingle of profileOf(chunk, chunk.body).shingles) {
      const list = postings.get(shingle)
      if (!list) postings.set(shingle, [index])
      else if (list.length <= MAX_POSTING) list.push(index)
    }
  })
  const pairs: Array<{old: ClauseChunk; partner: ClauseChunk; score: number; order: number}> = []
  before.forEach((old, oldIndex) => {
    if (old.body.length < MIN_MOVE_BODY) return
    const hits = new Map<number, number>()
    for (const shingle of profileOf(old, old.body).shingles) {
      const list = postings.get(shingle)
      if (!list || list.length > MAX_POSTING) continue
      for (const index of list) hits.set(index, (hits.get(index) ?? 0) + 1)
    }
    const ranked = topHits(hits, MAX_CANDIDATES)
    for (const [index] of ranked) {
      const partner = after[index]
      if (!partner || partner.id === old.id || partner.body.length < MIN_MOVE_BODY) continue
      const score = similarity(old, partner)
      if (score >= MOVE_THRESHOLD) pairs.push({old, partner, score, order: oldIndex * after.length + index})
    }
  })
  return pairs.sort((a, b) => b.score - a.score || a.order - b.order)
}

function similarity(a: ClauseChunk, b: ClauseChunk): number {
  return a.body === b.body ? 1 : dice(profileOf(a, a.body), profileOf(b, b.body))
}

/** The `count` entries with the most hits, ties by index: a partial selection, not a full sort. */
function topHits(hits: Map<number, number>, count: number): Array<[number, number]> {
  const top: Array<[number, number]> = []
  for (const entry of hits) {
    if (top.length === count) {
      const last = top[count - 1] as [number, number]
      if (entry[1] < last[1] || (entry[1] === last[1] && entry[0] > last[0])) continue
      top.pop()
    }
    let at = top.length
    while (at > 0) {
      const previous = top[at - 1] as [number, number]
      if (previous[1] > entry[1] || (previous[1] === entry[1] && previous[0] < entry[0])) break
      at--
    }
    top.splice(at, 0, entry)
  }
  return top
}
