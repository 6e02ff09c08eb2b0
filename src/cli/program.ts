import {Command, Option} from 'commander'
import {createRequire} from 'node:module'
import type {Registration} from './command-loader.js'
import type {CliContext} from './context.js'
import {createContext} from './context.js'

const require = createRequire(import.meta.url)
const {version} = require('../../package.json') as {version: string}

export interface GlobalOptions {
  root: string
  color: boolean
}

/**
 * The `redline` program: global options and the commands. Actions receive a context built from
 * the global options once they are parsed.
 */
export function createProgram(
  io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream},
  commands: readonly Registration[]
): {program: Command; context: () => CliContext} {
  const program = new Command('redline')
  let ctx: CliContext | undefined
  const context = (): CliContext => (ctx ??= createContext(program.opts<GlobalOptions>(), io))
  program
    .description('The UK Smart Energy Code as versioned, structured text: show, apply, redline, diff and check its changes.')
    .version(version, '-V, --version', 'print the version of sec-redline')
    .addOption(new Option('--root <dir>', 'corpus root holding sec-text/ and modifications/').default('.'))
    .option('--no-color', 'no ANSI colour (also: NO_COLOR, or output that is not a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text)
    })
    .exitOverride()
  for (const register of commands) register(program, context)
  for (const command of program.commands) {
    command.exitOverride().configureOutput({writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void io.stderr.write(text)})
  }
  return {program, context: () => context()}
}
