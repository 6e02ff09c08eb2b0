import type {Command} from 'commander'
import {UsageError} from '../../diagnostics/errors.js'
import {versionAsAt} from '../../corpus/version-as-at.js'
import {provisionToJson} from '../../render/provision-json.js'
import {provisionTerminalText} from '../../render/history-text.js'
import {asAtLine, locatedStateOn, partAsAtLine, partStateOn, partsStatusEntries, statusEntries, statusEntryLine, withStatusMarkdown, withStatusText} from '../../render/status-text.js'
import {serializeProvision} from '../../serialize/serialize-clause.js'
import type {CliContext} from '../context.js'
import {parseDocumentReference, splitTableId} from '../../model/ids.js'
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
    .description('print a clause or sub-paragraph (G3.20, G3.20(b), AB:2.11), a part (G3, AB:2), a whole Appendix or Schedule (AB, "Appendix AB", Sch11), a table (F2.11/table) or a table row (F2.11/table/3), with its in-force status')
    .argument('<clause-id>', "provision ID, e.g. 'G3.20(b)' or 'AB:2.11(a)' (quote the brackets in a shell)")
    .option('--at <version>', 'version to read (default: the latest)', safeId)
    .option('--as-at <date>', 'read the version in force on a date (YYYY-MM-DD, from the manifests\' effective dates) and say whether the provision was in force then')
    .option('--format <format>', 'text, md or json', choice(['text', 'md', 'json']), 'text')
    .action((id: string, options: {at?: string; asAt?: string; format: 'text' | 'md' | 'json'}) => {
      const ctx = context()
      const corpus = ctx.corpus()
      if (options.at !== undefined && options.asAt !== undefined) throw new UsageError('Unexpected --at with --as-at, expected one of them: a version, or a date to find the version in force on it')
      const version = options.asAt !== undefined ? versionAsAt(corpus, options.asAt) : (options.at ?? corpus.latest())
      const effective = corpus.manifest(version).effective
      const whole = findWhole(corpus.version(version), id)
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
      const tableId = splitTableId(id)
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
        if (options.format === 'json') ctx.stdout(JSON.stringify({...tableToJson(located, shown, version, tableId.row), statuses, ...asAt}, null, 2))
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
