/**
 * The names of the temporary files and folders sec-redline writes before renaming them into place:
 * `.redline-tmp-<pid>-<random>-<target name>`. Hidden, recognisable, and carrying the writer's
 * process ID, so readers skip them and the next write removes those whose writer has gone (after
 * a kill or a power cut).
 */
export const TEMPORARY_PREFIX = '.redline-tmp-'

const TEMPORARY_NAME = /^\.redline-tmp-(\d+)-[0-9a-f]+-/

/** The temporary name for `name`, written by this process. */
export function temporaryName(name: string, random: string, pid = process.pid): string {
  return `${TEMPORARY_PREFIX}${pid}-${random}-${name}`
}

/** Whether a file or folder name is one of sec-redline's temporary names. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name)
}

/** The process ID that wrote a temporary name, or undefined for any other name. */
export function temporaryOwner(name: string): number | undefined {
  const match = TEMPORARY_NAME.exec(name)
  return match ? Number(match[1]) : undefined
}
