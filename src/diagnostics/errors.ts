import {VFileMessage} from 'vfile-message'
import type {Place} from '../model/types.js'

/**
 * Errors the user caused: bad input, bad usage, bad configuration. Each maps to exit code 2 at the
 * entry point and is printed as `file:line:col: message` without a stack trace.
 */
export class RedlineError extends Error {
  /** The messages, each with its place where one is known. */
  readonly messages: VFileMessage[]
  readonly exitCode: number

  constructor(messages: VFileMessage[] | VFileMessage, exitCode = 2) {
    const list = Array.isArray(messages) ? messages : [messages]
    super(list.map((m) => formatMessage(m)).join('\n'))
    this.name = 'RedlineError'
    this.messages = list
    this.exitCode = exitCode
  }
}

/** Bad input file or value: what is wrong, where, what was expected. */
export class InputError extends RedlineError {
  constructor(reason: string, place?: Place, ruleId = 'input') {
    super(inputMessage(reason, place, ruleId))
    this.name = 'InputError'
  }
}

/** A command used wrongly (unknown version, clause, option value). */
export class UsageError extends RedlineError {
  constructor(reason: string, ruleId = 'usage') {
    super(inputMessage(reason, undefined, ruleId))
    this.name = 'UsageError'
  }
}

/** Builds a fatal vfile message for bad input at a place. */
export function inputMessage(reason: string, place?: Place, ruleId = 'input'): VFileMessage {
  const message = new VFileMessage(reason, {
    place: place ? (place.end ? {start: place.start, end: place.end} : place.start) : undefined,
    ruleId,
    source: 'sec-redline'
  })
  message.fatal = true
  if (place) message.file = place.file
  return message
}

/** `file:line:col: reason`, or just the reason where there is no place. */
export function formatMessage(message: VFileMessage): string {
  const where = message.file
    ? `${message.file}${message.line ? `:${message.line}:${message.column ?? 1}` : ''}: `
    : ''
  return `${where}${message.reason}`
}

/** Adds "did you mean …" to a message about an unknown name. */
export function didYouMean(name: string, known: readonly string[], max = 3): string {
  const lower = name.toLowerCase()
  const scored: {candidate: string; distance: number}[] = []
  for (const candidate of known) {
    // A candidate further than its limit is never suggested: the distance is bounded by the limit,
    // so a long list of candidates (every clause of a part) costs little each.
    const limit = Math.max(2, Math.floor(candidate.length / 3))
    const distance = boundedEditDistance(lower, candidate.toLowerCase(), limit)
    if (distance <= limit) scored.push({candidate, distance})
  }
  const chosen = scored
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({candidate}) => `'${candidate}'`)
  return chosen.length > 0 ? `; did you mean ${chosen.join(' or ')}?` : ''
}

/** Levenshtein distance, for suggestions. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Infinity)
}

/** Two rows of the edit distance table, kept between calls: a suggestion compares a name with many candidates. */
let rows = {previous: new Int32Array(64), current: new Int32Array(64)}

/**
 * Levenshtein distance where it is at most `limit`; some number above `limit` where it is not
 * (the lengths alone, or a row of the table that is all above it, settle that early).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (rows.previous.length <= b.length) rows = {previous: new Int32Array(b.length + 1), current: new Int32Array(b.length + 1)}
  let {previous, current} = rows
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let smallest = i
    const char = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1
      const deleted = (previous[j] as number) + 1
      const inserted = (current[j - 1] as number) + 1
      const replaced = (previous[j - 1] as number) + cost
      const value = deleted < inserted ? (deleted < replaced ? deleted : replaced) : inserted < replaced ? inserted : replaced
      current[j] = value
      if (value < smallest) smallest = value
    }
    if (smallest > limit) return limit + 1
    const done = previous
    previous = current
    current = done
  }
  return previous[b.length] as number
}
