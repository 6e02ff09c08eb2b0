import {isMap, isScalar, isSeq, type LineCounter, type Node} from 'yaml'
import {didYouMean, InputError} from '../../diagnostics/errors.js'
import type {Place} from '../../model/types.js'

/**
 * A value of `redline.config.yaml` with its key path and place, so that every configuration error
 * names the file, the line and the key: `redline.config.yaml:7:5: Unexpected number 3 for
 * 'rules.defined-terms.terms', expected a list of strings`.
 */
export class ConfigNode {
  readonly node: Node | null
  /** `rules.defined-terms.terms`. */
  readonly key: string
  readonly place: Place

  /** The place of the key this value stands under (the value's own place for list items and the root). */
  readonly keyPlace: Place

  constructor(node: Node | null, key: string, place: Place, readonly lines: LineCounter, keyPlace?: Place) {
    this.node = node
    this.key = key
    this.place = place
    this.keyPlace = keyPlace ?? place
  }

  /** A configuration error at this value: exit code 2. */
  fail(reason: string): never {
    throw new InputError(reason, this.place, 'config')
  }

  /** "Unexpected <what it is> for '<key>', expected <expected>". */
  unexpected(expected: string): never {
    this.fail(`Unexpected ${this.describe()} for '${this.key}', expected ${expected}`)
  }

  /** The plain JavaScript value. */
  value(): unknown {
    return this.node === null ? null : this.node.toJSON()
  }

  /** A mapping's entries, each with the place of its key. Fails on keys not in `known`. */
  entries(expected: string, known?: readonly string[]): Array<[string, ConfigNode]> {
    if (!isMap(this.node)) this.unexpected(expected)
    const out: Array<[string, ConfigNode]> = []
    for (const pair of this.node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const keyNode = isScalar(pair.key) ? pair.key : null
      const place = keyNode?.range ? this.placeAt(keyNode.range[0]) : this.place
      const path = this.key === '' ? name : `${this.key}.${name}`
      if (known && !known.includes(name)) {
        throw new InputError(
          `Unknown key '${path}', expected one of ${known.map((k) => `'${k}'`).join(', ')}${didYouMean(name, known)}`,
          place,
          'config'
        )
      }
      const value = (pair.value ?? null) as Node | null
      out.push([name, new ConfigNode(value, path, value?.range ? this.placeAt(value.range[0]) : place, this.lines, place)])
    }
    return out
  }

  /** A mapping's value by key, or undefined. */
  get(name: string): ConfigNode | undefined {
    if (!isMap(this.node)) return undefined
    return this.entries('a mapping').find(([key]) => key === name)?.[1]
  }

  string(expected = 'a string'): string {
    if (isScalar(this.node) && typeof this.node.value === 'string' && this.node.value.trim() !== '') return this.node.value
    this.unexpected(expected)
  }

  boolean(): boolean {
    if (isScalar(this.node) && typeof this.node.value === 'boolean') return this.node.value
    this.unexpected('true or false')
  }

  oneOf<T extends string>(values: readonly T[]): T {
    const expected = `one of ${values.map((v) => `'${v}'`).join(', ')}`
    const value = this.string(expected)
    if ((values as readonly string[]).includes(value)) return value as T
    this.fail(`Unexpected '${value}' for '${this.key}', expected ${expected}${didYouMean(value, values)}`)
  }

  /** The items of a sequence. */
  list(expected: string): ConfigNode[] {
    if (!isSeq(this.node)) this.unexpected(expected)
    return this.node.items.map((item, index) => {
      const node = (item ?? null) as Node | null
      return new ConfigNode(node, `${this.key}[${index}]`, node?.range ? this.placeAt(node.range[0]) : this.place, this.lines)
    })
  }

  /** A list of non-empty strings, each with its place. */
  strings(expected = 'a list of strings'): Array<{value: string; place: Place}> {
    return this.list(expected).map((item) => ({value: item.string(expected), place: item.place}))
  }

  placeAt(offset: number): Place {
    const {line, col} = this.lines.linePos(offset)
    return {file: this.place.file, start: {line, column: col}}
  }

  describe(): string {
    if (this.node === null) return 'empty value'
    if (isMap(this.node)) return 'mapping'
    if (isSeq(this.node)) return 'list'
    if (isScalar(this.node)) {
      const value = this.node.value
      if (value === null) return 'empty value'
      if (typeof value === 'string') return `string ${JSON.stringify(value)}`
      return `${typeof value} ${String(value)}`
    }
    return 'value'
  }
}
