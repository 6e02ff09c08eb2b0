/**
 * `cross-references`: every reference to a provision resolves in the same version.
 *
 * Recognised forms: "Section G3.18", "Section G3.18(a)", "Sections G3.17 and G3.20",
 * "Section G3.18(a) to (c)", "Section G3" (a part), "Section G" (a section), and "paragraph (b)"
 * (a sub-paragraph of the referring clause or of one of its ancestors), and "paragraph (b)(ii) of
 * the definition of Anomaly Detection Threshold" (a definition's paragraph, found by its term).
 * "this Section" names no provision and is not checked.
 *
 * "the table in Section F2.11" names the table of F2.11 ("the table in Section 2.11 of Appendix AB",
 * or "the table in Section 2.11" inside Appendix AB, names AB:2.11's): a provision that has no table
 * is a finding. "Table 2" names the second table of the citing document in document order, "Table 2
 * of Appendix AB" (or "in Schedule 11") another document's: a document with fewer tables is a finding.
 *
 * Appendices and Schedules: "Appendix AB", "Schedule 11", "Section 2.11 of Appendix AB",
 * "paragraph 3 of Schedule 11", and inside an Appendix "Section 2.11" (its own clause). An
 * Appendix or Schedule cited but absent from the version (no `appendix-az.md`) is a finding, and so
 * is an Appendix cited by a designation no Appendix can have ("Appendix ZZ").
 *
 * A reference to a Section the corpus does not hold (no `section-<letter>.md` in the version),
 * or to a clause outside the excerpt that a version's manifest declares, cannot be checked: it is
 * reported as "outside the corpus" with the severity of the `outside-corpus` option (default
 * `off`). A reference that should resolve and does not is reported with the rule's severity.
 *
 * Options:
 * - `outside-corpus`: `off` (default), `warn` or `error`.
 */
import {didYouMean} from '../../diagnostics/errors.js'
import type {Located, Place, Version} from '../../model/types.js'
import {citedDocumentIds, citedIds, mayCite} from '../text/references.js'
import {citeDocumentRef, documentOf, documentRefOf, parseDocumentReference} from '../../model/ids.js'
import {documentFileName} from '../../model/document-files.js'
import {findDocument} from '../../model/walk.js'
import {lintRule} from '../lint-rule.js'
import {placeOfText, textFields} from '../text/provision-fields.js'
import {indexVersion} from '../text/version-index.js'
import {SEVERITIES, type Severity} from '../types.js'
import {citedTables, mayCiteTable, numberedTables} from '../../model/table-references.js'
import {citeClauses, documentName, MISDESIGNATED_APPENDIX} from '../../model/ids.js'


export interface CrossReferencesOptions {
  outsideCorpus: Severity
}

interface Index {
  provisions: Map<string, Located>
  /** For suggestions: the clause numbers of each part (`G3`), the sub-paragraph IDs of each clause (`G3.18`). */
  nearby: Map<string, string[]>
  parts: Set<string>
  letters: Set<string>
}

