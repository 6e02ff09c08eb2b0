import path from 'node:path'
import {parseManifest} from '../parse/parse-manifest.js'
import {parseSection} from '../parse/parse-section.js'
import {DOCUMENT_FILE, documentOfFile} from '../model/document-files.js'
import {serializeManifest} from '../serialize/serialize-manifest.js'
import {serializeSection} from '../serialize/serialize-section.js'
import {parseModificationMeta} from '../modify/parse-modification-meta.js'
import {serializeModificationMeta} from '../modify/serialize-modification-meta.js'
import {refuseConflictBlocks} from '../modify/conflict-blocks.js'

/** A kind of corpus file that has one canonical form. */
export interface CanonicalFormat {
  /** What the files are, for messages. */
  name: string
  /** Whether a file (by path) is of this kind. */
  matches: (file: string) => boolean
  /** The canonical text of a file of this kind; throws an InputError on bad input. */
  canonical: (text: string, file: string) => string
}

/** The corpus file kinds `redline fmt` knows. */
export const canonicalFormats: CanonicalFormat[] = [
  {
    name: 'section file',
    matches: (file) => DOCUMENT_FILE.test(path.basename(file)),
    canonical: (text, file) => {
      const document = documentOfFile(path.basename(file))
      return serializeSection(parseSection(text, file, document ? {letter: document.letter, kind: document.kind} : {}))
    }
  },
  {
    name: 'version manifest',
    matches: (file) => path.basename(file) === 'manifest.yaml',
    canonical: (text, file) => serializeManifest(parseManifest(text, file))
  },
  {
    name: 'change record metadata',
    matches: (file) => path.basename(file) === 'modification.md',
    canonical: (text, file) => serializeModificationMeta(parseModificationMeta(text, file))
  },
  {
    // Written by the tool and proven on read; fmt only refuses one that still holds a conflict block.
    name: 'change record legal text',
    matches: (file) => path.basename(file) === 'legal-text.md' && path.basename(path.dirname(path.dirname(file))) === 'modifications',
    canonical: (text, file) => {
      refuseConflictBlocks(text, file, path.basename(path.dirname(file)))
      return text
    }
  }
]

/** The format for a file, or undefined when `fmt` does not know the file. */
export function formatFor(file: string): CanonicalFormat | undefined {
  return canonicalFormats.find((format) => format.matches(file))
}
