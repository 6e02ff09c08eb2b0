import {DOCUMENT_FILE_EXPECTED, documentFileName, documentOfFile} from '../../model/document-files.js'
import {documentName, splitProvisionId} from '../../model/ids.js'
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Command} from 'commander'
import {InputError, UsageError} from '../../diagnostics/errors.js'
import {draftModification, type DraftSource} from '../../modify/draft-modification.js'
import {KINDS, type ModificationKind, type ModificationMeta} from '../../modify/modification-types.js'
import {findWhitespaceChanges, textPlaces} from '../../modify/whitespace-changes.js'
import {writeModification} from '../../modify/write-modification.js'
import {readDraftingDefaults} from '../drafting-defaults.js'
import {parseSection} from '../../parse/parse-section.js'
import {readText} from '../../read/read-text.js'
import {dateProblem, today} from '../../model/dates.js'
import type {Section, Version} from '../../model/types.js'
import type {CliContext} from '../context.js'
import {choice, safeId} from '../options.js'
import {registerModImport} from './mod-import.js'

interface NewOptions {
  base?: string
  from?: string
  clauses?: string
  title?: string
  kind: ModificationKind
  author: string
  date?: string
  classification?: string
  proposer?: string
  paper?: string
  legalTextVersion: string
}

/** `redline mod new <ID> --base <v> (--from <edited-section> | --clauses G3.20,...)`: draft a change record. */
export function registerMod(program: Command, context: () => CliContext): void {
  const mod = program.command('mod').description('work with change records under modifications/')
  mod
    .command('new')
    .description("create modifications/<ID>/ from a drafter's edited copy of a section file (--from), or scaffold it with clauses ready to edit (--clauses)")
    .argument('<id>', 'the new change record ID, e.g. MP123', safeId)
    .option('--base <version>', "the version it is drafted against (default with --from: the edited file's frontmatter version)", safeId)
    .option('--from <file-or-folder>', "an edited copy of a document file of the base version (section-g.md, appendix-ab.md, schedule-11.md), or of the whole version folder (an Appendix or Schedule it no longer holds is deleted, a new file inserted)")
    .option('--clauses <ids>', 'comma-separated clause IDs to copy in unchanged, e.g. G3.20,G3.21')
    .option('--title <title>', 'title of the change record')
    .option('--kind <kind>', 'modification, designation or direction', choice(KINDS), 'modification')
    .option('--author <name>', 'author of the tracked changes', 'SECAS')
    .option('--date <YYYY-MM-DD>', 'date of the tracked changes (default: today)')
    .option('--classification <class>', 'Panel Information Policy classification, e.g. White (default: drafting.classification in redline.config.yaml)')
    .option('--proposer <name>', 'the proposing party or body')
    .option('--paper <ref>', 'the Panel paper reference, e.g. SECP_73_1110_16')
    .option('--legal-text-version <n>', 'the version of the legal text the annex prints', '0.1')
    .action((id: string, options: NewOptions) => {
      const ctx = context()
      const corpus = ctx.corpus()
      if ((options.from === undefined) === (options.clauses === undefined)) throw new UsageError('Unexpected options, expected exactly one of --from <edited-section-file> or --clauses <ids>')
      const date = options.date ?? today()
      const dateError = dateProblem(date)
      if (dateError !== undefined) throw new UsageError(`Unexpected date '${date}' for --date, ${dateError}`)
      const folder = options.from !== undefined && isFolder(options.from) ? readEditedFolder(options.from, options.base) : undefined
      const edited = options.from === undefined || folder ? undefined : readEdited(options.from, options.base)
      const baseId = options.base ?? edited?.section.version ?? folder?.files[0]?.section.version
      if (baseId === undefined) throw new UsageError('Missing --base <version>, expected the version the clauses are drafted against (with --clauses it is required)')
      const base = corpus.version(baseId)
      const meta: ModificationMeta = {
        id,
        title: options.title ?? `Draft ${id}`,
        kind: options.kind,
        base: base.id,
        status: 'draft',
        dates: {},
        author: {name: options.author, date},
        legalTextVersion: options.legalTextVersion,
        body: '## Problem\n\nWhat is wrong with the current text, and why it matters.\n\n## Solution\n\nWhat the legal text below changes.'
      }
      const classification = options.classification ?? readDraftingDefaults(corpus.root).classification
      if (classification !== undefined) meta.classification = classification
      if (options.proposer !== undefined) meta.proposer = options.proposer
      if (options.paper !== undefined) meta.paper = options.paper
      let source: DraftSource
      if (folder) {
        source = folderSource(folder, base)
      } else if (edited) {
        const {section, file} = edited
        const same = (s: Section): boolean => (s.kind ?? 'section') === (section.kind ?? 'section') && s.letter === section.letter
        const isNew = !base.sections.some(same)
        // A new Appendix or Schedule file drafts the whole document inserted; a Section must exist.
        if (isNew && (section.kind ?? 'section') === 'section') throw new InputError(`Unknown Section ${section.letter} in version ${base.id}, expected a section of that version`, {file, start: {line: 1, column: 1}})
        source = {sections: isNew ? [...base.sections, {...section, version: base.id}] : base.sections.map((s) => (same(s) ? {...section, version: base.id} : s)), file}
      } else {
        const ids = (options.clauses ?? '').split(',').map((s) => s.trim()).filter(Boolean)
        if (ids.some((clause) => clause.includes('('))) throw new UsageError('Unexpected sub-paragraph ID in --clauses, expected clause IDs such as G3.20 (a clause is drafted whole)')
        const within = ids.find((id) => id.includes('[') || id.includes('/'))
        if (within !== undefined) {
          const clause = splitProvisionId(within.split('/')[0] ?? '')?.clause ?? within
          throw new UsageError(`Unexpected ${within.includes('[') ? 'definition' : 'table'} ID '${within}' in --clauses, expected clause IDs such as ${clause} (a clause is scaffolded whole, its definitions and tables with it; or draft the change in an edited copy with --from)`)
        }
        for (const clause of ids) corpus.find(base.id, clause)
        source = {scaffold: ids}
      }
      const draft = draftModification(meta, base, source)
      for (const file of folder ? folder.files : edited ? [edited] : []) {
        for (const change of findWhitespaceChanges({...draft.modification, sections: draft.modification.sections.filter((s) => sameDocument(s, file.section))}, textPlaces([file.section], file.text))) {
          const at = change.place ? `${change.place.file}:${change.place.start.line}:${change.place.start.column}: ` : ''
          ctx.stderr(ctx.colors.yellow(`${at}warning: ${change.provision}${change.field === 'tail' ? ' (closing text)' : ''} changes only whitespace (${change.description}), expected a change of words; it will be an amendment with no visible word changed (the annex marks it)`))
        }
      }
      const dir = writeModification(corpus, draft)
      ctx.stdout(`wrote ${dir}/ (${draft.modification.sections.flatMap((s) => [...(s.retitle ? [`${documentName(s)} retitled`] : []), ...(s.documentVersion && !s.document && s.documentVersion.before !== s.documentVersion.after ? [`${documentName(s)} document version ${s.documentVersion.before ?? 'none'} → ${s.documentVersion.after ?? 'none'}`] : []), ...s.parts.filter((p) => p.kind !== 'unchanged').map((p) => `part ${p.id} ${p.kind}`), ...(s.statuses ?? []).map((st) => `${st.id} status changed`), ...s.clauses.map((c) => `${c.id} ${c.kind}`)]).join(', ')})`)
    })
  registerModImport(mod, context)
}

