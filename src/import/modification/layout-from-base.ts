import type {Clause, Provision} from '../../model/types.js'
import {clausesOf} from '../../model/walk.js'
import {readParagraphs} from '../paragraph-readings.js'
import {recogniseStructure, type RecogniseOptions} from '../recognise-structure.js'
import type {SourceParagraph} from '../source-paragraph.js'

/** A provision paragraph's level and role: the depth of its provision (a clause 0), and whether it is the provision's first paragraph (the one with its number or label). */
interface Level {
  depth: number
  lead: boolean
  /** The base's text of the paragraph (after the number or label). */
  text: string
}

/**
 * LibreOffice, re-saving a document with tracked changes, gives the paragraph after deleted
 * paragraph marks the style and indent of the first deleted one: the layout that says which
 * provision an unlabelled paragraph (a further paragraph of a lead-in, a tail, text between two
 * lists) belongs to is lost, and a label's indent is another level's. Where the annex shows a
 * clause of the base whole, its paragraphs with every change rejected are that clause's
 * paragraphs in order (each ends with the base's text of its line), so the base says each one's
 * level: a doubted paragraph (after a deleted paragraph mark, outside tables) that is among them
 * takes the style and indent of a paragraph of that level and role the writer did not restyle (or,
 * where none shows that level, the indent of the even steps the levels stand on). A definition the
 * annex shows alone, under its sentence, is read the same way against the base's definition. Returns the paragraphs (copies where
 * changed) and those whose layout was so restored; a clause whose paragraphs do not pair one for
 * one with the base's is left as written (the readings and the check against the base decide).
 */
export function layoutFromBase<P extends SourceParagraph>(paragraphs: readonly P[], baseClauses: ReadonlyMap<string, Clause>, options: Pick<RecogniseOptions, 'knownTitles' | 'definingClause'>): {paragraphs: P[]; restored: Set<P>} {
  const doubted = new Set(paragraphs.filter((paragraph, index) => paragraph.cell === undefined && paragraphs[index - 1]?.mark === 'delete'))
  const restored = new Set<P>()
  if (doubted.size === 0) return {paragraphs: [...paragraphs], restored}
  const recognised = recogniseStructure(readParagraphs(paragraphs, 'reject'), {...options, plain: false, excerpts: true, untrustedStyles: true})
  // Where each clause the base has starts (and each definition an annex shows alone, under its sentence), with the base's provision and its depth.
  const starts = new Map<number, {provision: Provision; depth: number}>()
  const excerpts = new Set(recognised.definitionExcerpts.map((entry) => entry.clause))
  for (const clause of clausesOf(recognised.sections)) {
    const at = recognised.places.get(clause)?.paragraph
    const stored = baseClauses.get(clause.id)
    if (at !== undefined && stored && !excerpts.has(clause)) starts.set(at, {provision: stored, depth: 0})
  }
  for (const {clause, lines} of recognised.definitionExcerpts) {
    for (const {definition} of lines) {
      const at = definition && recognised.places.get(definition)?.paragraph
      const stored = baseClauses.get(clause.id)?.items.find((item) => item.term !== undefined && item.term === definition?.term)
      if (at !== undefined && stored) starts.set(at, {provision: stored, depth: 1})
    }
  }
  // What ends a clause's (or a definition's) paragraphs: the next one, an instruction, a title, a heading the writer did not restyle.
  const ends = new Set<number>(starts.keys())
  const byNumber = new Map(paragraphs.map((paragraph) => [paragraph.place.paragraph, paragraph]))
  for (const entry of recognised.entries) {
    const at = entry.place.paragraph
    if (at === undefined) continue
    // Instructions and titles are read by their words; headings by their style, which may be another's.
    const byWords = entry.fate === 'instruction' || entry.fate === 'cover' || (entry.fate === 'kept' && /title$|document version$/.test(entry.target ?? ''))
    const byStyle = entry.fate === 'kept' && /^part |^cross-heading$/.test(entry.target ?? '')
    if (byWords || (byStyle && !doubted.has(byNumber.get(at) as P))) ends.add(at)
  }
  const sorted = [...ends].sort((a, b) => a - b)
  const levels = new Map<P, Level>()
  for (const [start, {provision, depth}] of starts) {
    const end = sorted.find((at) => at > start) ?? Infinity
    const shown = paragraphs.filter((paragraph) => {
      const at = paragraph.place.paragraph ?? 0
      return at >= start && at < end && paragraph.cell === undefined && paragraph.mark !== 'insert' && rejected(paragraph) !== ''
    })
    const expected = paragraphLevels(provision, depth)
    if (shown.length !== expected.length || shown.some((paragraph, index) => !spaced(rejected(paragraph)).endsWith(spaced(expected[index]?.text ?? '')))) continue
    shown.forEach((paragraph, index) => levels.set(paragraph, expected[index] as Level))
  }
  // The layout of each level and role, from paragraphs the writer did not restyle.
  const layouts = new Map<string, P>()
  for (const [paragraph, level] of levels) {
    if (doubted.has(paragraph)) continue
    for (const key of [`${level.depth} ${level.lead}`, `${level.depth}`]) if (!layouts.has(key)) layouts.set(key, paragraph)
  }
  const out = paragraphs.map((paragraph) => {
    const level = doubted.has(paragraph) ? levels.get(paragraph) : undefined
    if (!level) return paragraph
    const same = layouts.get(`${level.depth} ${level.lead}`)
    const like = same ?? layouts.get(`${level.depth}`)
    const indent = like ? like.indent : evenIndent(layouts, paragraphs.filter((p) => !doubted.has(p)), level.depth)
    if (!like && indent === undefined) return paragraph
    const copy: P = {...paragraph}
    delete copy.indent
    delete copy.style
    if (indent !== undefined) copy.indent = indent
    // Only a paragraph of the same role lends its style: a label's would make a tail read as a
    // provision ("15 Working Day …" as paragraph 15), a tail's would hide a label. A tail takes the
    // annex's tail style of its level; a label is read by its text.
    if (same?.style !== undefined) copy.style = same.style
    else if (!level.lead) copy.style = tailStyle(level.depth)
    restored.add(copy)
    return copy
  })
  return {paragraphs: out, restored}
}