export const crossReferences = lintRule<CrossReferencesOptions>({
  id: 'cross-references',
  summary: 'references such as "Section G3.18(a)" and "paragraph (b)" resolve to provisions of the same version',
  defaultSeverity: 'error',
  optionKeys: ['outside-corpus'],
  readOptions(reader) {
    return {outsideCorpus: reader.get('outside-corpus')?.oneOf(SEVERITIES) ?? 'off'}
  },
  check({version, options, report}) {
    const index = buildIndex(version)
    const has = (id: string): boolean => index.provisions.has(id)
    const definitions = definitionIds(version)
    // A provision cited more than once is looked for among its neighbours once.
    const suggestions = new Map<string, string>()
    const suggest = (id: string): string => {
      let suggestion = suggestions.get(id)
      if (suggestion === undefined) {
        suggestion = didYouMean(id, index.nearby.get(id.includes('(') ? id.slice(0, id.indexOf('(')) : partOf(id)) ?? [])
        suggestions.set(id, suggestion)
      }
      return suggestion
    }
    for (const textField of textFields(version)) {
      const {located, provision, text: whole} = textField
      // Paragraph by paragraph, so that each finding stands at its paragraph's line (a table cell at its own place).
      let offset = 0
      for (const text of whole.split('\n')) {
        const start = offset
        offset += text.length + 1
        // Most paragraphs cite nothing (each grammar needs one of these words), and only a finding needs its place.
        if (!mayCite(text) && !mayCiteTable(text)) continue
        let place: Place | undefined | null = null
        const placed = (): {place?: Place} => {
          if (place === null) place = placeOfText(textField, start)
          return place ? {place} : {}
        }
        for (const id of [...citedIds(text, located, has, (term) => definitions.get(term)), ...citedDocumentIds(text, located)]) {
          if (id.startsWith('[')) {
            report({reason: `Unexpected reference to paragraph ${id.slice(id.indexOf(']') + 1)} of the definition of ${id.slice(1, id.indexOf(']'))} in ${provision.id}, expected a term that version ${version.id} defines`, at: provision, ...placed()})
            continue
          }
          const outcome = resolve(id, version, index)
          if (outcome === 'found') continue
          if (outcome === 'outside') {
            if (options.outsideCorpus === 'off') continue
            report({
              reason: `Unexpected reference to ${id} outside the corpus, expected a provision that version ${version.id} holds (the corpus ${version.manifest.excerpt ? 'is an excerpt' : `has no ${citeDocumentRef(documentRefOf(id))}`})`,
              at: provision,
              ...placed(),
              severity: options.outsideCorpus
            })
            continue
          }
          // An Appendix or Schedule cited, whole or by a provision, that the version does not hold.
          const cited = /^(?:Appendix|Schedule) /.test(id) ? parseDocumentReference(id) : id.includes(':') ? documentOf(id) : undefined
          if (cited && !findDocument(version, cited)) {
            report({reason: `Unexpected reference to ${id} in ${provision.id}, expected a document of version ${version.id} (no ${documentFileName(cited)} in it)`, at: provision, ...placed()})
            continue
          }
          report({
            reason: `Unexpected reference to ${id} in ${provision.id}, expected a provision of version ${version.id}${suggest(id)}`,
            at: provision,
            ...placed()
          })
        }
        for (const match of text.matchAll(MISDESIGNATED_APPENDIX)) {
          report({reason: `Unexpected Appendix designation '${match[1] ?? ''}' in ${provision.id}, expected one letter (A to Z) or A and a letter (AA to AZ), as in Appendix AB`, at: provision, ...placed()})
        }
        for (const citation of citedTables(text, located)) {
          if (citation.kind === 'provision') {
            // A provision that is absent is the plain reference's finding; one without a table is the table's.
            const target = index.provisions.get(citation.provision)
            if (target && !target.provision.table) {
              report({reason: `Unexpected reference to ${citation.text.replace(/^T/, 't')} in ${provision.id}, expected a provision with a table (${target.provision.id} has none)`, at: provision, ...placed()})
            }
            continue
          }
          const document = findDocument(version, citation.document)
          if (!document) continue // An absent Appendix or Schedule is the document reference's finding.
          const tables = numberedTables(document)
          if (citation.number > tables.length) {
            const held = tables.length === 0 ? 'it has no table' : `it has ${tables.length === 1 ? '1 table' : `${tables.length} tables`}: ${tables.map((id, n) => `Table ${n + 1} in ${citeProvisionOf(id)}`).join(', ')}`
            report({reason: `Unexpected reference to ${citation.text} in ${provision.id}, expected a table of ${documentName(citation.document)} (${held})`, at: provision, ...placed()})
          }
        }
    }
      }
  },
  examples: [
    {
      name: 'references that resolve',
      kind: 'ok',
      markdown: [
        '**G3.17** A User shall comply with Section G3.18, Section G3.18(a) to (b) and Sections G3.17 and G3.18.',
        '',
        '**G3.18** The User shall:',
        '',
        '- (a) notify; and',
        '- (b) do what paragraph (a) requires.'
      ].join('\n')
    },
    {
      name: 'references to provisions the version does not have',
      kind: 'not-ok',
      markdown: [
        '**G3.17** A User shall comply with Section G3.19.',
        '',
        '**G3.18** The User shall:',
        '',
        '- (a) notify; and',
        '- (b) do what paragraph (c) and Section G3.18(a) to (d) require.'
      ].join('\n'),
      expected: [
        "9:1: Unexpected reference to G3.19 in G3.17, expected a provision of version 1.0; did you mean 'G3.17' or 'G3.18'?",
        "14:3: Unexpected reference to G3.18(c) in G3.18(b), expected a provision of version 1.0; did you mean 'G3.18(a)' or 'G3.18(b)'?",
        "14:3: Unexpected reference to G3.18(d) in G3.18(b), expected a provision of version 1.0; did you mean 'G3.18(a)' or 'G3.18(b)'?"
      ]
    },
    {
      name: "a definition's paragraph, cited by its term",
      kind: 'ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert Threshold** means the number of Alerts:',
        '  - (a) in a day; or',
        '  - (b) in a week.',
        '',
        '**G3.18** The User shall apply paragraph (b) of the definition of Alert Threshold.'
      ].join('\n')
    },
    {
      name: "a definition's paragraph that the definition does not have, and a term no definition defines",
      kind: 'not-ok',
      markdown: [
        '**G3.17** In this Section:',
        '',
        '- **Alert Threshold** means the number of Alerts in a day.',
        '',
        '**G3.18** The User shall apply paragraph (c) of the definition of Alert Threshold and paragraph (a) of the definition of Alarm Level.'
      ].join('\n'),
      expected: [
        "13:1: Unexpected reference to G3.17[Alert Threshold](c) in G3.18, expected a provision of version 1.0",
        '13:1: Unexpected reference to paragraph (a) of the definition of Alarm Level in G3.18, expected a term that version 1.0 defines'
      ]
    },
    {
      name: 'a reference to a table the provision does not have',
      kind: 'not-ok',
      markdown: [
        '**G3.17** The table in Section G3.18 applies, and so does the table in Section G3.19.',
        '',
        '**G3.18** The times are:',
        '',
        '| Party | Time |',
        '| --- | --- |',
        '| DCC | 5 Working Days |',
        '',
        '**G3.19** No table here.'
      ].join('\n'),
      expected: ['9:1: Unexpected reference to the table in Section G3.19 in G3.17, expected a provision with a table (G3.19 has none)']
    },
    {
      name: 'a numbered table the document does not have (tables are numbered in document order)',
      kind: 'not-ok',
      markdown: [
        '**G3.17** The times in Table 1 apply, and so do those in Table 2.',
        '',
        '**G3.18** The times are:',
        '',
        '| Party | Time |',
        '| --- | --- |',
        '| DCC | 5 Working Days |'
      ].join('\n'),
      expected: ['9:1: Unexpected reference to Table 2 in G3.17, expected a table of Section G (it has 1 table: Table 1 in Section G3.18)']
      },
      {
      name: 'references to an Appendix, a Schedule and their provisions that resolve, and an Appendix citing its own clause',
      kind: 'ok',
      documents: {
        'appendix-ab.md': ['## 2 Processing', '', '**2.1** The DCC shall receive each request.', '', '**2.2** The DCC shall process each request received under Section 2.1.'].join('\n'),
        'schedule-11.md': '**1** This Schedule applies to each Party.'
      },
      markdown: '**G3.17** A User shall comply with Appendix AB, Section 2.2 of Appendix AB and paragraph 1 of Schedule 11.'
    },
    {
      name: 'an Appendix and a Schedule cited but absent, and an Appendix clause it does not have',
      kind: 'not-ok',
      documents: {'appendix-ab.md': ['## 2 Processing', '', '**2.1** The DCC shall receive each request under Section 2.3.'].join('\n')},
      markdown: '**G3.17** A User shall comply with Section 2.11 of Appendix AZ, with Schedule 5 and with Section 2.2 of Appendix AB.',
      expected: [
        '9:1: Unexpected reference to AZ:2.11 in G3.17, expected a document of version 1.0 (no appendix-az.md in it)',
        '9:1: Unexpected reference to Schedule 5 in G3.17, expected a document of version 1.0 (no schedule-5.md in it)',
        "9:1: Unexpected reference to AB:2.2 in G3.17, expected a provision of version 1.0; did you mean 'AB:2.1'?",
        "12:1: Unexpected reference to AB:2.3 in AB:2.1, expected a provision of version 1.0; did you mean 'AB:2.1'?"
      ]
    },
    {
      name: 'an Appendix cited by a designation no Appendix can have',
      kind: 'not-ok',
      markdown: '**G3.17** A User shall comply with Appendix ZZ and with Appendix B2.',
      expected: [
        "9:1: Unexpected Appendix designation 'ZZ' in G3.17, expected one letter (A to Z) or A and a letter (AA to AZ), as in Appendix AB",
        "9:1: Unexpected Appendix designation 'B2' in G3.17, expected one letter (A to Z) or A and a letter (AA to AZ), as in Appendix AB"
      ]
    },
    {
      name: 'a reference outside the corpus, reported when configured',
      kind: 'not-ok',
      options: {'outside-corpus': 'warn'},
      markdown: '**G3.17** A User shall comply with Section H5.',
      expected: ['9:1: Unexpected reference to H5 outside the corpus, expected a provision that version 1.0 holds (the corpus has no Section H)']
    }
  ]
})

