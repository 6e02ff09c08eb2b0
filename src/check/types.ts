import type {Place, Provision, Version} from '../model/types.js'
import type {Lineage} from './lineage.js'

/** How much a rule's findings matter: `off` runs nothing, `warn` reports, `error` fails the check. */
export type Severity = 'off' | 'warn' | 'error'

export const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error']

/**
 * A fix a rule proposes: replace `start`..`end` (offsets in UTF-16 code units) of one text field
 * of one provision with `text`. Rules return fixes; they never edit files. One fixer applies them
 * (`applyFixes`), and `redline check --fix` writes the result as a draft modification.
 */
export interface Fix {
  /** The version the offsets refer to. */
  version: string
  /** `G3.20(b)`. */
  provisionId: string
  /** The lead-in text or the text after the sub-paragraphs. */
  field: 'text' | 'tail'
  start: number
  end: number
  /** The replacement. */
  text: string
}

/** Where a finding points: a provision (its place in `sec-text/`) or a place in another file. */
export type Target = Provision | Place

/** What a rule reports; the rule wrapper turns it into a {@link CheckMessage}. */
export interface Finding {
  /** "Unexpected X, expected Y". */
  reason: string
  at: Target
  /** Where in the provision `at` names: a later paragraph of its lead-in, its tail or the text between two lists (the provision's own place where absent). */
  place?: Place
  /** The related place: the clause it should match, the term it nearly spells. */
  cause?: {reason: string; at: Target}
  /** What the text says, where it differs. */
  actual?: string
  /** What it should say. */
  expected?: string[]
  /** Longer explanation, shown by verbose reporters. */
  note?: string
  fixes?: Fix[]
  /** A severity set by one of the rule's options for this kind of finding (cross-references' `outside-corpus`). */
  severity?: Exclude<Severity, 'off'>
}

/**
 * What a check run knows besides the version: where the version came from (its base and the
 * change records that built it) and the groups of provisions that other rules already hold to the
 * same wording. Absent when a version is checked on its own (a rule example, a file outside a corpus).
 */
export interface RuleEnvironment {
  lineage?: Lineage
  /** Provision IDs configured as parallel (each list one group, by `parallel-wording`): never reported twice. */
  parallelGroups?: ReadonlyArray<readonly string[]>
}

/** What a rule's check function gets for one version. */
export interface RuleContext<Options> extends RuleEnvironment {
  version: Version
  options: Options
  report: (finding: Finding) => void
}

/**
 * A rule example, run by the shared rule test: `markdown` is the body of a section file (the
 * clauses of Section G, without frontmatter), `expected` the messages as `line:column: reason`
 * (lines counted in the whole file the test builds, whose clauses start at line 9).
 */
export interface RuleExample {
  name: string
  kind: 'ok' | 'not-ok'
  /** Options as they would be written in `redline.config.yaml` under the rule. */
  options?: Record<string, unknown>
  markdown: string
  expected?: string[]
  /** For examples with fixes: the text of the provisions after the fixes, by ID. */
  fixed?: Record<string, string>
  /**
   * For rules that compare a version with its base: the body of the base's section file (version
   * 0.9) and the ID of the change record that built the example's version (1.0) from it.
   */
  base?: {markdown: string; record: string}
  /** Lines of the frontmatter `status:` map the example's section file carries (`  "G3.2": {commences: "direction"}`). */
  status?: string[]
  /** The effective date of the example's version, `YYYY-MM-DD`. */
  effective?: string
  /**
   * Appendices and Schedules the example's version also holds, by file name (`appendix-ab.md`,
   * `schedule-11.md`): the body under the document's title, which starts at line 10 of an
   * Appendix's file (its frontmatter gives it the document version `V1.0`) and line 9 of a Schedule's.
   */
  documents?: Record<string, string>
}
