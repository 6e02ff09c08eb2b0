/** Moved to the layout stage: `src/layout/provision-paragraphs.ts` (kept so renderers written against the old path still build). */
export * from '../layout/provision-paragraphs.js'
