import path from 'node:path'
import type {Corpus} from '../corpus/corpus.js'
import {RedlineError} from '../diagnostics/errors.js'
import type {Place, Version} from '../model/types.js'
import {walkProvisions} from '../model/walk.js'
import {applyModifications} from './apply-modification.js'
import {loadListedModifications} from './load-modification.js'
import {versionFiles} from './release.js'
import {where} from './check-context.js'
import {pathKind, readCorpusText} from '../read/read-text.js'

/** Something `verify` could not explain. */
export interface VerifyFinding {
  version: string
  place: Place
  message: string
}

/** What `verify` checked and found. */
export interface VerifyResult {
  /** Versions proven to be their base plus their change records. */
  verified: string[]
  /** First versions (no base): nothing to prove. */
  first: string[]
  findings: VerifyFinding[]
}

/**
 * Proves the corpus: every stored version with a base equals, byte for byte, its base with its
 * listed change records applied; every listed record exists and applies. A difference that no
 * record explains is named clause by clause.
 */
export function verifyCorpus(corpus: Corpus): VerifyResult {
  const result: VerifyResult = {verified: [], first: [], findings: []}
  for (const id of corpus.versionIds()) {
    const found = (message: string, place: Place = {file: `sec-text/${id}/manifest.yaml`, start: {line: 1, column: 1}}): void => {
      result.findings.push({version: id, place, message})
    }
    try {
      const stored = corpus.version(id)
      const {base: baseId, changes} = stored.manifest
      if (baseId === null) {
        result.first.push(id)
        continue
      }
      if (!corpus.has(baseId)) {
        found(`Unknown base version '${baseId}' of ${id}, expected a version under sec-text/`)
        continue
      }
      const modifications = loadListedModifications(corpus, stored.manifest)
      const expected = applyModifications(corpus.version(baseId), modifications, {as: id, manifest: stored.manifest})
      const before = result.findings.length
      compareVersion(corpus, stored, expected, changes, found)
      if (result.findings.length === before) result.verified.push(id)
    } catch (error) {
      // Bad input (a malformed manifest, an unknown base or record, bad metadata) is exit 2 as in
      // every command; only a record that does not apply to its base (its context, a conflict) is a finding.
      if (!(error instanceof RedlineError) || !isFinding(error)) throw error
      for (const message of error.messages) {
        const place: Place | undefined = message.file ? {file: message.file, start: {line: message.line ?? 1, column: message.column ?? 1}} : undefined
        found(`${id} cannot be built from its manifest: ${message.reason}`, place)
      }
    }
  }
  return result
}

function compareVersion(corpus: Corpus, stored: Version, expected: Version, changes: string[], found: (message: string, place?: Place) => void): void {
  const record = changes.length > 0 ? `${stored.manifest.base ?? ''} + ${changes.join(', ')}` : `${stored.manifest.base ?? ''} with no change records`
  const expectedProvisions = new Map([...walkProvisions(expected.sections)].map((l) => [l.provision.id, l.provision]))
  const storedProvisions = new Map([...walkProvisions(stored.sections)].map((l) => [l.provision.id, l.provision]))
  for (const [id, provision] of storedProvisions) {
    const want = expectedProvisions.get(id)
    const place = provision.place ?? {file: `${stored.dir}/manifest.yaml`, start: {line: 1, column: 1}}
    if (!want) found(`Unexplained provision ${id} in ${stored.id}, expected no such provision in ${record}`, place)
    else for (const field of ['text', 'tail'] as const) {
      if (want[field] !== provision[field]) found(`Unexplained difference in ${id}${field === 'tail' ? ' (closing text)' : ''} of ${stored.id}: ${where(provision[field], want[field], record).replace('the modification has', `${stored.id} has`)}`, place)
    }
  }
  for (const [id] of expectedProvisions) {
    if (!storedProvisions.has(id)) found(`Missing provision ${id} in ${stored.id}, expected it as in ${record}`)
  }
  const groupsOf = (version: Version): string => JSON.stringify(version.sections.map((s) => s.parts.map((p) => [p.id, p.title, p.groups.map((g) => [g.heading, g.clauses.map((c) => c.id)])])))
  if (groupsOf(stored) !== groupsOf(expected)) found(`Unexplained difference in the parts, cross-headings or clause order of ${stored.id}, expected them as in ${record}`)
  // Byte for byte: the stored files must be exactly what a release would write.
  for (const file of versionFiles(expected)) {
    const name = `${stored.dir}/${file.name}`
    const full = path.join(corpus.root, name)
    const actual = pathKind(full, name) === 'missing' ? undefined : readCorpusText(corpus.root, name)
    if (actual === undefined) found(`Missing file ${name}, expected it as built from ${record}`)
    else if (actual !== file.data && !file.name.endsWith('.yaml')) {
      const line = firstDifferentLine(actual, file.data)
      found(`${name} differs from ${record} as written by 'redline release' at line ${line}, expected the same bytes (run 'redline fmt' if only the layout differs)`, {file: name, start: {line, column: 1}})
    }
  }
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n')
  const y = b.split('\n')
  let index = 0
  while (index < x.length && x[index] === y[index]) index++
  return index + 1
}


/** Whether an error while rebuilding a version says the corpus is inconsistent (exit 1), not that its input is bad (exit 2). */
function isFinding(error: RedlineError): boolean {
  return error.exitCode === 1 || error.messages.every((message) => message.ruleId === 'context')
}
