import {readFileSync} from 'node:fs'
import {InputError} from '../diagnostics/errors.js'
import type {Version} from '../model/types.js'
import {applyInstructions} from './apply-instructions.js'
import {parseInstructions} from './parse-instructions.js'

/** Reads an amending-instructions file (`redline annex --format instructions`) and applies it to a copy of `base`. */
export function applyInstructionFile(base: Version, file: string): Version {
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch (error) {
    throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}, expected a readable instructions file`, {file, start: {line: 1, column: 1}})
  }
  return applyInstructions(base, parseInstructions(source, file))
}
