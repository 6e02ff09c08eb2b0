import type {Registration} from '../command-loader.js'

/**
 * Every command, in the order `--help` lists them. Each is one file that calls the library, and
 * is loaded only when it runs (or when help lists them all), so a command pays at start-up only
 * for the libraries it uses.
 */
export const commandModules: ReadonlyArray<{name: string; load: () => Promise<Registration>}> = [
  {name: 'versions', load: async () => (await import('./versions.js')).registerVersions},
  {name: 'show', load: async () => (await import('./show.js')).registerShow},
  {name: 'fmt', load: async () => (await import('./fmt.js')).registerFmt},
  {name: 'check', load: async () => (await import('./check.js')).registerCheck},
  {name: 'diff', load: async () => (await import('./diff.js')).registerDiff},
  {name: 'annex', load: async () => (await import('./annex.js')).registerAnnex},
  {name: 'mod', load: async () => (await import('./mod.js')).registerMod},
  {name: 'mods', load: async () => (await import('./mods.js')).registerMods},
  {name: 'apply', load: async () => (await import('./apply.js')).registerApply},
  {name: 'release', load: async () => (await import('./release.js')).registerRelease},
  {name: 'rebase', load: async () => (await import('./rebase.js')).registerRebase},
  {name: 'verify', load: async () => (await import('./verify.js')).registerVerify},
  {name: 'history', load: async () => (await import('./history.js')).registerHistory},
  {name: 'patch', load: async () => (await import('./patch.js')).registerPatch},
  {name: 'import', load: async () => (await import('./import.js')).registerImport}
]
