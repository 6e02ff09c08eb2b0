import {printedNumber} from '../model/ids.js'
import {provisionBodyText, sameProvisionBody} from '../model/provision-text.js'
import type {Clause, InForce, Provision, SubParagraph} from '../model/types.js'
import {provisionsOfClause} from '../model/walk.js'
import type {ClauseRedline, ProvisionRedline, ProvisionStatus} from './document.js'
import {redlineParagraphText} from './paragraph-redline.js'
import {hasChanges, type Run, wholeRuns} from './run.js'
import {pairInOrder, pairInOrderWith, pairSimilarExcept, SIMILAR_ENOUGH} from './pair-in-order.js'
import {tableChanged, tableRedline} from './table-redline.js'

/** Where a clause stands in one version: its part and the part's title, its cross-heading, and its group (named by the group's first clause). */
export interface ClauseSetting {
  partId: string | null
  partTitle: string | null
  heading: string | null
  group: string | null
}

/**
 * The one builder of a clause's redline, for `annex` (via {@link redlineSections}) and `diff`: the
 * provision redlined structurally, with its part title and cross-heading redlined and its group in
 * each version. A side that is absent (`undefined`) makes the clause inserted or deleted; such a
 * clause stands in its group's `counterpart` on the other side (the group that continues its own),
 * so that its heading is inserted or deleted only when its whole group is new or gone.
 */
export function clauseRedline(
  before: {clause: Clause; setting: ClauseSetting} | undefined,
  after: {clause: Clause; setting: ClauseSetting} | undefined,
  counterpart?: Pick<ClauseSetting, 'heading' | 'group'>
): ClauseRedline {
  const provision = provisionRedline(before?.clause, after?.clause)
  if (before && after) statusesById(provision, new Map(provisionsOfClause(before.clause).flatMap((p) => (p.inForce ? [[p.id, p.inForce] as const] : []))))
  const oldSide = before?.setting ?? (after ? counterpart : undefined)
  const newSide = after?.setting ?? (before ? counterpart : undefined)
  const oldHeading = oldSide?.heading ?? null
  const newHeading = newSide?.heading ?? null
  const oldPartTitle = before?.setting.partTitle ?? null
  const newPartTitle = after?.setting.partTitle ?? null
  return {
    ...provision,
    kind: 'clause',
    part: {
      id: (after ?? before)?.setting.partId ?? null,
      title: oldPartTitle === null && newPartTitle === null ? null : textRuns(before ? oldPartTitle ?? '' : null, after ? newPartTitle ?? '' : null)
    },
    heading: oldHeading === null && newHeading === null ? null : textRuns(oldSide ? oldHeading ?? '' : null, newSide ? newHeading ?? '' : null),
    group: {before: oldSide?.group ?? null, after: newSide?.group ?? null}
  }
}

/** Runs for a text present in one or both versions (null: the provision is absent there); a text of several paragraphs is redlined paragraph by paragraph (`pairFirst`: a lead-in, whose first paragraph stays with the label). */
function textRuns(before: string | null, after: string | null, pairFirst = false): Run[] {
  if (before === null) return wholeRuns(after ?? '', 'insert')
  if (after === null) return wholeRuns(before, 'delete')
  return redlineParagraphText(before, after, pairFirst)
}

function labelOf(provision: Provision): string {
  return provision.kind === 'clause' ? printedNumber(provision.id) : provision.label
}

/** Redlines a provision present in one or both versions. */
export function provisionRedline(before: Provision | undefined, after: Provision | undefined): ProvisionRedline {
  const present = (after ?? before) as Provision
  const oldText = before ? before.text : null
  const newText = after ? after.text : null
  const text = textRuns(oldText, newText, true)
  const tail = textRuns(before ? before.tail : null, after ? after.tail : null)
  const oldBetween = before?.kind === 'sub-paragraph' ? before.textBefore ?? '' : ''
  const newBetween = after?.kind === 'sub-paragraph' ? after.textBefore ?? '' : ''
  const textBefore = oldBetween === '' && newBetween === '' ? [] : textRuns(before ? oldBetween : null, after ? newBetween : null)
  const label = textRuns(before ? labelOf(before) : null, after ? labelOf(after) : null)
  const items = alignItems(before?.items, after?.items)
  const table = tableRedline(before?.table, after?.table)
  const changed = hasChanges(text) || hasChanges(tail) || hasChanges(textBefore) || hasChanges(label) || items.some((item) => item.status !== 'unchanged') || (table !== undefined && tableChanged(table))
  const status = statusOf(before, after, changed)
  // Built whole, the table in its place among the keys (a spread of a conditional object costs more than the rest of a kept provision's redline).
  const redline: ProvisionRedline = table
    ? {id: present.id, kind: present.kind, status, label, text, table, items, tail}
    : {id: present.id, kind: present.kind, status, label, text, items, tail}
  if (textBefore.length > 0) redline.textBefore = textBefore
  if (present.kind === 'sub-paragraph' && present.term !== undefined) redline.definition = true
  const inForce = inForceRedline(before, after)
  if (inForce) redline.inForce = inForce
  return redline
}

