import {RedlineError, inputMessage} from '../diagnostics/errors.js'
import type {SourcePlace} from './source-paragraph.js'

/**
 * Bad input to an import: what is wrong, where in the source document (paragraph of a Word
 * document, page and line of a PDF or text file), what was expected. Exit 2. Printed as
 * `draft.docx: paragraph 12: …` or `seed.txt:718:1: page 3: …`.
 */
export class ImportError extends RedlineError {
  constructor(reason: string, place: SourcePlace) {
    const where = [place.paragraph !== undefined ? `paragraph ${place.paragraph}` : '', place.page !== undefined ? `page ${place.page}` : ''].filter(Boolean).join(', ')
    const line = place.line !== undefined ? {file: place.file, start: {line: place.line, column: 1}} : undefined
    const message = inputMessage(where === '' ? reason : `${where}: ${reason}`, line, 'import')
    message.file = place.file
    super(message)
    this.name = 'ImportError'
  }
}
