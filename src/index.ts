/**
 * sec-redline: the UK Smart Energy Code as versioned, structured text.
 *
 * The data flows one way: read (files) → parse (clause model) → compute → a neutral result →
 * render → write. This entry point re-exports the library API; the `redline` CLI is a thin layer over it.
 */
export type * from './model/types.js'
export * from './model/ids.js'
export * from './model/walk.js'
export * from './diagnostics/errors.js'
export {splitSection} from './parse/split-section.js'
export type {SectionSource, SourceBlock} from './parse/split-section.js'
export {parseSection} from './parse/parse-section.js'
export {parseClause} from './parse/parse-clause.js'
export {parseManifest} from './parse/parse-manifest.js'
export {serializeSection} from './serialize/serialize-section.js'
export {serializeClause} from './serialize/serialize-clause.js'
export {serializeManifest} from './serialize/serialize-manifest.js'
export {escapeText} from './serialize/escape-text.js'
export {listVersionDirs, readVersionFiles} from './read/read-corpus.js'
export {Corpus, openCorpus} from './corpus/corpus.js'
export * from './redline/index.js'
