import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {repoRoot} from './cli.js'

/** One paragraph of a document's body as LibreOffice Writer reads it. */
export interface OfficeParagraph {
  style: string
  text: string
}

/** What LibreOffice saw in one .docx: its tracked changes, and the body after Accept All and after Reject All. */
export interface OfficeReading {
  file: string
  changes: Array<{type: string; author: string; date: string}>
  accept: OfficeParagraph[]
  reject: OfficeParagraph[]
}

const SCRIPT = path.join(repoRoot, 'test/helpers/libreoffice-accept-reject.py')
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => existsSync(file))

/** A Python that can import the UNO bridge (Debian's python3-uno lives with /usr/bin/python3), or undefined. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((python) => spawnSync(python, ['-c', 'import uno'], {stdio: 'ignore'}).status === 0)

/** Whether LibreOffice and python3-uno are installed here. */
export const libreOfficeInstalled = SOFFICE !== undefined && PYTHON !== undefined

/**
 * Whether the LibreOffice tests run: wherever LibreOffice is installed, and always in CI (where a
 * missing LibreOffice is a failure, not a skip: `.ci/run` installs it).
 */
export const runLibreOfficeTests = libreOfficeInstalled || process.env.CI === 'true'

/**
 * Opens every file in ONE headless LibreOffice process (its own throw-away profile) and returns,
 * per file and in order, the tracked changes Writer lists and the body paragraphs after Accept
 * All and after Reject All. Throws when LibreOffice is missing or a file cannot be read.
 */
export function readWithLibreOffice(files: readonly string[]): OfficeReading[] {
  if (!libreOfficeInstalled || PYTHON === undefined) {
    throw new Error('LibreOffice with python3-uno is not installed: .ci/run installs libreoffice-writer-nogui and python3-uno')
  }
  if (files.length === 0) return []
  // The files go in on standard input (soffice's command line takes at most 254 arguments); the time
  // allowed grows with them: the Word property (over 360 annexes) took 200 s on the loaded 2-core machine, 81 s is usual.
  const result = spawnSync(PYTHON, [SCRIPT], {input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30, timeout: Math.max(280_000, 60_000 + 1_500 * files.length)})
  if (result.status !== 0) {
    // Which file LibreOffice was on when it failed or ran out of time: the files before it each gave a line.
    const done = result.stdout.split('\n').filter((line) => line !== '').length
    throw new Error(`LibreOffice script failed (exit ${result.status}, signal ${result.signal ?? 'none'}${result.error ? `, ${result.error.message}` : ''}) after ${done} of ${files.length} files, at ${files[done] ?? 'the end'}: ${result.stderr}`)
  }
  const readings = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as OfficeReading & {error?: string})
  for (const reading of readings) if (reading.error) throw new Error(`LibreOffice could not read ${reading.file}: ${reading.error}`)
  if (readings.length !== files.length) throw new Error(`LibreOffice read ${readings.length} of ${files.length} files: ${result.stderr}`)
  return readings
}

/** The paragraph styles of provisions in our Word annexes (clause, sub-paragraph levels, tails). */
export const PROVISION_STYLES = /^(Clause|Clause Tail|Sub-paragraph \d|Sub-paragraph Tail \d)$/

/** The kept paragraph that ends every Word annex (`render/annex-docx.ts`), as LibreOffice reads it. */
export const ANNEX_END: OfficeParagraph = {style: 'Annex End', text: 'End of Annex A'}

/**
 * The body paragraphs of an annex without its closing paragraph, which must be there, last and
 * with its text exactly, after Accept All and after Reject All alike: no empty paragraph after it,
 * and no tracked paragraph's text absorbed into it. Throws otherwise. Its style is not checked:
 * LibreOffice gives the paragraph after a removed run of tracked paragraphs the style of the
 * tracked paragraph of the other kind before that run (Word keeps it).
 */
export function annexBody(paragraphs: readonly OfficeParagraph[]): readonly OfficeParagraph[] {
  const last = paragraphs[paragraphs.length - 1]
  if (!last || last.text !== ANNEX_END.text) {
    throw new Error(`Unexpected last paragraph ${JSON.stringify(last ?? null)}, expected the annex's closing paragraph ${JSON.stringify(ANNEX_END)} (paragraphs before it: ${JSON.stringify(paragraphs.slice(-3, -1))})`)
  }
  return paragraphs.slice(0, -1)
}

/**
 * The provision paragraphs' text, in order, the tab between label and text (the hanging indent)
 * read as the space it stands for. The annex's closing paragraph is checked ({@link annexBody}).
 */
export function provisionTexts(paragraphs: readonly OfficeParagraph[]): string[] {
  return annexBody(paragraphs).filter((paragraph) => PROVISION_STYLES.test(paragraph.style)).map((paragraph) => paragraph.text.replace('\t', ' '))
}

/** The provision paragraphs and table rows LibreOffice shows, in order, as {@link provisionTexts} reads them. */
export function provisionsAndRows(paragraphs: readonly OfficeParagraph[]): string[] {
  return annexBody(paragraphs).filter((p) => p.style === '<row>' || PROVISION_STYLES.test(p.style)).map((p) => p.text.replace('\t', ' '))
}

/**
 * The paragraphs of every style (cover, headings, instructions, provisions, table rows) that hold
 * no text, with their neighbours, as `style: text` lines: an annex has none, so any is a paragraph
 * Accept All or Reject All left over.
 */
export function emptyParagraphs(paragraphs: readonly OfficeParagraph[]): string[] {
  const line = (paragraph: OfficeParagraph | undefined): string => (paragraph ? `${paragraph.style}: ${paragraph.text}` : '(none)')
  return paragraphs.flatMap((paragraph, index) => (paragraph.text.trim() === '' ? [`${line(paragraphs[index - 1])} / ${line(paragraph)} / ${line(paragraphs[index + 1])}`] : []))
}
