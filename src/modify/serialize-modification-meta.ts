import {stringify} from 'yaml'
import type {ModificationMeta} from './modification-types.js'

/** The text of `modification.md`: frontmatter keys in a fixed order, then the body. */
export function serializeModificationMeta(meta: ModificationMeta): string {
  const ordered: Record<string, unknown> = {id: meta.id, title: meta.title, kind: meta.kind, base: meta.base}
  if (meta.target !== undefined) ordered.target = meta.target
  ordered.status = meta.status
  for (const key of ['route', 'proposer', 'representative'] as const) if (meta[key] !== undefined) ordered[key] = meta[key]
  if (Object.keys(meta.dates).length > 0) ordered.dates = meta.dates
  ordered.author = meta.author
  if (meta.classification !== undefined) ordered.classification = meta.classification
  if (meta.paper !== undefined) ordered.paper = meta.paper
  if (meta.legalTextVersion !== undefined) ordered['legal-text-version'] = meta.legalTextVersion
  const yaml = stringify(ordered, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0})
  return `---\n${yaml}---\n${meta.body === '' ? '' : `\n${meta.body}\n`}`
}
