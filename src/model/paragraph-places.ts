import type {Place, ProvisionBase, SubParagraph} from './types.js'

/** A text field of a provision that may hold several paragraphs. */
export type ParagraphField = 'text' | 'tail' | 'textBefore'

/** Where each paragraph of a provision's texts stands in its source file, one place per paragraph. */
export interface ParagraphPlaces {
  text: Place[]
  tail: Place[]
  textBefore: Place[]
}

/**
 * The places of the paragraphs of provisions read from a file, kept beside the model (the model's
 * trees are compared and copied without them): a provision built in memory, or copied, has none,
 * and its messages stand at its own place.
 */
const recorded = new WeakMap<ProvisionBase, ParagraphPlaces>()

/** The paragraph places recorded for a provision, created empty on first use (`text` starting at the provision's place). */
export function recordParagraphPlaces(provision: ProvisionBase): ParagraphPlaces {
  let places = recorded.get(provision)
  if (!places) {
    places = {text: provision.place ? [provision.place] : [], tail: [], textBefore: []}
    recorded.set(provision, places)
  }
  return places
}

/** Moves every paragraph place recorded for a provision by `move` (a clause read from a view of a record's legal text: its lines are the view's, its places the file's). */
export function moveParagraphPlaces(provision: ProvisionBase, move: (place: Place) => Place): void {
  const places = recorded.get(provision)
  if (!places) return
  recorded.set(provision, {text: places.text.map(move), tail: places.tail.map(move), textBefore: places.textBefore.map(move)})
}

/** Gives `to` the paragraph places recorded for `from` (a provision copied with another ID). */
export function copyParagraphPlaces(from: ProvisionBase, to: ProvisionBase): void {
  const places = recorded.get(from)
  if (places) recorded.set(to, places)
}

/** A field's text: the lead-in, the tail, or the text between two lists before a sub-paragraph. */
export function fieldText(provision: ProvisionBase, field: ParagraphField): string {
  return field === 'text' ? provision.text : field === 'tail' ? provision.tail : ((provision as SubParagraph).textBefore ?? '')
}

/**
 * Where the paragraph of a provision's field that holds the character at `offset` starts in its
 * file: a further paragraph of a lead-in, a paragraph of a tail or of the text between two lists
 * stands on a line of its own. The provision's own place where none is recorded.
 */
export function placeInField(provision: ProvisionBase, field: ParagraphField, offset = 0): Place | undefined {
  const text = fieldText(provision, field)
  const index = text.slice(0, Math.max(0, offset)).split('\n').length - 1
  if (field === 'text' && index === 0) return provision.place
  const place = recorded.get(provision)?.[field][index]
  // A provision given another place since it was read (a record's legal text, under `check --mod`) stands at that place.
  return place && place.file === provision.place?.file ? place : provision.place
}
