import {InputError} from '../diagnostics/errors.js'
import {APPENDIX_LETTER_SOURCE, SCHEDULE_NUMBER_SOURCE} from '../model/ids.js'
import type {Place} from '../model/types.js'
import {redlineText} from '../redline/redline-text.js'
import type {SectionChange} from './modification-types.js'
import {hasMarks, parseCriticMarkup, type SourceOrigin} from './parse-critic-markup.js'
import {readHeadingText} from './read-heading-text.js'
import {resolveViews, type View} from './resolve-views.js'

/** A document's name and title in a title line's reading: `Section G: Security`, `Appendix AB: Title`, `Schedule 11: Title`. */
const NAMED_TITLE = /^(Section|Appendix|Schedule) ([A-Z0-9]+): (.+)$/

/**
 * Reads a document title line whose title carries marks, a retitle: `# Section G: {~~Security~>Cyber
 * Security~~}` (likewise `# Appendix AB: …`, `# Schedule 11: …`). Only the title may change: the
 * document's name reads the same with marks accepted and rejected, and neither reading's title is
 * empty. Undefined for a line without marks, or one whole in a block mark (a whole Appendix or
 * Schedule inserted or deleted), which the caller reads. The title is read as a part heading's is,
 * escapes resolved, so `write-legal-text.ts` writes it as it writes a part's retitle.
 */
export function readRetitledDocument(line: string, origin: SourceOrigin): SectionChange | undefined {
  if (/^\{(?:\+\+|--)/.test(line)) return undefined
  const segments = parseCriticMarkup(line, origin)
  if (!hasMarks(segments)) return undefined
  const place: Place = {file: origin.file, start: {line: origin.line, column: 1}}
  const views = resolveViews(line, segments)
  const read = (view: View, reading: string): {word: string; letter: string; title: string} => {
    const heading = /^#[ \t]+(.*)$/.exec(view.text)
    const named = NAMED_TITLE.exec(readHeadingText(heading?.[1] ?? '', {file: origin.file, start: {line: origin.line, column: 3}}))
    if (!heading || !named) {
      throw new InputError(`Unexpected title line '${line}' with marks ${reading}, expected '# Section G: <title>' (or '# Appendix AB: …', '# Schedule 11: …') with marks only in the title`, place)
    }
    return {word: named[1] ?? '', letter: named[2] ?? '', title: (named[3] ?? '').trim()}
  }
  const before = read(views.reject, 'rejected')
  const after = read(views.accept, 'accepted')
  if (before.word !== after.word || before.letter !== after.letter) {
    throw new InputError(`Unexpected ${after.word} ${after.letter} with marks accepted but ${before.word} ${before.letter} with marks rejected, expected one document (only its title may carry marks)`, place)
  }
  if (before.title === '' || after.title === '') throw new InputError(`Unexpected empty title in '${line}', expected a title in both readings`, place)
  const kind = before.word === 'Section' ? 'section' : before.word === 'Appendix' ? 'appendix' : 'schedule'
  const designation = kind === 'section' ? '[A-Z]' : kind === 'appendix' ? APPENDIX_LETTER_SOURCE : SCHEDULE_NUMBER_SOURCE
  if (!new RegExp(`^${designation}$`).test(before.letter)) {
    throw new InputError(`Unexpected ${before.word} '${before.letter}' in '${line}', expected ${kind === 'section' ? 'a Section letter (# Section G: Title)' : kind === 'appendix' ? 'a designation A to Z or AA to AZ (# Appendix AB: Title)' : 'a Schedule number (# Schedule 11: Title)'}`, place)
  }
  const change: SectionChange = {letter: before.letter, title: before.title, headings: [], parts: [], clauses: []}
  if (kind !== 'section') change.kind = kind
  if (before.title !== after.title) change.retitle = {before: before.title, after: after.title, runs: redlineText(before.title, after.title), place}
  return change
}
