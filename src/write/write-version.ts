import path from 'node:path'
import {pathKind} from '../read/read-text.js'
import {writeFolderAtomic} from './write-atomic.js'
import type {Notify} from './temporary-paths.js'

/**
 * Writes a new version folder `sec-text/<id>/` under the corpus root, all or nothing. Where the
 * root has no `sec-text/` yet (the first version of a store), `sec-text/` is built with the version
 * in it under a temporary name and renamed into place, so a failed run leaves no empty `sec-text/`.
 */
export function writeVersionFolder(root: string, id: string, files: ReadonlyArray<{name: string; data: string | Uint8Array}>, notify?: Notify): void {
  const store = path.join(root, 'sec-text')
  if (pathKind(store, 'sec-text') === 'missing') writeFolderAtomic(store, files.map((file) => ({name: `${id}/${file.name}`, data: file.data})), notify)
  else writeFolderAtomic(path.join(store, id), files, notify)
}
