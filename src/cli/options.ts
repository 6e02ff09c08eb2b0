import {InvalidArgumentError} from 'commander'
import {idProblem} from '../model/ids.js'

/** A commander argument parser that accepts one of `values`. */
export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T
    throw new InvalidArgumentError(`expected one of ${values.join(', ')}`)
  }
}

/** A commander argument parser for version and modification IDs: no path characters. */
export function safeId(value: string): string {
  const problem = idProblem(value)
  if (problem === undefined) return value
  throw new InvalidArgumentError(`'${value}' is not a valid ID, ${problem}`)
}
