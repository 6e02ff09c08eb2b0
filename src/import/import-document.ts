import {documentRef} from '../model/ids.js'
import type {Section} from '../model/types.js'
import {ImportError} from './import-error.js'
import type {FidelityReport} from './fidelity-report.js'
import {reportProblems} from './fidelity-report.js'
import {readParagraphs} from './paragraph-readings.js'
import type {ReadSource} from './read-source.js'
import type {SourcePlace} from './source-paragraph.js'
import {recogniseStructure} from './recognise-structure.js'

export interface ImportOptions {
  /** Section titles known from the stored or base version, for sources that start without a Section title. */
  knownTitles?: ReadonlyMap<string, string>
}

/** The sections recognised in one or more sources, and each source's fidelity report. */
export interface ImportResult {
  sections: Section[]
  reports: FidelityReport[]
  /** Where each provision recognised starts in its source, by provision ID (`G3.17(a)`, `AB:2.11`). */
  places: Map<string, SourcePlace>
  /** The source each document came from, by document reference (`G`, `Appendix AB`). */
  sourceFiles: Map<string, string>
}

/**
 * Recognises the structure of sources already read into paragraphs and merges their sections (one
 * file per Section, or one consolidated document). The accepted reading is imported where a Word
 * document still has tracked changes. A Section found in two sources is an error; paragraphs that
 * cannot be placed are in the reports ({@link unplacedError} turns them into the error).
 */
export function importSources(sources: readonly ReadSource[], options: ImportOptions = {}): ImportResult {
  const sections: Section[] = []
  const reports: FidelityReport[] = []
  const places = new Map<string, SourcePlace>()
  const sourceFiles = new Map<string, string>()
  for (const source of sources) {
    const recognised = recogniseStructure(readParagraphs(source.paragraphs, 'accept'), {plain: source.plain, labelsHang: source.kind === 'pdf', ...(options.knownTitles && {knownTitles: options.knownTitles})})
    const trackedChanges = source.paragraphs.reduce((n, p) => n + p.runs.filter((run) => run.type !== 'equal').length + (p.mark ? 1 : 0), 0)
    const report: FidelityReport = {file: source.file, entries: recognised.entries, furniture: source.furniture, comments: source.comments, dehyphenated: source.dehyphenated, trackedChanges}
    reports.push(report)
    for (const [provision, place] of recognised.places) if ('id' in provision) places.set(provision.id, place)
    for (const section of recognised.sections) {
      if (sections.some((s) => s.letter === section.letter && s.kind === section.kind)) {
        const name = section.kind === 'appendix' ? 'Appendix' : section.kind === 'schedule' ? 'Schedule' : 'Section'
        throw new ImportError(`Unexpected second ${name} ${section.letter}, expected each ${name} in one source`, {file: source.file})
      }
      sections.push(section)
      sourceFiles.set(documentRef(section), source.file)
    }
    if (recognised.sections.length === 0 && reportProblems(report).length === 0) throw new ImportError('Unexpected document without a Section title or clause, expected "Section G \'Security\'" or a clause number such as G3.17', {file: source.file})
  }
  const order = (s: Section): string => `${s.kind === 'appendix' ? 1 : s.kind === 'schedule' ? 2 : 0}:${s.kind === 'schedule' ? s.letter.padStart(3, '0') : s.letter}`
  return {sections: sections.sort((a, b) => order(a).localeCompare(order(b))), reports, places, sourceFiles}
}

/**
 * The error for the first paragraph the import could not place (or placed without being sure),
 * naming its place and quoting it; undefined when every paragraph is accounted for.
 */
export function unplacedError(result: ImportResult): ImportError | undefined {
  const problems = result.reports.flatMap((report) => reportProblems(report))
  const [first, ...rest] = problems
  if (!first) return undefined
  const more = rest.length > 0 ? ` (and ${rest.length} more; --report lists them, --lenient keeps going)` : ' (--lenient keeps going, --report lists it)'
  return new ImportError(`${first.reason ?? 'Cannot place this paragraph'}: "${quote(first.text)}"${more}`, first.place)
}

function quote(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}…` : text
}

