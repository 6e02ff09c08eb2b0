import {unzipSync} from 'fflate'
import {ImportError} from '../import-error.js'
import {compoundFileStreams} from './compound-file.js'

/** The XML parts of a Word document that the importer reads. */
export interface DocxPackage {
  document: string
  numbering?: string
  styles?: string
  comments?: string
  /** `docProps/app.xml`: the application that wrote the document. */
  app?: string
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** Compound File Binary: an encrypted (password-protected) Office document, or a legacy .doc. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Whether the bytes start with `magic`. */
export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

/** Whether the bytes are a zip archive (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP)
}

/**
 * Opens a .docx: a zip holding `[Content_Types].xml` and `word/document.xml`. An encrypted
 * document (Word wraps those in a Compound File), a file that is not a zip and a zip that is not
 * a Word document are each refused with what was expected.
 */
export function readDocxPackage(bytes: Uint8Array, file: string): DocxPackage {
  if (startsWith(bytes, CFB)) throw compoundFileError(bytes, file)
  if (!isZip(bytes)) throw new ImportError('Unexpected file content: not a zip archive, expected a .docx (a zip of XML parts)', {file})
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {filter: (entry) => WANTED.has(entry.name)})
  } catch (error) {
    throw new ImportError(`Unexpected damaged zip archive (${(error as Error).message}), expected a .docx`, {file})
  }
  const document = entries['word/document.xml']
  if (!entries['[Content_Types].xml'] || !document) {
    throw new ImportError('Unexpected zip archive without word/document.xml, expected a Word document (.docx)', {file})
  }
  const text = (name: string): string | undefined => {
    const data = entries[name]
    return data ? decodeUtf8(data, `${file}:${name}`) : undefined
  }
  const parts: DocxPackage = {document: decodeUtf8(document, `${file}:word/document.xml`)}
  for (const [key, name] of [['numbering', 'word/numbering.xml'], ['styles', 'word/styles.xml'], ['comments', 'word/comments.xml'], ['app', 'docProps/app.xml']] as const) {
    const value = text(name)
    if (value !== undefined) parts[key] = value
  }
  return parts
}

/**
 * A Compound File where a .docx belongs: password-protected (Word and LibreOffice encrypt the
 * package into the streams `EncryptionInfo` and `EncryptedPackage`), a legacy `.doc`
 * (`WordDocument`), or one whose directory cannot be read.
 */
function compoundFileError(bytes: Uint8Array, file: string): ImportError {
  const streams = compoundFileStreams(bytes)
  if (streams?.includes('EncryptionInfo') && streams.includes('EncryptedPackage')) {
    return new ImportError('Unexpected password-protected Word document (its content is encrypted), expected a .docx without a password: open it, remove the password (Word: File › Info › Protect Document; LibreOffice: File › Properties › Security) and save it again', {file})
  }
  if (streams?.includes('WordDocument')) return new ImportError('Unexpected legacy Word document (.doc, a Compound File), expected a .docx: open it and save it as Word Document (.docx)', {file})
  return new ImportError('Unexpected encrypted or legacy Word file (a Compound File, not a zip), expected a .docx without a password: remove the password in Word, or save as .docx', {file})
}

const WANTED = new Set(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/comments.xml', 'docProps/app.xml'])

/** Strict UTF-8: a part that is not valid UTF-8 is refused, never replaced. */
function decodeUtf8(data: Uint8Array, part: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(data)
  } catch {
    throw new ImportError('Unexpected invalid UTF-8, expected a Word XML part in UTF-8', {file: part})
  }
}
