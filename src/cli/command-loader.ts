import type {Command} from 'commander'
import type {CliContext} from './context.js'

/** A command's registration: adds it to the program. */
export type Registration = (program: Command, context: () => CliContext) => void

/** Global options that take a value, to find the command name in argv. */
const VALUE_OPTIONS = new Set(['--root'])

/** The command name in `argv` (after `node` and the script), or undefined. */
export function commandName(args: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ''
    if (VALUE_OPTIONS.has(arg)) index++
    else if (!arg.startsWith('-')) return arg
  }
  return undefined
}

/**
 * The registrations `argv` needs: only the named command's module, so that start-up costs only
 * what that command uses (loading every command's libraries takes more than `redline diff`'s
 * whole 0.5 s budget); all of them for `--help`, `help` or an unknown command, so that help and
 * "unknown command" messages list every command.
 */
export async function commandsFor(argv: readonly string[]): Promise<Registration[]> {
  const {commandModules} = await import('./commands/index.js')
  const name = commandName(argv.slice(2))
  const named = commandModules.find((command) => command.name === name)
  if (named) return [await named.load()]
  if (name === undefined && argv.some((arg) => arg === '--version' || arg === '-V')) return []
  return Promise.all(commandModules.map((command) => command.load()))
}