type EditedFile = {section: Section; text: string; file: string}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

const sameDocument = (a: {kind?: Section['kind']; letter: string}, b: {kind?: Section['kind']; letter: string}): boolean => (a.kind ?? 'section') === (b.kind ?? 'section') && a.letter === b.letter

/** Reads every document file of a drafter's edited copy of a version folder (section-*.md, appendix-*.md, schedule-*.md), each as `readEdited` does. */
function readEditedFolder(folder: string, base: string | undefined): {folder: string; files: EditedFile[]} {
  const names = readdirSync(folder).filter((name) => documentOfFile(name) !== undefined).sort()
  if (names.length === 0) throw new InputError(`Unexpected folder ${folder} with no document files, expected an edited copy of a version folder (${DOCUMENT_FILE_EXPECTED})`, {file: folder, start: {line: 1, column: 1}})
  const files: EditedFile[] = []
  for (const name of names) {
    const file = readEdited(path.join(folder, name), base ?? files[0]?.section.version)
    files.push(file)
  }
  return {folder, files}
}

/**
 * The draft source of an edited version folder: every document it holds (a new one inserted), and
 * the base's Appendices and Schedules it no longer holds, deleted. A Section missing from the
 * folder is refused: a record does not delete a whole Section.
 */
function folderSource({folder, files}: {folder: string; files: EditedFile[]}, base: Version): DraftSource {
  const sections = files.map(({section}) => ({...section, version: base.id}))
  const missing = base.sections.filter((s) => !sections.some((edited) => sameDocument(edited, s)))
  const section = missing.find((s) => (s.kind ?? 'section') === 'section')
  if (section) {
    throw new InputError(`Missing ${documentFileName(section)} in ${folder}, expected every Section of version ${base.id} (a record deletes a whole Appendix or Schedule, never a whole Section)`, {file: path.join(folder, documentFileName(section)), start: {line: 1, column: 1}})
  }
  return {sections, deleted: missing, file: folder}
}

/** Reads the drafter's edited section file, refusing one whose frontmatter names another version than `--base`. */
function readEdited(file: string, base: string | undefined): EditedFile {
  const text = readText(file)
  const document = documentOfFile(path.basename(file))
  const section = parseSection(text, file, document ? {letter: document.letter, kind: document.kind} : {})
  if (base !== undefined && section.version !== base) {
    const line = text.split('\n').findIndex((l) => /^version:/.test(l)) + 1
    throw new InputError(
      `Unexpected version "${section.version}" in the frontmatter of ${file}, expected "${base}" as given by --base: the file is a copy of ${section.version}, so a record drafted from it against ${base} would undo what changed between them (draft against ${section.version}, or edit a copy of sec-text/${base}/)`,
      {file, start: {line: Math.max(line, 1), column: 1}}
    )
  }
  return {section, text, file}
}
