import {readText} from '../read/read-text.js'
import {InputError} from '../diagnostics/errors.js'
import type {Version} from '../model/types.js'
import {applyInstructions} from './apply-instructions.js'
import {parseInstructions} from './parse-instructions.js'

/** Reads an amending-instructions file (`redline annex --format instructions`) and applies it to a copy of `base`. */
export function applyInstructionFile(base: Version, file: string): Version {
  const source = readText(file)
  if (source.trim() === '') throw new InputError('No instructions: the file is empty, expected amending instructions such as those `redline annex --format instructions` writes', {file, start: {line: 1, column: 1}})
  return applyInstructions(base, parseInstructions(source, file))
}