/**
 * Statuses are kept by ID (the `status:` map, change records and `apply` all key them so): each
 * provision of the new version has, as its status before, the base's status of its ID, not that of
 * the old provision its words pair with (a sub-paragraph relabelled (b) → (a) takes the old (a)'s).
 * A deleted provision keeps its own.
 */
function statusesById(redline: ProvisionRedline, old: ReadonlyMap<string, InForce>): void {
  if (redline.status !== 'deleted') {
    const was = old.get(redline.id)
    const now = redline.inForce?.after
    if (!was && !now) delete redline.inForce
    else redline.inForce = {...(was ? {before: {...was}} : {}), ...(now ? {after: now} : {})}
  }
  for (const item of redline.items) statusesById(item, old)
}

/** Both sides' in-force statuses, where either side is not simply in force. */
function inForceRedline(before: Provision | undefined, after: Provision | undefined): ProvisionRedline['inForce'] {
  if (!before?.inForce && !after?.inForce) return undefined
  const out: NonNullable<ProvisionRedline['inForce']> = {}
  if (before?.inForce) out.before = {...before.inForce}
  if (after?.inForce) out.after = {...after.inForce}
  return out
}

/**
 * Pairs old and new sub-paragraphs: identical ones by an LCS, the rest in order where similar
 * enough. Definitions pair by their term first (an LCS of terms: the same term amended stays one
 * definition), the rest in order where similar enough (a term renamed in its place).
 */
function alignItems(before: SubParagraph[] | undefined, after: SubParagraph[] | undefined): ProvisionRedline[] {
  return pairItems(before, after).map(([oldItem, newItem]) => provisionRedline(oldItem, newItem))
}

/** The old and new sub-paragraphs paired as {@link alignItems} pairs them (one side absent: inserted or deleted), in reading order. */
export function pairItems(before: SubParagraph[] | undefined, after: SubParagraph[] | undefined): Array<[SubParagraph | undefined, SubParagraph | undefined]> {
  const oldItems = before ?? []
  const newItems = after ?? []
  if (!before) return newItems.map((item) => [undefined, item])
  if (!after) return oldItems.map((item) => [item, undefined])
  if (oldItems.length === 0 && newItems.length === 0) return []
  const definitions = [...oldItems, ...newItems].some((item) => item.term !== undefined)
  if (!definitions) return pairInOrder(oldItems, newItems, sameProvisionBody, provisionBodyText)
  // A term on both sides pairs with itself (moved or changed); only terms on one side are candidates for a rename.
  const oldTerms = new Set(oldItems.map((item) => item.term))
  const newTerms = new Set(newItems.map((item) => item.term))
  const onBothSides = (item: SubParagraph): boolean => item.term !== undefined && oldTerms.has(item.term) && newTerms.has(item.term)
  return pairInOrderWith(oldItems, newItems, sameTerm, pairSimilarExcept(provisionBodyText, SIMILAR_ENOUGH, onBothSides))
}

/** Whether two sub-paragraphs are definitions of the same term. */
function sameTerm(a: SubParagraph, b: SubParagraph): boolean {
  return a.term !== undefined && a.term === b.term
}

/** Inserted, deleted, changed or unchanged, from the presence of each side and whether anything changed. */
export function statusOf(before: unknown, after: unknown, changed: boolean): ProvisionStatus {
  if (!before) return 'inserted'
  if (!after) return 'deleted'
  return changed ? 'changed' : 'unchanged'
}
