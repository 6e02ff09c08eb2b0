import {childNamed, childrenNamed, childValue, parseXmlTree, type XmlElement} from './xml.js'

/** One level of a Word list definition (`w:abstractNum/w:lvl`). */
interface NumberingLevel {
  start: number
  /** `decimal`, `lowerLetter`, `lowerRoman`, `upperLetter`, `upperRoman`, `bullet`, `none`, … */
  format: string
  /** `(%1)`, `%1.%2`: the label pattern, `%n` standing for level n's counter. */
  text: string
  /** The level whose increment restarts this one (`w:lvlRestart`), 0-based; default: any shallower level. */
  restartAfter?: number
  /** Left indent of paragraphs at this level, in twips. */
  indent?: number
}

/** A numbering instance (`w:num`): its levels, with start overrides applied. */
interface NumberingInstance {
  abstractId: string
  levels: Map<number, NumberingLevel>
}

/** Formats Word can number with that the importer turns into literal labels. */
const FORMATS = new Set(['decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none'])

/** The formats of sub-paragraph labels: (a), (i), (A), (I). */
const ITEM_FORMATS = new Set(['lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman'])

/** Why a numbered paragraph's label cannot be produced. */
export class NumberingProblem extends Error {}

/**
 * Word's automatic numbering (`word/numbering.xml`): counts each list's levels through the
 * document and prints each numbered paragraph's label as Word does. Counters belong to the
 * abstract list, restarted by a `w:startOverride` of a numbering instance when it is first used.
 */
export class Numbering {
  readonly #instances = new Map<string, NumberingInstance>()
  readonly #counters = new Map<string, number[]>()
  readonly #started = new Set<string>()

  constructor(xml: string | undefined) {
    if (xml === undefined) return
    const root = parseXmlTree(xml, 'word/numbering.xml')
    const abstracts = new Map<string, Map<number, NumberingLevel>>()
    for (const abstract of childrenNamed(root, 'w:abstractNum')) {
      abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', readLevels(abstract))
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const abstractId = childValue(num, 'w:abstractNumId') ?? ''
      const levels = new Map(abstracts.get(abstractId) ?? [])
      const overridden = new Map<number, NumberingLevel>()
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const ilvl = Number(override.attributes['w:ilvl'] ?? 0)
        const replaced = childNamed(override, 'w:lvl')
        const base = replaced ? readLevel(replaced) : levels.get(ilvl)
        const start = childValue(override, 'w:startOverride')
        if (base) overridden.set(ilvl, start !== undefined ? {...base, start: Number(start)} : base)
      }
      for (const [ilvl, level] of overridden) levels.set(ilvl, level)
      this.#instances.set(num.attributes['w:numId'] ?? '', {abstractId: overridden.size > 0 ? `${abstractId}#${num.attributes['w:numId'] ?? ''}` : abstractId, levels})
    }
  }

  /** Whether `numId` is a list of `word/numbering.xml` (or 0, numbering removed). */
  defines(numId: string): boolean {
    return numId === '0' || this.#instances.has(numId)
  }

  /**
   * Whether a level prints a sub-paragraph label: one counter in letters or roman numerals, alone
   * or with a full stop or brackets (`%1.`, `%2)`, `(%3)`): `i.`, `a)` and `(a)` are all the label
   * the code writes `(a)`.
   */
  printsItemLabel(numId: string, ilvl: number): boolean {
    const level = this.#instances.get(numId)?.levels.get(ilvl)
    return level !== undefined && ITEM_FORMATS.has(level.format) && /^(?:\(%[1-9]\)|%[1-9][.)]?)$/.test(level.text)
  }

  /** The left indent (twips) a numbering level gives its paragraphs, if it sets one. */
  indent(numId: string, ilvl: number): number | undefined {
    return this.#instances.get(numId)?.levels.get(ilvl)?.indent
  }

  /**
   * Counts one more paragraph at `ilvl` of list `numId` and returns its printed label (`(a)`,
   * `G3.17`), '' for a bullet or an unnumbered level, undefined for `numId` 0 (numbering removed).
   * Throws a {@link NumberingProblem} for a list or format it cannot print.
   */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return undefined
    const instance = this.#instances.get(numId)
    if (!instance) throw new NumberingProblem(`Unknown numbering w:numId ${numId}, expected a list defined in word/numbering.xml`)
    const level = instance.levels.get(ilvl)
    if (!level) throw new NumberingProblem(`Unknown level ${ilvl} of numbering ${numId}, expected a level defined in word/numbering.xml`)
    if (!FORMATS.has(level.format)) throw new NumberingProblem(`Unexpected numbering format '${level.format}' at level ${ilvl} of numbering ${numId}, expected decimal, lowerLetter, upperLetter, lowerRoman, upperRoman or bullet`)
    const key = instance.abstractId
    if (!this.#counters.has(key)) this.#counters.set(key, [])
    const counters = this.#counters.get(key) as number[]
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = instance.levels.get(deeper)?.restartAfter
      if (restart === undefined || ilvl <= restart) counters[deeper] = Number.NaN
    }
    const current = counters[ilvl]
    counters[ilvl] = current === undefined || Number.isNaN(current) ? level.start : current + 1
    this.#started.add(key)
    if (level.format === 'bullet' || level.format === 'none') return ''
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1
      const shown = instance.levels.get(at)
      const value = counters[at]
      return formatNumber(value === undefined || Number.isNaN(value) ? (shown?.start ?? 1) : value, shown?.format ?? 'decimal')
    })
  }
}

function readLevels(abstract: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>()
  for (const lvl of childrenNamed(abstract, 'w:lvl')) levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), readLevel(lvl))
  return levels
}

function readLevel(lvl: XmlElement): NumberingLevel {
  const restart = childValue(lvl, 'w:lvlRestart')
  const indent = childNamed(childNamed(lvl, 'w:pPr'), 'w:ind')
  const left = indent?.attributes['w:left'] ?? indent?.attributes['w:start']
  return {
    start: Number(childValue(lvl, 'w:start') ?? 1),
    format: childValue(lvl, 'w:numFmt') ?? 'decimal',
    text: childValue(lvl, 'w:lvlText') ?? '',
    ...(restart !== undefined && {restartAfter: Number(restart) - 1}),
    ...(left !== undefined && {indent: Number(left)})
  }
}

/** A counter in a Word number format: `lowerLetter` 27 is `aa`, as Word prints it. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return roman(value)
    case 'upperRoman':
      return roman(value).toUpperCase()
    default:
      return String(value)
  }
}

function letters(value: number): string {
  if (value < 1) return String(value)
  const index = value - 1
  return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1)
}

const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]

function roman(value: number): string {
  let out = ''
  let rest = value
  for (const [n, digits] of ROMAN) {
    while (rest >= n) {
      out += digits
      rest -= n
    }
  }
  return out
}
