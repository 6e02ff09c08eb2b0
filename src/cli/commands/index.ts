import type {Command} from 'commander'
import type {CliContext} from '../context.js'
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
  registerAnnex
]
