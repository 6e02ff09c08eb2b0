import {compactRuns} from '../../redline/run.js'
import {ImportError} from '../import-error.js'
import type {ProgressSink} from '../progress.js'
import type {RemovedFurniture, SourceDocument, SourceParagraph, SourceRun, TableCell} from '../source-paragraph.js'
import {Numbering, NumberingProblem} from './numbering.js'
import {readDocxPackage} from './read-docx-package.js'
import {readCharacterStyles, readStyles, runMarkingOf} from './styles.js'
import {childNamed, childrenNamed, parseXmlTree, streamXml, textOf, XmlSyntaxError} from './xml.js'

/** A run's visible marking: what a colour-marked annex (no tracked changes) uses to show a change. */
export interface RunMarking {
  struck: boolean
  underlined: boolean
  /** `w:color` other than auto or black. */
  coloured: boolean
  /** Link text: inside `w:hyperlink`, a HYPERLINK field's result, or in a hyperlink character style. Its blue underline is not a change mark. */
  link: boolean
  /** Bold (`w:b`): how the annex prints a number, a label or a definition's term. */
  bold?: boolean
}

/** A Word paragraph with its runs, each with its marking (for colour-marked annexes). */
export interface DocxParagraph extends SourceParagraph {
  markings: RunMarking[]
}

/** A Word document read into paragraphs. */
export interface DocxDocument extends SourceDocument {
  paragraphs: DocxParagraph[]
  /** Authors of the tracked changes, in order of first appearance. */
  authors: string[]
  /** The application that wrote the document (`docProps/app.xml`), where it says: `LibreOffice/7.4.7.2$Linux_X86_64 …`. */
  application?: string
}

interface Change {
  type: 'insert' | 'delete'
  author?: string
  date?: string
}

/**
 * Reads a .docx into its body's paragraphs: the text of each run (`w:t`, `w:delText`, tabs and
 * breaks as spaces, `w:sym`, non-breaking hyphens), tracked changes as insert and delete runs
 * (`w:ins`, `w:del`, `w:moveTo`, `w:moveFrom`, tracked paragraph marks), the label Word's automatic
 * numbering prints, the numbering level, the left indent and the style. Headers, footers and
 * comments are other parts of the package: they never reach the body's text; comments are counted
 * and reported.
 */
export function readDocx(bytes: Uint8Array, file: string, progress?: ProgressSink): DocxDocument {
  const parts = readDocxPackage(bytes, file)
  try {
    return readParts(parts, file, progress)
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new ImportError(`Unexpected malformed XML in ${error.message}, expected a well-formed Word document`, {file})
    throw error
  }
}

