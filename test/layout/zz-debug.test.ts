import {it} from 'vitest'
import {buildAnnex} from '../../src/annex/build-annex.js'
import {layoutAnnex} from '../../src/layout/annex-layout.js'
import {redlineSections} from '../../src/redline/redline-sections.js'
import {mp087Meta} from '../annex/fixtures.js'
it('debug', () => {
  const c = JSON.parse(process.env.CASE ?? '') as [{before: never; after: never}, 'heading']
  const annex = buildAnnex(mp087Meta, redlineSections([c[0].before], [c[0].after]), c[1])
  console.log(JSON.stringify(annex.sections.map((s) => s.statuses)), JSON.stringify(annex.redline.sections.map((s) => s.partStatuses)))
  for (const b of layoutAnnex(annex).sections.flatMap((s) => s.blocks)) console.log(JSON.stringify(b).slice(0, 300))
})
