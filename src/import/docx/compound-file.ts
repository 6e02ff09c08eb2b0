/**
 * The stream names of a Compound File (the container of an encrypted Office document and of a
 * legacy `.doc`), read from its directory: the header gives the sector size, the FAT's sectors
 * (the first 109, enough for files of some 7 MB with 512-byte sectors) and the directory's first
 * sector; the directory's sectors are followed through the FAT. Undefined where the file is too
 * short or damaged to say.
 */
export function compoundFileStreams(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(30, true)
  if (shift !== 9 && shift !== 12) return undefined
  const size = 1 << shift
  const sectorAt = (sector: number): number => (sector + 1) * size
  const fatSectors: number[] = []
  const fatCount = Math.min(view.getUint32(44, true), 109)
  for (let index = 0; index < fatCount; index++) fatSectors.push(view.getUint32(76 + index * 4, true))
  const next = (sector: number): number | undefined => {
    const perSector = size / 4
    const fatSector = fatSectors[Math.floor(sector / perSector)]
    if (fatSector === undefined) return undefined
    const at = sectorAt(fatSector) + (sector % perSector) * 4
    return at + 4 <= bytes.length ? view.getUint32(at, true) : undefined
  }
  const names: string[] = []
  const seen = new Set<number>()
  // Sector numbers from 0xFFFFFFFA up are markers (end of chain, free, FAT): the chain ends there.
  for (let sector: number | undefined = view.getUint32(48, true); sector !== undefined && sector < 0xfffffffa && !seen.has(sector); sector = next(sector)) {
    seen.add(sector)
    const start = sectorAt(sector)
    if (start + size > bytes.length) return undefined
    for (let entry = start; entry < start + size; entry += 128) {
      const length = view.getUint16(entry + 64, true)
      if (length < 2 || length > 64) continue
      let name = ''
      for (let at = 0; at < length - 2; at += 2) name += String.fromCharCode(view.getUint16(entry + at, true))
      names.push(name)
    }
  }
  return names
}