function readParts(parts: ReturnType<typeof readDocxPackage>, file: string, progress: ProgressSink | undefined): DocxDocument {
  const numbering = new Numbering(parts.numbering)
  const styles = readStyles(parts.styles)
  const characterStyles = readCharacterStyles(parts.styles)
  const paragraphs: DocxParagraph[] = []
  const furniture: RemovedFurniture[] = []
  const authors: string[] = []
  const changes: Change[] = []
  let paragraph: {runs: SourceRun[]; markings: RunMarking[]; style?: string; numId?: string; ilvl?: number; indent?: number; mark?: 'insert' | 'delete'} | undefined
  let depth = 0
  let inRunProps = false
  let inParagraphProps = false
  let inParagraphMarkProps = false
  let inText = false
  const plain = (): RunMarking => ({struck: false, underlined: false, coloured: false, link: false})
  let marking: RunMarking = plain()
  /** Nesting of `w:hyperlink` elements. */
  let hyperlinks = 0
  /** Open complex fields (`w:fldChar` begin … separate … end): their instruction and whether their result is being read. */
  const fields: Array<{instruction: string; result: boolean}> = []
  /** Simple fields (`w:fldSimple`) open, by whether each is a HYPERLINK. */
  const simpleFields: boolean[] = []
  let inInstruction = false
  /** Tables: nesting, the count of top-level tables, and where the reader stands in the current one. */
  let tableDepth = 0
  let tables = 0
  let cell: TableCell | undefined
  let inCellProps = false
  /** Inside a row's properties, and the row's tracked insertion or deletion. */
  let inRowProps = false
  let rowMark: 'insert' | 'delete' | undefined
  const tableCells: TableCell[] = []
  const isHyperlinkField = (instruction: string): boolean => /^\s*HYPERLINK\b/i.test(instruction)
  /** Elements whose content is not body text: field instructions, footnote and drawing content, deleted-paragraph-mark props. */
  let skip = 0
  const skipped = new Set(['w:instrText', 'w:delInstrText', 'w:footnoteReference', 'w:endnoteReference', 'w:drawing', 'w:pict', 'w:object', 'mc:Fallback', 'w:rPrChange', 'w:pPrChange', 'w:sectPr', 'w:tblPr', 'w:tblGrid'])
  const pushText = (text: string): void => {
    if (!paragraph || text === '') return
    const change = changes[changes.length - 1]
    const run: SourceRun = {type: change?.type ?? 'equal', text}
    if (change?.author !== undefined) run.author = change.author
    if (change?.date !== undefined) run.date = change.date
    paragraph.runs.push(run)
    const link = marking.link || hyperlinks > 0 || simpleFields.includes(true) || fields.some((field) => field.result && isHyperlinkField(field.instruction))
    paragraph.markings.push({...marking, link})
  }
  streamXml(parts.document, 'word/document.xml', {
    open: (name, attributes) => {
      if (skip > 0) {
        skip++
        return
      }
      if (skipped.has(name)) {
        skip = 1
        inInstruction = name === 'w:instrText' && fields.length > 0
        return
      }
      switch (name) {
        case 'w:p':
          depth++
          if (depth === 1) paragraph = {runs: [], markings: []}
          return
        case 'w:tbl':
          tableDepth++
          if (tableDepth === 1) {
            tables++
            cell = {table: tables, row: -1, column: -1}
          } else {
            for (const seen of tableCells) if (seen.table === tables) seen.nested = true
            if (cell) cell.nested = true
          }
          return
        case 'w:tr':
          if (tableDepth === 1 && cell) {
            cell = {table: cell.table, row: cell.row + 1, column: -1}
            rowMark = undefined
          }
          return
        case 'w:trPr':
          if (tableDepth === 1) inRowProps = true
          return
        case 'w:tc':
          if (tableDepth === 1 && cell) cell = {table: cell.table, row: cell.row, column: cell.column + 1, ...(rowMark !== undefined && {rowMark})}
          return
        case 'w:tcPr':
          inCellProps = true
          return
        case 'w:gridSpan':
          if (inCellProps && cell && Number(attributes['w:val'] ?? 1) > 1) {
            cell.merged = true
            cell.span = Number(attributes['w:val'])
          }
          return
        case 'w:vMerge':
          if (inCellProps && cell) cell.merged = true
          return
        case 'w:pPr':
          inParagraphProps = true
          return
        case 'w:rPr':
          if (inParagraphProps) inParagraphMarkProps = true
          else {
            inRunProps = true
            marking = plain()
          }
          return
        case 'w:rStyle': {
          const style = characterStyles.get(attributes['w:val'] ?? '')
          if (inRunProps && style) marking = {...marking, ...style.marking}
          return
        }
        case 'w:hyperlink':
          hyperlinks++
          return
        case 'w:fldSimple':
          simpleFields.push(isHyperlinkField(attributes['w:instr'] ?? ''))
          return
        case 'w:fldChar': {
          const type = attributes['w:fldCharType']
          if (type === 'begin') fields.push({instruction: '', result: false})
          else if (type === 'separate') {
            const field = fields[fields.length - 1]
            if (field) field.result = true
          } else if (type === 'end') fields.pop()
          return
        }
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom': {
          const type = name === 'w:ins' || name === 'w:moveTo' ? 'insert' : 'delete'
          const author = attributes['w:author']
          if (author !== undefined && !authors.includes(author)) authors.push(author)
          if (inRowProps) {
            rowMark = type
            skip = 1 // an empty element in the row's props
            return
          }
          if (inParagraphMarkProps) {
            if (paragraph) paragraph.mark = type
            skip = 1 // an empty element in the mark's props
            return
          }
          changes.push({type, ...(author !== undefined && {author}), ...(attributes['w:date'] !== undefined && {date: attributes['w:date']})})
          return
        }
        case 'w:pStyle':
          if (inParagraphProps && paragraph) paragraph.style = attributes['w:val'] ?? ''
          return
        case 'w:numId':
          if (inParagraphProps && paragraph) paragraph.numId = attributes['w:val'] ?? ''
          return
        case 'w:ilvl':
          if (inParagraphProps && paragraph) paragraph.ilvl = Number(attributes['w:val'] ?? 0)
          return
        case 'w:ind':
          if (inParagraphProps && !inParagraphMarkProps && paragraph) {
            const left = attributes['w:left'] ?? attributes['w:start']
            if (left !== undefined) paragraph.indent = Number(left)
          }
          return
        case 'w:strike':
        case 'w:dstrike':
        case 'w:u':
        case 'w:b':
        case 'w:color':
          if (inRunProps) marking = {...marking, ...runMarkingOf(name, attributes)}
          return
        case 'w:t':
        case 'w:delText':
          inText = true
          return
        case 'w:tab':
          if (!inParagraphProps) pushText('\t')
          return
        case 'w:br':
        case 'w:cr':
          pushText('\n')
          return
        case 'w:noBreakHyphen':
          pushText('\u2011')
          return
        case 'w:sym': {
          const code = Number.parseInt(attributes['w:char'] ?? '', 16)
          if (Number.isFinite(code)) pushText(String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code))
          return
        }
        default:
      }
    },
    close: (name) => {
      if (skip > 0) {
        skip--
        if (skip === 0) inInstruction = false
        return
      }
      switch (name) {
        case 'w:tbl':
          tableDepth--
          if (tableDepth === 0) cell = undefined
          return
        case 'w:tcPr':
          inCellProps = false
          return
        case 'w:trPr':
          inRowProps = false
          return
        case 'w:hyperlink':
          hyperlinks--
          return
        case 'w:fldSimple':
          simpleFields.pop()
          return
        case 'w:p':
          depth--
          if (depth === 0 && paragraph) {
            const finished = finish(paragraph, paragraphs.length + 1)
            if (cell?.rowMark !== undefined) removeRowPlaceholders(finished, cell.rowMark, furniture)
            if (cell) {
              // One object per cell, shared by its paragraphs, so that a later merge or nesting mark reaches them all.
              const last = tableCells[tableCells.length - 1]
              const shared = last && last.table === cell.table && last.row === cell.row && last.column === cell.column ? last : cell
              if (shared !== last) tableCells.push(shared)
              cell = shared
              finished.cell = shared
            }
            paragraphs.push(finished)
          }
          if (depth === 0) paragraph = undefined
          return
        case 'w:pPr':
          inParagraphProps = false
          return
        case 'w:rPr':
          if (inParagraphMarkProps) inParagraphMarkProps = false
          else inRunProps = false
          return
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom':
          changes.pop()
          return
        case 'w:r':
          marking = plain()
          return
        case 'w:t':
        case 'w:delText':
          inText = false
          return
        default:
      }
    },
    text: (text) => {
      if (inText && skip === 0) pushText(text)
      else if (inInstruction) {
        const field = fields[fields.length - 1]
        if (field) field.instruction += text
      }
    },
    ...(progress && {chunk: (fraction: number) => progress({file, unit: 'paragraphs', done: paragraphs.length, fraction})})
  })

  function finish(raw: NonNullable<typeof paragraph>, index: number): DocxParagraph {
    const style = raw.style !== undefined ? styles.get(raw.style) : undefined
    const numId = raw.numId ?? style?.numId
    const ilvl = raw.ilvl ?? style?.ilvl ?? 0
    const out: DocxParagraph = {runs: raw.runs, markings: raw.markings, place: {file, paragraph: index}}
    if (numId !== undefined && !numbering.defines(numId)) {
      // Word shows a paragraph whose list is missing from numbering.xml without a number: read so, but doubted (an error unless --lenient).
      out.doubt = `Unexpected numbering w:numId ${numId}, which word/numbering.xml does not define (the paragraph's number is lost; Word shows it unnumbered), expected a list defined in word/numbering.xml; read without a number`
    } else if (numId !== undefined) {
      let label: string | undefined
      try {
        label = numbering.next(numId, ilvl)
      } catch (error) {
        if (error instanceof NumberingProblem) throw new ImportError(`${error.message}; cannot place the paragraph "${quote(raw.runs)}"`, {file, paragraph: index})
        throw error
      }
      if (label !== undefined) {
        out.level = ilvl
        // A sub-paragraph label however the level prints it (`i.`, `a)`): the code's form, `(i)`; its place comes from the level's layout.
        const item = numbering.printsItemLabel(numId, ilvl) ? /^\(?([A-Za-z]+)[.)]?$/.exec(label) : null
        if (item) out.numberLabel = `(${item[1] ?? ''})`
        else if (label !== '') out.numberLabel = label
      }
    }
    const indent = raw.indent ?? (numId !== undefined && numbering.defines(numId) ? numbering.indent(numId, ilvl) : undefined) ?? style?.indent
    if (indent !== undefined) out.indent = indent
    if (style) out.style = style.name
    else if (raw.style !== undefined) out.style = raw.style.toLowerCase()
    if (raw.mark) out.mark = raw.mark
    const termRuns = leadingBoldRuns(raw.runs, raw.markings)
    if (termRuns > 0) out.termRuns = termRuns
    return out
  }

  const comments = parts.comments === undefined ? [] : childrenNamed(parseXmlTree(parts.comments, 'word/comments.xml'), 'w:comment').map((comment) => ({author: comment.attributes['w:author'] ?? '', text: textOf(comment)}))
  const application = parts.app === undefined ? undefined : childNamed(parseXmlTree(parts.app, 'docProps/app.xml'), 'Application')
  return {file, kind: 'docx', paragraphs, furniture, comments, plain: false, authors, ...(application && {application: textOf(application).trim()})}
}

