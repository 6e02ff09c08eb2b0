import {CommanderError} from 'commander'
import {formatMessage, RedlineError} from '../diagnostics/errors.js'
import {describeFailure} from '../read/read-text.js'
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
      // `commander.help` is help shown because no command was given (`redline`, `redline mod`): a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok
      if (error.code === 'commander.help' && argv.slice(2).includes('help')) return EXIT.ok
      return EXIT.usage
    }
    if (error instanceof RedlineError) {
      for (const message of error.messages) io.stderr.write(`redline: ${formatMessage(message)}\n`)
      if (process.env.DEBUG) io.stderr.write(`${error.stack ?? ''}\n`)
      return error.exitCode
    }
    const failure = fileSystemFailure(error)
    if (failure) {
      io.stderr.write(`redline: ${failure}\n`)
      if (process.env.DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`)
      return EXIT.usage
    }
    const reason = error instanceof Error ? error.message : String(error)
    io.stderr.write(`redline: internal error: ${reason}${process.env.DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set DEBUG=1 for a stack trace)'}\n`)
    return 3
  }
}

/**
 * A file system error that reached the top without being named by the reader or writer (a guard:
 * every read and write goes through src/read/ and src/write/): still bad input, exit 2, with the path.
 */
function fileSystemFailure(error: unknown): string | undefined {
  const {code, path: file, syscall} = (error ?? {}) as NodeJS.ErrnoException
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof file !== 'string') return undefined
  return `${file}:1:1: Cannot ${syscall === 'open' || syscall?.startsWith('read') || syscall === 'scandir' || syscall === 'stat' ? 'read' : 'write'} ${file}: ${describeFailure(error)}`
}
