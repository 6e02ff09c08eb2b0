import {chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Small changes to a copy of the corpus, each answering the place (`file:line:col`) the error
 * message must name. Paths are relative to the corpus root.
 */
export type Mutation = (root: string) => string

/** Inserts `bytes` after the first occurrence of `after` in `file`: the place is the first inserted byte. */
export const insertBytes = (file: string, after: string, bytes: number[]): Mutation => (root) => {
  const full = path.join(root, file)
  const data = readFileSync(full)
  const at = data.indexOf(after) + Buffer.byteLength(after)
  if (at < Buffer.byteLength(after)) throw new Error(`no '${after}' in ${file}`)
  writeFileSync(full, Buffer.concat([data.subarray(0, at), Buffer.from(bytes), data.subarray(at)]))
  const before = data.subarray(0, at).toString('utf8')
  const lines = before.split('\n')
  return `${file}:${lines.length}:${(lines[lines.length - 1] ?? '').length + 1}`
}

/** Puts a UTF-8 byte order mark in front of `file`. */
export const bom = (file: string): Mutation => (root) => {
  const full = path.join(root, file)
  writeFileSync(full, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(full)]))
  return `${file}:1:1`
}

/** Replaces `file` by a folder of the same name. */
export const folderInstead = (file: string): Mutation => (root) => {
  rmSync(path.join(root, file), {recursive: true})
  mkdirSync(path.join(root, file))
  return `${file}:1:1`
}

/** Replaces `file` by a symbolic link to itself (reading it: ELOOP). */
export const linkLoop = (file: string): Mutation => (root) => {
  rmSync(path.join(root, file), {recursive: true})
  symlinkSync(path.basename(file), path.join(root, file))
  return `${file}:1:1`
}

/** The folders outside the corpus that `linkOutside` made, for the suite to remove. */
export const outsideFolders: string[] = []

/** Moves `file` outside the corpus root and leaves a symbolic link to it. */
export const linkOutside = (file: string): Mutation => (root) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'sec-redline-outside-'))
  outsideFolders.push(folder)
  const outside = path.join(folder, path.basename(file))
  renameSync(path.join(root, file), outside)
  symlinkSync(outside, path.join(root, file))
  return `${file}:1:1`
}

/** Takes every permission away from `file` (a file or a folder): only a non-root reader is stopped. */
export const noPermission = (file: string): Mutation => (root) => {
  chmodSync(path.join(root, file), 0o000)
  return `${file}:1:1`
}

/** Replaces the first `from` in `file` by `to`: the place is the start of the line holding it. */
export const replaceText = (file: string, from: string, to: string, column = 1): Mutation => (root) => {
  const full = path.join(root, file)
  const text = readFileSync(full, 'utf8')
  const at = text.indexOf(from)
  if (at < 0) throw new Error(`no '${from}' in ${file}`)
  writeFileSync(full, text.slice(0, at) + to + text.slice(at + from.length))
  return `${file}:${text.slice(0, at).split('\n').length}:${column}`
}

/** Writes a new file (relative to the root) and answers `place`. */
export const writeFile = (file: string, data: string | Buffer, place = `${file}:1:1`): Mutation => (root) => {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), data)
  return place
}

/** Several mutations; the place is the last one's. */
export const all = (...mutations: Mutation[]): Mutation => (root) => mutations.map((m) => m(root)).pop() ?? ''
