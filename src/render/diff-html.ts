import {citeDocumentRef} from '../model/ids.js'
import type {ChangeCounts, ProvisionChange, VersionDiff} from '../diff/types.js'
import {headingChangeLabel, headingChangePlace} from '../diff/types.js'
import type {ProvisionRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import {escapeHtml} from '../escape/html.js'
import {countColumns, describeChange, describeCounts, describeRecords, describeSides, groupChanges, redlineLines} from './diff-lines.js'
import {describeStatusDiff, diffIsEmpty} from './diff-status.js'

export interface DiffHtmlOptions {
  summary?: boolean
  context?: boolean
  /** Old and new text in two columns instead of one inline redline. */
  sideBySide?: boolean
}

/** Runs as HTML; `side` keeps only what one version reads (for side by side). */
function runs(list: readonly Run[], side?: 'old' | 'new'): string {
  return list
    .map((run) => {
      if (run.type === 'equal') return escapeHtml(run.text)
      if (run.type === 'insert') return side === 'old' ? '' : `<ins>${escapeHtml(run.text)}</ins>`
      return side === 'new' ? '' : `<del>${escapeHtml(run.text)}</del>`
    })
    .join('')
}

function provision(redline: ProvisionRedline, side?: 'old' | 'new'): string {
  return redlineLines(redline)
    .filter((line) => !(side === 'old' && line.status === 'inserted') && !(side === 'new' && line.status === 'deleted'))
    .map((line) => {
      const label = runs(line.label, side)
      return `<p class="depth-${line.depth}${line.status === 'unchanged' ? ' unchanged' : ''}">${label ? `<span class="label">${label}</span> ` : ''}${runs(line.runs, side)}</p>`
    })
    .join('\n')
}

function body(redline: ProvisionRedline, sideBySide: boolean): string {
  if (!sideBySide) return `<div class="redline">${provision(redline)}</div>`
  return `<div class="columns"><div class="old" aria-label="old text">${provision(redline, 'old')}</div><div class="new" aria-label="new text">${provision(redline, 'new')}</div></div>`
}

const STYLE = `
:root{color-scheme:light;font-family:Georgia,"Times New Roman",serif;line-height:1.45}
body{margin:0;display:grid;grid-template-columns:18rem 1fr;min-height:100vh}
nav{position:sticky;top:0;max-height:100vh;overflow:auto;border-right:1px solid #ccc;padding:1rem;font-family:system-ui,sans-serif;font-size:.85rem;background:#f7f7f5}
nav ul{list-style:none;padding-left:.75rem;margin:.25rem 0}
main{padding:1rem 2rem;max-width:60rem}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin-bottom:.25rem}
.change{border-left:4px solid #ddd;padding:.25rem .75rem;margin:.5rem 0;scroll-margin-top:2rem}
.change:focus,.change.current{outline:2px solid #1a5fb4;border-left-color:#1a5fb4}
.kind{font-family:system-ui,sans-serif;font-size:.8rem;color:#555}
.where{font-family:ui-monospace,monospace;font-size:.75rem;color:#777}
ins{color:#0a5d1a;background:#e6f4e6;text-decoration:underline}
del{color:#a51d2d;background:#fbe9eb;text-decoration:line-through}
p{margin:.2rem 0}.depth-1{margin-left:2rem}.depth-2{margin-left:4rem}.depth-3{margin-left:6rem}.depth-4{margin-left:8rem}
.unchanged{color:#666}.label{font-weight:bold}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.columns .old{background:#fffafa}.columns .new{background:#fafffa}
table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.85rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}
.help{font-family:system-ui,sans-serif;font-size:.8rem;color:#555}
`

const SCRIPT = `
(() => {
  const changes = Array.from(document.querySelectorAll('.change'));
  let at = changes.findIndex((el) => '#' + el.id === location.hash);
  const go = (index) => {
    if (changes.length === 0) return;
    at = Math.max(0, Math.min(changes.length - 1, index));
    for (const el of changes) el.classList.remove('current');
    const el = changes[at];
    el.classList.add('current');
    el.focus({preventScroll: true});
    el.scrollIntoView({block: 'center'});
    history.replaceState(null, '', '#' + el.id);
  };
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
    if (event.key === 'n') go(at + 1);
    else if (event.key === 'p') go(at < 0 ? 0 : at - 1);
  });
})();
`

/**
 * `redline diff --format html`: one self-contained page (no external requests: a content
 * security policy forbids them), with a contents list of changed clauses grouped by section,
 * `n` / `p` to move between changes, and the redline inline or, with `sideBySide`, in two columns.
 */
export function renderDiffHtml(diff: VersionDiff, options: DiffHtmlOptions = {}): string {
  const title = `Changes ${describeSides(diff)}`
  const groups = groupChanges(diff.changes)
  const anchor = new Map<ProvisionChange, string>()
  diff.changes.forEach((change, index) => anchor.set(change, `change-${index + 1}`))
  const sectionTitle = (letter: string): string => diff.summary.sections.find((s) => s.letter === letter)?.title ?? ''
  const clauses = new Map(diff.document.sections.flatMap((s) => s.clauses.map((clause) => [`${s.letter} ${clause.id}`, clause] as const)))

  const nav = groups
    .map(
      (section) =>
        `<li>${escapeHtml(citeDocumentRef(section.section))}<ul>${section.clauses
          .map((clause) => `<li><a href="#${anchor.get(clause.changes[0] as ProvisionChange) ?? ''}">${escapeHtml(clause.clause)}</a> <span class="kind">${clause.changes.length === 1 ? escapeHtml((clause.changes[0] as ProvisionChange).kind) : `${clause.changes.length} changes`}</span></li>`)
          .join('')}</ul></li>`
    )
    .join('')

  const t = diff.summary.totals
  const columns = countColumns(t)
  const cells = (counts: ChangeCounts, tag: 'td' | 'th'): string => [...columns.map(({key}) => counts[key]), counts.unchanged].map((n) => `<${tag}>${n}</${tag}>`).join('')
  const rows = diff.summary.sections
    .map((s) => `<tr><td>${escapeHtml(s.letter)} ${escapeHtml(s.title)}${s.presence === 'both' ? '' : ` (${s.presence})`}</td>${cells(s.counts, 'td')}</tr>`)
    .join('\n')
  const summary = `<table><thead><tr><th>Section</th>${columns.map(({column}) => `<th>${escapeHtml(column)}</th>`).join('')}<th>Unchanged</th></tr></thead><tbody>${rows}
<tr><th>Total</th>${cells(t, 'th')}</tr></tbody></table>`

  const sections = options.summary
    ? ''
    : groups
        .map((section) => {
          const parts = section.clauses.map((clause) => {
            const changes = clause.changes
              .map((change) => {
                const where = change.newPlace ?? change.oldPlace
                return `<article class="change kind-${change.kind}" id="${anchor.get(change) ?? ''}" tabindex="-1" data-id="${escapeHtml(change.id)}" data-kind="${change.kind}">
<div class="kind">${escapeHtml(describeChange(change))} <strong>${escapeHtml(change.id)}</strong>${where ? ` <span class="where">${escapeHtml(where.cite ?? `${where.file}:${where.line}:${where.column}`)}</span>` : ''}</div>
${options.context ? '' : body(change.redline, Boolean(options.sideBySide))}
</article>`
              })
              .join('\n')
            const whole = clauses.get(`${section.section} ${clause.clause}`)
            const context = options.context && whole ? body(whole, Boolean(options.sideBySide)) : ''
            return `<section class="clause"><h3>${escapeHtml(clause.clause)}${clause.heading ? ` <span class="kind">${escapeHtml(clause.heading)}</span>` : ''}</h3>\n${changes}\n${context}</section>`
          })
          return `<h2>${escapeHtml(citeDocumentRef(section.section))}: ${escapeHtml(sectionTitle(section.section))}</h2>\n${parts.join('\n')}`
        })
        .join('\n')

  const headings =
    options.summary || diff.headings.length === 0
      ? ''
      : `<h2>Headings</h2><ul>${diff.headings
          .map((h) => `<li>${escapeHtml(`${headingChangeLabel(h)}, ${headingChangePlace(h)}${h.firstClause ? ` before ${h.firstClause}` : ''}`)}: ${runs(h.runs)}</li>`)
          .join('')}</ul>`
  const statuses =
    options.summary || diff.statuses.length === 0
      ? ''
      : `<h2>In-force status</h2><ul>${diff.statuses.map((change) => `<li class="status-changed">${escapeHtml(describeStatusDiff(change))}</li>`).join('')}</ul>`

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="Changed clauses"><strong>Changed clauses</strong><ul>${nav}</ul><p class="help">Keys: <kbd>n</kbd> next change, <kbd>p</kbd> previous.</p></nav>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(describeRecords(diff))}</p>
${summary}
<p>${escapeHtml(diffIsEmpty(diff) ? 'No changes.' : `Total: ${describeCounts(t)}.`)}</p>
${sections}
${headings}${statuses}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
}
