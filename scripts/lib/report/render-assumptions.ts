import type { AssumptionVerdictView, DocumentedCell, Tone } from './report-model.ts'
import { html, type HtmlValue, type SafeHtml } from './safe-html.ts'

/** How each verdict reads at a glance: a table, like the cells' tones. */
const VERDICT_TONES = { confirmed: 'pass', refuted: 'fail', untested: 'not-run' } as const satisfies Record<AssumptionVerdictView['verdict'], Tone>

function verdictText(verdict: AssumptionVerdictView): HtmlValue {
  const where = verdict.target ? html` against <code>${verdict.target}</code>` : ''
  const when = verdict.checkedAt ? ` on ${verdict.checkedAt}` : ''
  const answered = verdict.actual ? html`: the vendor answered <code>${verdict.actual}</code>` : ''
  return html`${where}${when}${answered}`
}

function badge(verdict: AssumptionVerdictView['verdict'] | 'not run'): SafeHtml {
  const tone = verdict === 'not run' ? 'not-run' : VERDICT_TONES[verdict]
  return html`<span class="badge tone-${tone}">${verdict}</span>`
}

/**
 * The assumptions of an entry's documented cell, each with this run's verdict (refuted with what the
 * vendor answered, confirmed, untested, or "not run" when the ledger was not there) and the verdict
 * last recorded in the catalog.
 *
 * @example
 * renderAssumptions(row.cells.documented) // <p>Assumed, not stated by the doc:</p><ul><li data-assumption="contentType" data-verdict="refuted">…
 */
export function renderAssumptions(cell: DocumentedCell): HtmlValue {
  if (cell.assumed.length === 0) return ''
  return html`<p>Assumed, not stated by the doc, and what verification said:</p>
    <ul class="assumptions">
      ${cell.assumed.map(
        (item) =>
          html`<li data-assumption="${item.field}" data-verdict="${item.verdict?.verdict ?? 'not-run'}">
            <code>${item.field}</code>: ${item.reason} ${item.verdict ? html`${badge(item.verdict.verdict)}${verdictText(item.verdict)}` : badge('not run')}
            ${item.recorded ? html`<span class="muted">(recorded in the catalog: ${item.recorded.verdict}${verdictText(item.recorded)})</span>` : ''}
          </li>`,
      )}
    </ul>
    ${cell.verdictsNotRun ? html`<p class="muted">Verdicts not run: ${cell.verdictsNotRun}</p>` : ''}`
}
