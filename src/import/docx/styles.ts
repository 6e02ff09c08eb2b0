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
  const out = new Map<string, ParagraphStyle>()
  if (xml === undefined) return out
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
  const resolve = (id: string, seen: Set<string>): ParagraphStyle | undefined => {
    const cached = out.get(id)
    if (cached) return cached
    const style = raw.get(id)
    if (!style || seen.has(id)) return undefined
    seen.add(id)
    const parent = style.basedOn !== undefined ? resolve(style.basedOn, seen) : undefined
    const numId = style.numId ?? parent?.numId
    const ilvl = style.ilvl ?? parent?.ilvl
    const indent = style.indent ?? parent?.indent
    const resolved: ParagraphStyle = {name: style.name, ...(numId !== undefined && {numId}), ...(ilvl !== undefined && {ilvl}), ...(indent !== undefined && {indent})}
    out.set(id, resolved)
    return resolved
  }
  for (const id of raw.keys()) resolve(id, new Set())
  return out
}