/** The ID of each term the version defines (`Anomaly Detection Threshold` → `A1.1[Anomaly Detection Threshold]`). */
function definitionIds(version: Version): Map<string, string> {
  const out = new Map<string, string>()
  for (const {provision} of indexVersion(version).provisions) {
    if (provision.kind === 'sub-paragraph' && provision.term !== undefined && !out.has(provision.term)) out.set(provision.term, provision.id)
  }
  return out
}

function buildIndex(version: Version): Index {
  const provisions = indexVersion(version).byId
  const parts = new Set<string>()
  for (const section of version.sections) for (const part of section.parts) if (part.id) parts.add(part.id)
  const nearby = new Map<string, string[]>()
  for (const id of provisions.keys()) {
    const paren = id.indexOf('(')
    const key = paren < 0 ? partOf(id) : id.slice(0, paren)
    if (paren < 0) parts.add(key)
    const list = nearby.get(key)
    if (list) list.push(id)
    else nearby.set(key, [id])
  }
  return {provisions, nearby, parts, letters: new Set(version.sections.filter((section) => (section.kind ?? 'section') === 'section').map((section) => section.letter))}
}

/** `G3` for `G3.18(a)`, the letter for a bare section letter. */
function partOf(id: string): string {
  const dot = id.indexOf('.')
  return dot < 0 ? id : id.slice(0, dot)
}

function resolve(id: string, version: Version, index: Index): 'found' | 'missing' | 'outside' {
  const whole = /^(?:Appendix|Schedule) /.test(id) ? parseDocumentReference(id) : undefined
  const document = whole ?? (id.includes(':') ? documentOf(id) : undefined)
  if (document) {
    // An Appendix or Schedule: the document first, then (for a provision) the provision in it.
    if (!findDocument(version, document)) return version.manifest.excerpt ? 'outside' : 'missing'
    if (whole) return 'found'
    if (index.provisions.has(id) || index.parts.has(id)) return 'found'
    return 'missing'
  }
  if (!index.letters.has(id.charAt(0))) return 'outside'
  if (id.length === 1) return 'found'
  if (!id.includes('.')) return index.parts.has(id) ? 'found' : version.manifest.excerpt ? 'outside' : 'missing'
  if (index.provisions.has(id)) return 'found'
  const clause = id.includes('(') ? id.slice(0, id.indexOf('(')) : id
  return version.manifest.excerpt && !index.provisions.has(clause) ? 'outside' : 'missing'
}

/** `Section F2.11`, `Section 2.11 of Appendix AB`, `paragraph 3 of Schedule 11`. */
function citeProvisionOf(id: string): string {
  return citeClauses([id])
}
