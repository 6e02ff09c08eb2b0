/** Moved to the layout stage: `src/layout/annex-cover.ts` (kept so renderers written against the old path still build). */
export * from '../layout/annex-cover.js'