/**
 * The indent of a level no paragraph the writer left alone shows, where the levels step evenly (each
 * one step further in than the one above, as the annex's do): a level shown gives the start, and the
 * step is the least difference between the indents of the paragraphs left alone (outside tables),
 * which must all stand on that ladder.
 */
function evenIndent(layouts: ReadonlyMap<string, SourceParagraph>, alone: readonly SourceParagraph[], depth: number): number | undefined {
  const known = [...layouts].find(([key, paragraph]) => /^\d+$/.test(key) && paragraph.indent !== undefined)
  if (!known) return undefined
  const [start, origin] = [Number(known[0]), known[1].indent as number]
  const indents = [...new Set(alone.flatMap((paragraph) => (paragraph.cell === undefined && paragraph.indent !== undefined ? [paragraph.indent] : [])))].sort((a, b) => a - b)
  const step = Math.min(...indents.slice(1).map((indent, index) => indent - (indents[index] as number)))
  if (!Number.isFinite(step) || step <= 0 || indents.some((indent) => (indent - origin) % step !== 0)) return undefined
  return origin + (depth - start) * step
}

/** The annex's style of a tail at a depth (a clause's 0), as the reader names styles. */
function tailStyle(depth: number): string {
  return depth === 0 ? 'clause tail' : `sub-paragraph tail ${depth}`
}

/** Text with each run of white space one space, trimmed: a tab stands between a label and its text. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A paragraph's text with every change rejected. */
function rejected(paragraph: SourceParagraph): string {
  return paragraph.runs
    .filter((run) => run.type !== 'insert')
    .map((run) => run.text)
    .join('')
    .trim()
}

/** The level of each paragraph a provision is shown in, in order: the text before it (between two lists), its text, its list, its tail (each line a paragraph). */
function paragraphLevels(provision: Provision, depth: number): Level[] {
  const lines = (text: string, lead: boolean, at = depth): Level[] => (text === '' ? [] : text.split('\n').map((line, index) => ({depth: at, lead: lead && index === 0, text: line})))
  return [
    // Text between two lists stands at its parent's level, as the parent's tail would.
    ...(provision.kind === 'sub-paragraph' && provision.textBefore !== undefined ? lines(provision.textBefore, false, depth - 1) : []),
    ...(provision.text === '' ? [{depth, lead: true, text: ''}] : lines(provision.text, true)),
    ...provision.items.flatMap((item) => paragraphLevels(item, depth + 1)),
    ...lines(provision.tail, false)
  ]
}
