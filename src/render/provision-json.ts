import type {InForce, Located, Provision} from '../model/types.js'

/** The JSON shape of `redline show --format json`, schema `sec-redline/provision@1`. */
export interface ProvisionJson {
  schema: 'sec-redline/provision@1'
  version: string
  /** The document: `kind` and `documentVersion` are given for an Appendix or Schedule only. */
  section: {letter: string; title: string; kind?: 'appendix' | 'schedule'; documentVersion?: string}
  part: string | null
  crossHeading: string | null
  provision: ProvisionTreeJson
  place: {file: string; line: number; column: number} | null
}

export interface ProvisionTreeJson {
  id: string
  kind: Provision['kind']
  label: string
  /** Set on a definition (`A1.1[Term]`): the defined term, also its label. */
  term?: string
  text: string
  items: ProvisionTreeJson[]
  tail: string
  /** The text between two lists that stands before this sub-paragraph (absent: none). In `text`, `tail` and `textBefore` a `\n` is a paragraph break. */
  textBefore?: string
  /** The provision's status where it is not simply in force (`commences`, `lapses`). */
  inForce?: InForce
}

function tree(provision: Provision): ProvisionTreeJson {
  return {
    id: provision.id,
    kind: provision.kind,
    label: provision.kind === 'clause' ? provision.id : provision.label,
    ...(provision.kind === 'sub-paragraph' && provision.term !== undefined ? {term: provision.term} : {}),
    text: provision.text,
    items: provision.items.map(tree),
    tail: provision.tail,
    ...(provision.kind === 'sub-paragraph' && provision.textBefore ? {textBefore: provision.textBefore} : {}),
    ...(provision.inForce ? {inForce: {...provision.inForce}} : {})
  }
}

/** A located provision as a plain JSON object. */
export function provisionToJson(located: Located, version: string): ProvisionJson {
  const place = located.provision.place
  return {
    schema: 'sec-redline/provision@1',
    version,
    section: {
      letter: located.section.letter,
      title: located.section.title,
      ...(located.section.kind && located.section.kind !== 'section' ? {kind: located.section.kind} : {}),
      ...(located.section.documentVersion !== undefined ? {documentVersion: located.section.documentVersion} : {})
    },
    part: located.part.id,
    crossHeading: located.group.heading,
    provision: tree(located.provision),
    place: place ? {file: place.file, line: place.start.line, column: place.start.column} : null
  }
}
