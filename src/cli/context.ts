import pc from 'picocolors'
import type {Corpus} from '../corpus/corpus.js'
import {openCorpus} from '../corpus/corpus.js'
import {createProgressLine, type ProgressLine} from './progress-line.js'

/** Exit codes, the same for every command. */
export const EXIT = {ok: 0, findings: 1, usage: 2} as const

/** What every command gets: where the corpus is, how to print, whether to colour. */
export interface CliContext {
  /** The corpus root given by `--root` (default: the current folder). */
  root: string
  /** Whether output may use ANSI colour. */
  color: boolean
  /** Whether standard output is a terminal. */
  isTTY: boolean
  colors: ReturnType<typeof pc.createColors>
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** A progress line on standard error, drawn only when it is a terminal (never in CI or piped output). */
  progress: ProgressLine
  /** The exit code the command asks for. */
  exitCode: number
  /** The corpus, opened on first use. */
  corpus: () => Corpus
}

export interface ContextOptions {
  root?: string
  color?: boolean
}

/** Builds the context from the global options and the environment. */
export function createContext(options: ContextOptions, io: {stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream}): CliContext {
  const env = process.env
  const isTTY = Boolean(io.stdout.isTTY)
  const color =
    options.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== '') && (isTTY || ('FORCE_COLOR' in env && env.FORCE_COLOR !== '0'))
  let corpus: Corpus | undefined
  const root = options.root ?? '.'
  return {
    root,
    color,
    isTTY,
    colors: pc.createColors(color),
    stdout: (text) => void io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`),
    stderr: (text) => void io.stderr.write(text.endsWith('\n') || text === '' ? text : `${text}\n`),
    progress: createProgressLine(io.stderr),
    exitCode: EXIT.ok,
    corpus: () => (corpus ??= openCorpus(root))
  }
}
