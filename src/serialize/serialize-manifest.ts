import {stringify} from 'yaml'
import type {Manifest} from '../model/types.js'

/** The canonical text of a manifest, keys in a fixed order. */
export function serializeManifest(manifest: Manifest): string {
  const ordered: Record<string, unknown> = {version: manifest.version, base: manifest.base, changes: manifest.changes}
  if (manifest.release !== undefined) ordered.release = manifest.release
  if (manifest.effective !== undefined) ordered.effective = manifest.effective
  ordered.source = manifest.source
  if (manifest.excerpt !== undefined) ordered.excerpt = manifest.excerpt
  return stringify(ordered, {defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false})
}
