import {describe, expect, it} from 'vitest'
import {changeRecordsBetween} from '../../src/diff/change-records.js'
import type {Manifest} from '../../src/model/types.js'

const manifests: Record<string, Manifest> = {
  '5.19': {version: '5.19', base: null, changes: [], source: 's'},
  '5.20': {version: '5.20', base: '5.19', changes: ['SEC520'], source: 's'},
  '6.17': {version: '6.17', base: '5.20', changes: [], source: 's'},
  '6.21': {version: '6.21', base: '6.17', changes: ['MP087', 'MP100'], source: 's'},
  loop: {version: 'loop', base: 'loop', changes: ['X'], source: 's'}
}
const of = (id: string): Manifest | undefined => manifests[id]

describe('changeRecordsBetween', () => {
  it('follows the base chain forward', () => {
    expect(changeRecordsBetween(manifests['5.19'] ?? null, manifests['6.21'] ?? null, of)).toEqual({
      direction: 'forward',
      ids: ['SEC520', 'MP087', 'MP100'],
      chain: [{version: '5.20', changes: ['SEC520']}, {version: '6.17', changes: []}, {version: '6.21', changes: ['MP087', 'MP100']}]
    })
  })
  it('reads the chain backward when the diff runs back in time', () => {
    expect(changeRecordsBetween(manifests['6.21'] ?? null, manifests['6.17'] ?? null, of)).toMatchObject({direction: 'backward', ids: ['MP087', 'MP100']})
  })
  it('says when nothing links the sides, and never loops', () => {
    expect(changeRecordsBetween(manifests.loop ?? null, manifests['6.17'] ?? null, of).direction).toBe('unknown')
    expect(changeRecordsBetween(null, manifests['6.17'] ?? null, of).direction).toBe('unknown')
    expect(changeRecordsBetween(manifests['6.17'] ?? null, manifests['6.17'] ?? null, of).direction).toBe('same')
  })
})
