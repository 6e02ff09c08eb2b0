import type {Command} from 'commander'
import type {CliContext} from '../context.js'
import {registerApply} from './apply.js'
import {registerHistory} from './history.js'
import {registerMod} from './mod.js'
import {registerPatch} from './patch.js'
import {registerRebase} from './rebase.js'
import {registerRelease} from './release.js'
import {registerVerify} from './verify.js'
import {registerAnnex} from './annex.js'
import {registerCheck} from './check.js'
import {registerDiff} from './diff.js'
import {registerFmt} from './fmt.js'
import {registerShow} from './show.js'
import {registerVersions} from './versions.js'

/** Every command, in the order `--help` lists them. Each is one file that calls the library. */
export const commands: Array<(program: Command, context: () => CliContext) => void> = [
  registerVersions,
  registerShow,
  registerFmt,
  registerCheck,
  registerDiff,
  registerAnnex,
  registerMod,
  registerApply,
  registerRelease,
  registerRebase,
  registerVerify,
  registerHistory,
  registerPatch
]
