import {CLAUSE_NUMBER, CLAUSE_NUMBER_SOURCE, LOCAL_PART_SOURCE, PART_ID_SOURCE} from '../model/ids.js'
import type {Section} from '../model/types.js'

/** The title of an Appendix or a Schedule, a document of its own with local numbering. */
export interface DocumentTitle {
  /** The designation: `AB` for Appendix AB, `11` for Schedule 11. */
  letter: string
  title: string
  kind: 'appendix' | 'schedule'
}

const SEPARATOR = String.raw`\s*(?:[:–—-]\s*|\s+(?=[‘'"“]))`
const APPENDIX = new RegExp(String.raw`^(?:Appendix|APPENDIX)\s+([A-Z]{1,2})(?:${SEPARATOR}[‘'"“]?(.+?)[’'"”]?)?$`)
const SCHEDULE = new RegExp(String.raw`^(?:Schedule|SCHEDULE)\s+(\d{1,2})(?:${SEPARATOR}[‘'"“]?(.+?)[’'"”]?)?$`)

/**
 * An Appendix or Schedule title: "Appendix AB: Service Request Processing Document",
 * "Appendix AB ‘…’", "SCHEDULE 11 – …", or the bare "Schedule 11". A bare designation, or one with a
 * title but no separator, is a title only in a heading style (body text cites Appendices).
 */
export function appendixTitle(text: string, style: string | undefined): DocumentTitle | undefined {
  for (const [pattern, kind] of [[APPENDIX, 'appendix'], [SCHEDULE, 'schedule']] as const) {
    const match = pattern.exec(text)
    if (!match) continue
    const title = match[2] ?? ''
    if (title === '' && !/^(?:heading ?1|title)$/.test(style ?? '')) return undefined
    return {letter: match[1] ?? '', title, kind}
  }
  return undefined
}

/** How a document numbers its clauses and parts: Sections `G3.20` in Part `G3`; Appendices `2.11` (ID `AB:2.11`) in Part `2` (`AB:2`); Schedules `Sch11:2.11`. */
export interface DocumentNumbers {
  /** Names the document in messages: `Section G`, `Appendix AB`, `Schedule 11`. */
  name: string
  /** The clause number a paragraph starts with: the clause ID, its part's ID and the length of the number and the space after it; `wrong` for another document's clause. */
  clause: (text: string) => {id: string; part: string; length: number} | {wrong: string} | undefined
  /** Whether a paragraph starts with a clause number of any document (for telling headings before clauses). */
  startsClause: (text: string) => boolean
  /** A part heading (`G3 Title`, `2 Title`, or the bare number in a heading style): its ID and title; `titled` (plain text) wants a title not starting with a digit. */
  part: (text: string, titled: boolean) => {id: string; title: string | null} | undefined
}

// The numbers come from the model's grammar (a letter-suffixed part, G1A, numbers clauses G1A.1).
const SECTION_CLAUSE = new RegExp(String.raw`^(${CLAUSE_NUMBER_SOURCE})(?=\s|$)\s*`)
const LOCAL_CLAUSE = new RegExp(String.raw`^(${LOCAL_PART_SOURCE}\.\d+[A-Z]?)(?=\s|$)\s*`)
const SECTION_PART = new RegExp(String.raw`^(${PART_ID_SOURCE})\.?(?:\s+(\S.*))?$`)
const LOCAL_PART = new RegExp(String.raw`^(${LOCAL_PART_SOURCE})\.?(?:\s+(\S.*))?$`)

/** The numbering of a Section, an Appendix or a Schedule. */
export function numbersOf(section: Section): DocumentNumbers {
  if (section.kind === 'appendix' || section.kind === 'schedule') {
    const prefix = section.kind === 'appendix' ? `${section.letter}:` : `Sch${section.letter}:`
    return {
      name: `${section.kind === 'appendix' ? 'Appendix' : 'Schedule'} ${section.letter}`,
      clause: (text) => {
        const match = LOCAL_CLAUSE.exec(text)
        if (!match) return SECTION_CLAUSE.test(text) ? {wrong: SECTION_CLAUSE.exec(text)?.[1] ?? ''} : undefined
        const local = match[1] ?? ''
        return {id: `${prefix}${local}`, part: `${prefix}${local.split('.')[0] ?? ''}`, length: match[0].length}
      },
      startsClause: (text) => LOCAL_CLAUSE.test(text),
      part: (text, titled) => {
        const match = LOCAL_PART.exec(text)
        if (!match || (titled && (match[2] === undefined || /^\d/.test(match[2])))) return undefined
        return {id: `${prefix}${match[1] ?? ''}`, title: match[2] ?? null}
      }
    }
  }
  return {
    name: `Section ${section.letter}`,
    clause: (text) => {
      const match = SECTION_CLAUSE.exec(text)
      if (!match) return undefined
      const id = match[1] ?? ''
      const number = CLAUSE_NUMBER.exec(id)
      if (number?.[1] !== section.letter) return {wrong: id}
      return {id, part: `${section.letter}${number[2] ?? ''}`, length: match[0].length}
    },
    startsClause: (text) => SECTION_CLAUSE.test(text),
    part: (text, titled) => {
      const match = SECTION_PART.exec(text)
      if (!match || !match[1]?.startsWith(section.letter) || (titled && (match[2] === undefined || /^\d/.test(match[2])))) return undefined
      return {id: match[1], title: match[2] ?? null}
    }
  }
}

/**
 * Plain text, line by line: which lines stand in an Appendix or a Schedule (from its title line,
 * "Appendix AB: …", "SCHEDULE 11 – …", to the next Section's), where the document's own numbering
 * holds: a clause starts with a bare number (`2.11 …`) and a part heading reads `2 Title`.
 */
export function inOwnNumbering(texts: readonly string[], sectionTitle: (text: string) => unknown): boolean[] {
  let own = false
  return texts.map((text) => {
    if (appendixTitle(text, undefined)) own = true
    else if (sectionTitle(text) !== undefined) own = false
    return own
  })
}

/** Whether a line starts with a clause number of an Appendix or a Schedule (`2.11`, `3.2A`). */
export function startsOwnClause(text: string): boolean {
  return LOCAL_CLAUSE.test(text)
}

/** Whether a line reads as an Appendix's or Schedule's part heading: its number and a title not starting with a digit (`2 Processing Service Requests`). */
export function isOwnPartHeading(text: string): boolean {
  const match = LOCAL_PART.exec(text)
  return match !== null && match[2] !== undefined && !/^\d/.test(match[2])
}