/** The character LibreOffice puts, as a tracked change of its own, into the first cell of a table row it tracks as inserted or deleted. */
const TRACKED_ROW_PLACEHOLDER = '\u200D'

/**
 * Removes LibreOffice's placeholder from a paragraph of a tracked row: a run of the row's own change
 * type holding U+200D ZERO WIDTH JOINER alone (LibreOffice 7.3 and later write one in the first cell
 * of a row inserted or deleted with Record Changes on, so that the row's change has text). It is
 * Writer's marker, not the drafter's text; each one removed is listed with the furniture.
 */
function removeRowPlaceholders(paragraph: DocxParagraph, rowMark: 'insert' | 'delete', furniture: RemovedFurniture[]): void {
  const keep = paragraph.runs.map((run) => !(run.type === rowMark && run.text === TRACKED_ROW_PLACEHOLDER))
  if (keep.every(Boolean)) return
  for (const kept of keep) if (!kept) furniture.push({text: TRACKED_ROW_PLACEHOLDER, place: paragraph.place, midLine: true, what: `LibreOffice's placeholder of a table row tracked as ${rowMark === 'insert' ? 'inserted' : 'deleted'}, U+200D`})
  paragraph.runs = paragraph.runs.filter((_, index) => keep[index])
  paragraph.markings = paragraph.markings.filter((_, index) => keep[index])
  if (paragraph.termRuns !== undefined) paragraph.termRuns -= keep.slice(0, paragraph.termRuns).filter((kept) => !kept).length
}

/**
 * How many runs at the start of a paragraph are a bold label followed by a tab (`**Term**\t…`, as
 * the annex prints a definition's term, or a number or label), or a bold term followed by a space
 * and a lower-case word (`**Term** means …`, as a definitions list written from markdown reads);
 * 0 where the paragraph starts otherwise.
 */
function leadingBoldRuns(runs: readonly SourceRun[], markings: readonly RunMarking[]): number {
  for (let index = 0; index < runs.length; index++) {
    const text = runs[index]?.text ?? ''
    const bold = runs.slice(0, index).some((run) => run.text.trim() !== '')
    if (text === '\t') return bold ? index : 0
    if (markings[index]?.bold !== true) {
      const rest = runs.slice(index, index + 3).map((run) => run.text).join('')
      return bold && /^ \p{Ll}/u.test(rest) && !/\s$/.test(runs[index - 1]?.text ?? '') ? index : 0
    }
  }
  return 0
}

function quote(runs: readonly SourceRun[]): string {
  const text = compactRuns(runs).map((run) => run.text).join('')
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
