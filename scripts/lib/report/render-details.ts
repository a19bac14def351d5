import { cellLabel, cellTone } from './cell-label.ts'
import { renderAssumptions } from './render-assumptions.ts'
import type { DriftChange } from './drift-results.ts'
import { cellAnchor, COLUMNS, rowAnchor, type Column, type ReportRow, type RowCells } from './report-model.ts'
import { html, SafeHtml, type HtmlValue } from './safe-html.ts'
import type { VerifiedInteraction } from './verify-results.ts'

/**
 * Shows any JSON value as readable text: strings as they are, the rest as compact JSON.
 *
 * @example
 * jsonText({ id: 9 }) // '{"id":9}'
 */
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined) return ''
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * One line for a mismatch or change object: `path: $.code, expected: 404, actual: 400`.
 *
 * @example
 * fieldsText({ path: '$.code', expected: 404 }) // 'path: $.code, expected: 404'
 */
export function fieldsText(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return jsonText(value)
  return Object.entries(value)
    .map(([key, item]) => `${key}: ${jsonText(item)}`)
    .join(', ')
}

/**
 * A table of objects, one column per key in order of first appearance; strings get a `detail` column.
 *
 * @example
 * fieldTable([{ path: '$.code', expected: 404, actual: 400 }]) // <table>… path | expected | actual …
 */
export function fieldTable(items: readonly unknown[], className = 'fields'): SafeHtml {
  const rows = items.map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : { detail: item }))
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  return html`<table class="${className}">
    <thead>
      <tr>
        ${keys.map((key) => html`<th scope="col">${key}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${keys.map((key) => html`<td>${key in row ? html`<code>${jsonText(row[key])}</code>` : ''}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`
}

function reason(text: string | undefined): HtmlValue {
  return text ? html`<p class="muted">${text}</p>` : ''
}

function states(list: ReadonlyArray<{ name: string; params?: unknown }>): HtmlValue {
  if (list.length === 0) return html`<p>Provider state: <span class="muted">none</span></p>`
  return html`<p>Provider states:</p>
    <ul>
      ${list.map((state) => html`<li>${state.name} ${state.params && typeof state.params === 'object' && Object.keys(state.params).length ? html`<code>${jsonText(state.params)}</code>` : ''}</li>`)}
    </ul>`
}

function changesTable(changes: readonly DriftChange[]): HtmlValue {
  return changes.length ? fieldTable(changes.map(({ direction: _direction, ...change }) => change)) : ''
}

function verificationDetail(result: VerifiedInteraction, target: string | undefined): SafeHtml {
  const parts: HtmlValue[] = [
    html`<p>Outcome: <strong>${result.outcome}</strong> against <code>${target ?? ''}</code></p>`,
    html`<p>Request: <code>${result.request.method} ${result.request.path}</code></p>`,
    states(result.providerStates),
  ]
  if (result.reason) parts.push(html`<p>Why: ${result.reason}</p>`)
  if (result.mismatches.length) parts.push(html`<p>Mismatches, field by field:</p>`, fieldTable(result.mismatches))
  if (result.notes?.length)
    parts.push(
      html`<p>Notes:</p>`,
      html`<ul>
        ${result.notes.map((note) => html`<li>${note}</li>`)}
      </ul>`,
    )
  return html`${parts}`
}

/** The body of each column's detail, as a table of renderers: one per column. */
const DETAIL_BODIES: { [C in Column]: (cell: RowCells[C], row: ReportRow) => HtmlValue } = {
  documented: (cell, row) =>
    html`<blockquote>${cell.quote}</blockquote>
      <p>
        Snapshot: <code>${cell.snapshot}</code> · status <code>${row.status}</code> · code <code>${jsonText(row.code)}</code> · kind <code>${row.kind}</code>
      </p>
      ${renderAssumptions(cell)}`,
  contracted: (cell) =>
    cell.interaction
      ? html`<p>Pact file: <code>${cell.interaction.file}</code> (consumer <code>${cell.interaction.consumer}</code>)</p>
          <p>Interaction: <code>${cell.interaction.description}</code></p>
          ${cell.interaction.request ? html`<p>Request: <code>${cell.interaction.request.method} ${cell.interaction.request.path}</code> → <code>${cell.interaction.responseStatus ?? '?'}</code></p>` : ''}
          ${states(cell.interaction.providerStates)}`
      : reason(cell.reason),
  replayed: (cell) =>
    cell.tests.length
      ? html`<p>Served to:</p>
          <ul>
            ${cell.tests.map((test) => html`<li><code>${test}</code></li>`)}
          </ul>`
      : reason(cell.reason),
  verified: (cell) => (cell.result ? verificationDetail(cell.result, cell.target) : reason(cell.reason)),
  drift: (cell) => html`${cell.source ? html`<p>Page read from <code>${cell.source}</code></p>` : ''}${reason(cell.reason)}${changesTable(cell.changes)}`,
}

function detailSection<C extends Column>(vendor: string, row: ReportRow, column: C): SafeHtml {
  const cell = row.cells[column]
  return html`<section class="detail" id="${cellAnchor(vendor, row.id, column)}">
    <h4>${column}: <span class="badge tone-${cellTone(cell)}">${cellLabel(column, cell)}</span></h4>
    ${DETAIL_BODIES[column](cell, row)}
  </section>`
}

/**
 * The detail block of one row: a section per column, each the target of that cell's link.
 *
 * @example
 * renderRowDetails('plansource', row) // <article id="plansource--employee-not-found--detail">…
 */
export function renderRowDetails(vendor: string, row: ReportRow): SafeHtml {
  return html`<article class="entry" id="${cellAnchor(vendor, row.id, 'detail')}">
    <h3>${row.id} <span class="muted">${row.status} · ${row.kind}</span> <a class="back" href="#${rowAnchor(vendor, row.id)}">↑ matrix</a></h3>
    <p class="muted">${row.description}</p>
    ${row.draft === undefined ? '' : html`<p class="draft"><span class="badge tone-warn">draft</span> not reviewed yet: ${row.draft}</p>`}
    ${COLUMNS.map((column) => detailSection(vendor, row, column))}
  </article>`
}
