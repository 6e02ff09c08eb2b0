import {InputError} from '../diagnostics/errors.js'
import {APPENDIX_LETTER_SOURCE, SCHEDULE_NUMBER_SOURCE, type DocumentKind} from '../model/ids.js'
import {optionalString, rejectUnknownKeys, requireString, type YamlRecord} from './parse-frontmatter.js'

/** The frontmatter keys of an Appendix file, in canonical order. */
export const APPENDIX_KEYS = ['appendix', 'title', 'version', 'document-version'] as const

/** The frontmatter keys of a Schedule file, in canonical order. */
export const SCHEDULE_KEYS = ['schedule', 'title', 'version'] as const

const APPENDIX_LETTER = new RegExp(`^${APPENDIX_LETTER_SOURCE}$`)
const SCHEDULE_NUMBER = new RegExp(`^${SCHEDULE_NUMBER_SOURCE}$`)

/**
 * Reads the frontmatter of an Appendix (`appendix: "AB"`, `document-version: "V5.3"`) or a
 * Schedule (`schedule: "11"`); undefined for a Section's frontmatter (no such key).
 */
export function documentFrontmatter(meta: YamlRecord): {kind: DocumentKind; letter: string; documentVersion?: string} | undefined {
  if ('appendix' in meta.values) {
    rejectUnknownKeys(meta, APPENDIX_KEYS)
    const letter = requireString(meta, 'appendix', '"AB"')
    if (!APPENDIX_LETTER.test(letter)) {
      throw new InputError(`Unexpected appendix '${letter}', expected a designation A to Z or AA to AZ such as "AB"`, meta.places.appendix)
    }
    const documentVersion = optionalString(meta, 'document-version', '"V5.3"')
    return documentVersion === undefined ? {kind: 'appendix', letter} : {kind: 'appendix', letter, documentVersion}
  }
  if ('schedule' in meta.values) {
    rejectUnknownKeys(meta, SCHEDULE_KEYS)
    const letter = requireString(meta, 'schedule', '"11"')
    if (!SCHEDULE_NUMBER.test(letter)) {
      throw new InputError(`Unexpected schedule '${letter}', expected a Schedule number such as "11"`, meta.places.schedule)
    }
    return {kind: 'schedule', letter}
  }
  return undefined
}
