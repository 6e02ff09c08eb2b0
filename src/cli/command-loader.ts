import type {Command} from 'commander'
import type {CliContext} from './context.js'

/** A command's registration: adds it to the program. */
export type Registration = (program: Command, context: () => CliContext) => void

/**
 * Commands that register and run without loading the other commands' modules, so that their
 * start-up costs only what they use (`redline diff` on the full code has a 0.5 s budget, and
 * loading every command's libraries takes most of it). Every other invocation, `--help` included,
 * loads all commands from `commands/index.ts`.
 */
const STANDALONE: Record<string, () => Promise<Registration>> = {
  diff: async () => (await import('./commands/diff.js')).registerDiff
}

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

/** The registrations `argv` needs: one standalone command, or all of them. */
export async function commandsFor(argv: readonly string[]): Promise<Registration[]> {
  const name = commandName(argv.slice(2))
  const standalone = name === undefined ? undefined : STANDALONE[name]
  if (standalone) return [await standalone()]
  return (await import('./commands/index.js')).commands
}
