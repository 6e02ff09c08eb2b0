import type {Command} from 'commander'
import {didYouMean, UsageError} from '../../diagnostics/errors.js'
import {versionAsAt} from '../../corpus/version-as-at.js'
import {provisionToJson} from '../../render/provision-json.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {asAtLine, locatedStateOn, partAsAtLine, partStateOn, partsStatusEntries, statusEntries, statusEntryLine, withStatusMarkdown, withStatusText} from '../../render/status-text.js'
import {serializeProvision} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {citeClauses, documentId, documentName, parseDocumentReference, splitTableId} from '../../model/ids.js'
import {numberedTables, parseNumberedTable} from '../../model/table-references.js'
import {tableMarkdown, tableOrRow, tableTerminalText, tableToJson} from '../../render/table-show.js'
import type {Part, Section, Version} from '../../model/types.js'
import {findDocument, findPart, findProvision} from '../../model/walk.js'
import {documentTerminalText, documentToJson} from '../../render/document-text.js'
import {serializeSection} from '../../serialize/serialize-section.js'
import {choice, safeId} from '../options.js'

/** `redline show <clause-id>`: one clause or sub-paragraph of a version, with its in-force status. */
export function registerShow(program: Command, context: () => CliContext): void {
  program
    .command('show')
    .description('print a clause or sub-paragraph (G3.20, G3.20(b), AB:2.11), a part (G3, AB:2), a whole Appendix or Schedule (AB, "Appendix AB", Sch11), a table (F2.11/table, "Table 2 of Appendix AB", or "Table 2" --in AB) or a table row (F2.11/table/3), with its in-force status')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' or 'AB:2.11(a)' (quote the brackets in a shell)")
    .option('--at <version>', 'version to read (default: the latest)', safeId)
    .option('--as-at <date>', 'read the version in force on a date (YYYY-MM-DD, from the manifests\' effective dates) and say whether the provision was in force then')
    .option('--in <document>', 'the document of a numbered table ("Table 2" --in AB, "Appendix AB", Sch11, F)')
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .action((id: string, options: {at?: string; asAt?: string; in?: string; format: 'text' | 'md' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      if (options.at !== undefined && options.asAt !== undefined) throw new UsageError('Unexpected --at with --as-at, expected one of them: a version, or a date to find the version in force on it')
      const version = options.asAt !== undefined ? versionAsAt(corpus, options.asAt) : (options.at ?? corpus.latest())
      const effective = corpus.manifest(version).effective
      const numbered = numberedTableOf(corpus.version(version), id, options.in)
      const whole = numbered ? undefined : findWhole(corpus.version(version), id)
      if (whole) {
        const statuses = partsStatusEntries(whole.parts)
        const lines = statuses.map(statusEntryLine)
        // A part read as at a date says whether the part was in force then.
        const part = whole.parts.length === 1 && whole.parts !== whole.section.parts ? whole.parts[0] : undefined
        const partAsAt = part?.id != null && options.asAt !== undefined ? {part: {...part, id: part.id}, date: options.asAt} : undefined
        if (partAsAt) lines.push(partAsAtLine(partAsAt.part, partAsAt.date, version, effective))
        const asAt = partAsAt ? {asAt: {date: partAsAt.date, effective: effective ?? null, state: partStateOn(partAsAt.part, partAsAt.date).state}} : {}
        if (options.format === 'json') ctx.stdout(JSON.stringify({...documentToJson(whole.section, version, whole.parts), statuses, ...asAt}, null, 2))
        else if (options.format === 'md') ctx.stdout(whole.parts === whole.section.parts ? serializeSection(whole.section).trimEnd() : serializeSection({...whole.section, parts: whole.parts}).trimEnd())
        else ctx.stdout(withStatusText(documentTerminalText(whole.section, whole.parts), lines))
        return
      }
      const tableId = numbered ? {provision: numbered.provision, row: undefined} : splitTableId(id)
      const located = corpus.find(version, tableId ? tableId.provision : id)
      const statuses = statusEntries(located)
      const lines = statuses.map(statusEntryLine)
      if (options.asAt !== undefined) lines.push(asAtLine(located, options.asAt, version, effective))
      const asAt = options.asAt === undefined ? {} : {asAt: {date: options.asAt, effective: effective ?? null, state: locatedStateOn(located, options.asAt).state}}
      if (tableId) {
        const table = located.provision.table
        if (!table) throw new UsageError(`Unknown table '${id}' in version ${version}: ${tableId.provision} has no table, expected a provision with a table`)
        if (tableId.row !== undefined && tableId.row > table.rows.length) {
          throw new UsageError(`Unknown row '${id}' in version ${version}: the table in ${tableId.provision} has ${table.rows.length} row${table.rows.length === 1 ? '' : 's'}, expected ${table.id}/1 to ${table.id}/${table.rows.length}`)
        }
        const shown = tableOrRow(table, tableId.row)
        const number = numbered ? {number: numbered.number} : {}
        if (options.format === 'json') ctx.stdout(JSON.stringify({...tableToJson(located, shown, version, tableId.row), ...number, statuses, ...asAt}, null, 2))
        else ctx.stdout(options.format === 'md' ? withStatusMarkdown(tableMarkdown(shown), lines) : withStatusText(tableTerminalText(shown), lines))
        return
      }
      if (options.format === 'json') ctx.stdout(JSON.stringify({...provisionToJson(located, version), statuses, ...asAt}, null, 2))
      else if (options.format === 'md') ctx.stdout(withStatusMarkdown(serializeProvision(located.provision), lines))
      else ctx.stdout(withStatusText(provisionTerminalText(located.provision), lines))
    })
}

/**
 * A whole document (`AB`, `Appendix AB`, `Sch11`, `G`) or a part (`G3`, `AB:2`) the ID names,
 * or undefined for a provision ID. A paragraph of a Schedule without parts (`Sch11:3`) is a
 * provision, found first.
 */
function findWhole(version: Version, id: string): {section: Section; parts: Part[]} | undefined {
  const document = parseDocumentReference(id)
  const section = document && findDocument(version, document)
  if (section) return {section, parts: section.parts}
  if (findProvision(version, id)) return undefined
  const found = findPart(version, id)
  return found && {section: found.section, parts: [found.part]}
}

/**
 * The provision holding a numbered table ("Table 2 of Appendix AB", or "Table 2" with `--in AB`):
 * the document's tables counted in document order, as the code numbers them; undefined when the
 * ID names no numbered table. An unknown document or a number the document does not reach is a
 * usage error (exit 2) naming the tables it holds.
 */
function numberedTableOf(version: Version, id: string, within: string | undefined): {provision: string; number: number} | undefined {
  const reference = parseNumberedTable(id)
  if (!reference) {
    if (within !== undefined) throw new UsageError(`Unexpected --in ${within} with '${id}', expected a numbered table such as "Table 2" (--in names its document)`)
    return undefined
  }
  const given = within === undefined ? undefined : parseDocumentReference(within)
  if (within !== undefined && !given) throw new UsageError(`Unknown document '${within}' for --in, expected a document such as AB, "Appendix AB", Sch11 or F`)
  if (reference.document && given && documentName(reference.document) !== documentName(given)) {
    throw new UsageError(`Unexpected --in ${within} with '${id}', expected one document: '${id}' names ${documentName(reference.document)}`)
  }
  const document = reference.document ?? given
  if (!document) throw new UsageError(`Unexpected '${id}' without its document, expected "${id} of Appendix AB", "${id} in Schedule 11" or '${id}' --in <document>`)
  const section = findDocument(version, document)
  if (!section) throw new UsageError(`Unknown document ${documentName(document)} in version ${version.id}, expected a document of that version${didYouMean(documentId(document), version.sections.map(documentId))}`)
  const tables = numberedTables(section)
  const provision = tables[reference.number - 1]
  if (provision === undefined) {
    const held = tables.length === 0 ? 'it has no table' : `it has ${tables.length === 1 ? '1 table' : `${tables.length} tables`}: ${tables.map((table, n) => `Table ${n + 1} in ${citeClauses([table])}`).join(', ')}`
    throw new UsageError(`Unknown table 'Table ${reference.number}' of ${documentName(document)} in version ${version.id}, expected ${tables.length === 0 ? 'a document with tables' : `Table 1${tables.length === 1 ? '' : ` to Table ${tables.length}`}`} (${held})`)
  }
  return {provision, number: reference.number}
}
