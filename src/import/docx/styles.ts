import {childNamed, childrenNamed, childValue, parseXmlTree} from './xml.js'

/** What a paragraph style gives its paragraphs: its name, list numbering and left indent, through `w:basedOn`. */
export interface ParagraphStyle {
  /** The style's name, lower-cased (`heading 3`, `clause`). */
  name: string
  numId?: string
  ilvl?: number
  indent?: number
}

/** The paragraph styles of `word/styles.xml`, by style ID, with inherited numbering and indent resolved. */
export function readStyles(xml: string | undefined): Map<string, ParagraphStyle> {
  if (xml === undefined) return new Map()
  const root = parseXmlTree(xml, 'word/styles.xml')
  const raw = new Map<string, {name: string; basedOn?: string; numId?: string; ilvl?: number; indent?: number}>()
  for (const style of childrenNamed(root, 'w:style')) {
    if (style.attributes['w:type'] !== 'paragraph') continue
    const id = style.attributes['w:styleId'] ?? ''
    const pPr = childNamed(style, 'w:pPr')
    const numPr = childNamed(pPr, 'w:numPr')
    const ind = childNamed(pPr, 'w:ind')
    const left = ind?.attributes['w:left'] ?? ind?.attributes['w:start']
    const numId = childValue(numPr, 'w:numId')
    const ilvl = childValue(numPr, 'w:ilvl')
    const basedOn = childValue(style, 'w:basedOn')
    raw.set(id, {
      name: (childValue(style, 'w:name') ?? id).toLowerCase(),
      ...(basedOn !== undefined && {basedOn}),
      ...(numId !== undefined && {numId}),
      ...(ilvl !== undefined && {ilvl: Number(ilvl)}),
      ...(left !== undefined && {indent: Number(left)})
    })
  }
  return resolveBasedOn(raw, (style, parent): ParagraphStyle => {
    const numId = style.numId ?? parent?.numId
    const ilvl = style.ilvl ?? parent?.ilvl
    const indent = style.indent ?? parent?.indent
    return {name: style.name, ...(numId !== undefined && {numId}), ...(ilvl !== undefined && {ilvl}), ...(indent !== undefined && {indent})}
  })
}

/**
 * Styles as `word/styles.xml` defines them, each resolved through its `w:basedOn` chain: `merge`
 * makes a style from its own definition and its parent's resolved style (undefined where it has
 * none, or the chain is broken or loops back on itself). Each style is resolved once.
 */
function resolveBasedOn<Raw extends {basedOn?: string}, Resolved>(raw: ReadonlyMap<string, Raw>, merge: (style: Raw, parent: Resolved | undefined) => Resolved): Map<string, Resolved> {
  const out = new Map<string, Resolved>()
  const resolve = (id: string, seen: Set<string>): Resolved | undefined => {
    const cached = out.get(id)
    if (cached) return cached
    const style = raw.get(id)
    if (!style || seen.has(id)) return undefined
    seen.add(id)
    const resolved = merge(style, style.basedOn !== undefined ? resolve(style.basedOn, seen) : undefined)
    out.set(id, resolved)
    return resolved
  }
  for (const id of raw.keys()) resolve(id, new Set())
  return out
}

/** What a character style gives its runs: the marks a colour-marked annex reads, and whether it is a hyperlink style. */
export interface CharacterStyle {
  name: string
  marking: Partial<{struck: boolean; underlined: boolean; coloured: boolean; link: boolean; bold: boolean}>
}

/** The names Word, LibreOffice and pandoc give the character styles of link text, lower-cased. */
const LINK_STYLES = new Set(['hyperlink', 'followedhyperlink', 'followed hyperlink', 'internet link', 'internetlink', 'visited internet link'])

/**
 * The character styles of `word/styles.xml`, by style ID, through `w:basedOn`: strike-through,
 * underline and colour (a run takes them from its `w:rStyle` unless it sets its own), and whether
 * the style is one for link text (`Hyperlink`, LibreOffice's `Internet Link`).
 */
export function readCharacterStyles(xml: string | undefined): Map<string, CharacterStyle> {
  if (xml === undefined) return new Map()
  const raw = new Map<string, {name: string; basedOn?: string; marking: CharacterStyle['marking']}>()
  for (const style of childrenNamed(parseXmlTree(xml, 'word/styles.xml'), 'w:style')) {
    if (style.attributes['w:type'] !== 'character') continue
    const id = style.attributes['w:styleId'] ?? ''
    const name = (childValue(style, 'w:name') ?? id).toLowerCase()
    const rPr = childNamed(style, 'w:rPr')
    const marking: CharacterStyle['marking'] = {}
    for (const child of rPr?.children ?? []) if (typeof child !== 'string') Object.assign(marking, runMarkingOf(child.name, child.attributes))
    if (LINK_STYLES.has(name) || LINK_STYLES.has(id.toLowerCase())) marking.link = true
    const basedOn = childValue(style, 'w:basedOn')
    raw.set(id, {name, ...(basedOn !== undefined && {basedOn}), marking})
  }
  return resolveBasedOn(raw, (style, parent): CharacterStyle => ({name: style.name, marking: {...parent?.marking, ...style.marking}}))
}

/**
 * What one run property element gives a run's marking, read the same way for a run's own
 * properties (`w:rPr`) and a character style's: `w:strike` / `w:dstrike` strike through, `w:u`
 * underlines, `w:b` makes bold, `w:color` other than auto or black colours; nothing for any other element.
 */
export function runMarkingOf(name: string, attributes: Readonly<Record<string, string>>): CharacterStyle['marking'] {
  switch (name) {
    case 'w:strike':
    case 'w:dstrike':
      return {struck: isOn(attributes['w:val'])}
    case 'w:u':
      return {underlined: isOn(attributes['w:val'])}
    case 'w:b':
      return {bold: isOn(attributes['w:val'])}
    case 'w:color':
      return {coloured: !['auto', '000000'].includes((attributes['w:val'] ?? 'auto').toLowerCase())}
    default:
      return {}
  }
}

/** An on/off property's `w:val`: absent or anything but 0, false, off, none is on. */
function isOn(value: string | undefined): boolean {
  return !['0', 'false', 'off', 'none'].includes(value ?? 'true')
}
