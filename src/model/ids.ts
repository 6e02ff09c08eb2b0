import type {LabelScheme} from './types.js'

/** Characters allowed in version and modification IDs. */
export const SAFE_ID = /^[A-Za-z0-9._-]+$/

/** The longest version or change record ID: it names a folder, which every file system must hold. */
export const MAX_ID_LENGTH = 64

/** Names Windows reserves for devices, whatever the extension: a folder `CON` or `nul.txt` cannot be checked out there. */
const RESERVED_NAME = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i

/**
 * The one rule for version and change record IDs (they name folders): letters, digits, `.`, `_`
 * and `-`, not `.` or `..`, not ending in `.`, at most 64 characters, not a reserved device name.
 * Answers what is wrong, or undefined for a good ID.
 */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'expected a non-empty ID'
  if (!SAFE_ID.test(id) || id === '.' || id === '..') return "expected only letters, digits, '.', '_' and '-' (no path characters)"
  if (id.length > MAX_ID_LENGTH) return `expected at most ${MAX_ID_LENGTH} characters (it has ${id.length})`
  if (id.endsWith('.')) return "expected no '.' at the end (Windows drops it from folder names)"
  if (RESERVED_NAME.test(id)) return 'expected a name that is not a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9)'
  return undefined
}

/** Whether `id` follows the ID rule (see `idProblem`). */
export function isGoodId(id: string): boolean {
  return idProblem(id) === undefined
}

/** A clause number: section letter, part number, clause number, optional inserted letter (`G3.20`, `G3.20A`). */
export const CLAUSE_NUMBER = /^([A-Z])(\d+)\.(\d+)([A-Z]?)$/

/** A part id: `G3`. */
export const PART_ID = /^([A-Z])(\d+)$/

/** A provision ID: a clause number followed by bracketed labels, `G3.20(b)(i)`. */
export const PROVISION_ID = /^([A-Z]\d+\.\d+[A-Z]?)((?:\([A-Za-z0-9]+\))*)$/

/** Label scheme of each sub-paragraph depth, 1-based: depth 1 is `(a)`. */
export const SCHEMES: readonly LabelScheme[] = ['lower-alpha', 'lower-roman', 'upper-alpha', 'arabic']

export function schemeAt(depth: number): LabelScheme | undefined {
  return SCHEMES[depth - 1]
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
]

function toRoman(n: number): string {
  let out = ''
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits
      n -= value
    }
  }
  return out
}

function toAlpha(index: number): string {
  // a … z, then aa, bb … zz, then aaa …: the doubling the SEC and UK legislation use.
  const letter = String.fromCharCode(97 + (index % 26))
  return letter.repeat(Math.floor(index / 26) + 1)
}

/** The label (without brackets) that the `index`-th (0-based) sub-paragraph of a scheme carries. */
export function labelAt(scheme: LabelScheme, index: number): string {
  switch (scheme) {
    case 'lower-alpha':
      return toAlpha(index)
    case 'upper-alpha':
      return toAlpha(index).toUpperCase()
    case 'lower-roman':
      return toRoman(index + 1)
    case 'arabic':
      return String(index + 1)
  }
}

/** Splits `G3.20(b)(i)` into its clause number and labels; undefined when it is no provision ID. */
export function splitProvisionId(id: string): {clause: string; labels: string[]} | undefined {
  const match = PROVISION_ID.exec(id)
  if (!match) return undefined
  const labels = [...(match[2] ?? '').matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1] ?? '')
  return {clause: match[1] ?? '', labels}
}

/**
 * Orders clause numbers the way the code reads: part, clause, inserted letter.
 * Returns a negative number, zero or a positive number.
 */
export function compareClauseNumbers(a: string, b: string): number {
  const ma = CLAUSE_NUMBER.exec(a)
  const mb = CLAUSE_NUMBER.exec(b)
  if (!ma || !mb) return a < b ? -1 : a > b ? 1 : 0
  return (
    (ma[1] ?? '').localeCompare(mb[1] ?? '') ||
    Number(ma[2]) - Number(mb[2]) ||
    Number(ma[3]) - Number(mb[3]) ||
    (ma[4] ?? '').localeCompare(mb[4] ?? '')
  )
}

/** Orders version IDs numerically segment by segment: 5.9 < 5.19 < 5.20 < 6.17. */
export function compareVersions(a: string, b: string): number {
  const sa = a.split(/[.-]/)
  const sb = b.split(/[.-]/)
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i] ?? ''
    const y = sb[i] ?? ''
    const nx = Number(x)
    const ny = Number(y)
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny
    if (diff !== 0) return diff
  }
  return 0
}
