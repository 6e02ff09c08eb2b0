import {CommanderError} from 'commander'
import {formatMessage, RedlineError} from '../diagnostics/errors.js'
import {EXIT} from './context.js'
import {commandsFor} from './command-loader.js'
import {createProgram} from './program.js'

/**
 * Runs the CLI and returns its exit code: 0 success, 1 findings, 2 usage or input error.
 * Errors the user caused print as `file:line:col: message`; a stack trace only with DEBUG set.
 */
export async function main(argv: readonly string[], io = {stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  const {program, context} = createProgram(io, await commandsFor(argv))
  try {
    await program.parseAsync([...argv])
    return context().exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok
      return EXIT.usage
    }
    if (error instanceof RedlineError) {
      for (const message of error.messages) io.stderr.write(`redline: ${formatMessage(message)}\n`)
      if (process.env.DEBUG) io.stderr.write(`${error.stack ?? ''}\n`)
      return error.exitCode
    }
    const reason = error instanceof Error ? error.message : String(error)
    io.stderr.write(`redline: internal error: ${reason}${process.env.DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set DEBUG=1 for a stack trace)'}\n`)
    return 3
  }
}
