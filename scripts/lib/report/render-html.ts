import { cellLabel, cellTone } from './cell-label.ts'
import { fieldTable, jsonText, renderRowDetails } from './render-details.ts'
import { REPORT_CSS } from './report-styles.ts'
import {
  cellAnchor,
  COLUMNS,
  draftCount,
  draftNote,
  rowAnchor,
  tallyColumn,
  type Column,
  type ReportModel,
  type ReportRow,
  type VendorReport,
} from './report-model.ts'
import { html, SafeHtml, type HtmlValue } from './safe-html.ts'

/** The anchor of a vendor's section. */
export function vendorAnchor(vendor: string): string {
  return `vendor-${vendor}`
}

function link(url: string | undefined): HtmlValue {
  if (!url) return ''
  return /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noreferrer noopener">${url}</a>` : html`<code>${url}</code>`
}

function tallyText(vendor: VendorReport, column: Column): string {
  const tally = tallyColumn(vendor.rows, column)
  return Object.entries(tally)
    .map(([status, count]) => `${count} ${status.replace(/-/g, ' ')}`)
    .join(', ')
}

function matrixRow(vendor: string, row: ReportRow): SafeHtml {
  return html`<tr id="${rowAnchor(vendor, row.id)}" data-entry="${row.id}">
    <th scope="row"><a href="#${cellAnchor(vendor, row.id, 'detail')}">${row.id}</a> <span class="muted">${row.status}</span>${draftBadge(row)}</th>
    ${COLUMNS.map((column) => {
      const cell = row.cells[column]
      return html`<td class="cell tone-${cellTone(cell)}" data-column="${column}" data-status="${cell.status}" title="${cell.reason ?? ''}">
        <a href="#${cellAnchor(vendor, row.id, column)}">${cellLabel(column, cell)}</a>
      </td>`
    })}
  </tr>`
}

/** A draft's mark: not yet reviewed by a person, its interaction pending. */
function draftBadge(row: ReportRow): HtmlValue {
  return row.draft === undefined ? '' : html` <span class="badge tone-warn" data-draft="true" title="${row.draft}">draft</span>`
}

/** How many of the vendor's entries are drafts, and what that means. */
function draftLine(vendor: VendorReport): HtmlValue {
  const drafts = draftCount(vendor.rows)
  if (drafts === 0) return ''
  return html`<p class="drafts" data-vendor="${vendor.vendor}" data-drafts="${String(drafts)}">
    <strong>${String(drafts)} of ${String(vendor.rows.length)}</strong> entries are drafts: written from the error page by <code>npm run new-vendor</code> and
    not reviewed by a person yet. Their interactions are Pact <em>pending</em>: verification reports them and fails no build.
  </p>`
}

function extras(vendor: VendorReport): HtmlValue {
  const parts: HtmlValue[] = []
  if (vendor.driftError) parts.push(html`<p class="problem">The drift check could not read the page: ${vendor.driftError}</p>`)
  if (vendor.extraChanges.length) {
    parts.push(
      html`<h3>Drift not matched to a catalog entry</h3>
        ${fieldTable(vendor.extraChanges.map(({ kind, status, code, detail }) => ({ kind, status, code, detail })))}`,
    )
  }
  if (vendor.extraInteractions.length) {
    parts.push(
      html`<h3>Interactions that are not catalog entries</h3>
        ${fieldTable(
          vendor.extraInteractions.map((extra) => ({
            description: extra.description,
            file: extra.file ?? '',
            verified: extra.verified?.outcome ?? 'not run',
            mismatches: extra.verified?.mismatches.length ? jsonText(extra.verified.mismatches) : '',
          })),
        )}`,
    )
  }
  if (vendor.warnings.length)
    parts.push(
      html`<h3>Warnings about the page itself</h3>
        <ul>
          ${vendor.warnings.map((warning) => html`<li>${warning}</li>`)}
        </ul>`,
    )
  return parts.length ? html`<div class="extras" id="extras-${vendor.vendor}">${parts}</div>` : ''
}

/** What backs the values the vendor's contracts pin or match, counted. */
function evidenceLine(vendor: VendorReport): SafeHtml | string {
  const counts = vendor.evidence
  if (counts === undefined) return ''
  return html`<p class="evidence" data-vendor="${vendor.vendor}">
    Contracted values backed by the error page: <strong data-evidence="error-page">${String(counts['error-page'])}</strong> · the API reference:
    <strong data-evidence="api-reference">${String(counts['api-reference'])}</strong> · an assumption:
    <strong data-evidence="assumption">${String(counts.assumption)}</strong>
  </p>`
}

/** The vendor's assumptions counted by this run's verdict (each entry's are in its documented detail). */
function assumptionLine(vendor: VendorReport): SafeHtml {
  const tally = vendor.assumptionVerdicts
  if (tally === undefined) return html`<p class="assumption-verdicts muted" data-vendor="${vendor.vendor}">Assumptions: verdicts not run</p>`
  return html`<p class="assumption-verdicts" data-vendor="${vendor.vendor}">
    Assumptions refuted: <strong data-verdict="refuted">${String(tally.refuted)}</strong> · confirmed against a real sandbox:
    <strong data-verdict="confirmed">${String(tally.confirmed)}</strong> · untested: <strong data-verdict="untested">${String(tally.untested)}</strong>
  </p>`
}

function vendorSection(vendor: VendorReport): SafeHtml {
  const id = vendor.vendor
  if (vendor.catalogProblem) {
    return html`<section class="vendor" id="${vendorAnchor(id)}" data-vendor="${id}">
      <h2>${id}</h2>
      <p class="problem">The catalog could not be loaded: ${vendor.catalogProblem}</p>
    </section>`
  }
  return html`<section class="vendor" id="${vendorAnchor(id)}" data-vendor="${id}">
    <h2>${id}</h2>
    <p class="muted">
      Error page
      ${link(vendor.page)}${vendor.verifyTarget ? html` · verified against <code>${vendor.verifyTarget}</code>` : ''}${vendor.driftSource ? html` · drift read from <code>${vendor.driftSource}</code>` : ''}
    </p>
    ${draftLine(vendor)} ${evidenceLine(vendor)} ${assumptionLine(vendor)}
    <table class="matrix" data-vendor="${id}">
      <caption>
        ${id}: ${vendor.rows.length} documented errors
      </caption>
      <thead>
        <tr>
          <th scope="col">documented error</th>
          ${COLUMNS.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${vendor.rows.map((row) => matrixRow(id, row))}
      </tbody>
    </table>
    ${extras(vendor)}
    <h3>Details</h3>
    ${vendor.rows.map((row) => renderRowDetails(id, row))}
  </section>`
}

function overview(model: ReportModel): SafeHtml {
  return html`<table class="overview">
    <caption>
      Overview
    </caption>
    <thead>
      <tr>
        <th scope="col">vendor</th>
        <th scope="col">documented errors</th>
        ${COLUMNS.slice(1).map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.vendors.map(
        (vendor) =>
          html`<tr>
            <th scope="row"><a href="#${vendorAnchor(vendor.vendor)}">${vendor.vendor}</a></th>
            ${
              vendor.catalogProblem
                ? html`<td colspan="${COLUMNS.length}" class="tone-fail">catalog could not be loaded</td>`
                : [
                    html`<td>${vendor.rows.length}${draftNote(vendor.rows)}</td>`,
                    ...COLUMNS.slice(1).map((column) => html`<td>${tallyText(vendor, column)}</td>`),
                  ]
            }
          </tr>`,
      )}
    </tbody>
  </table>`
}

function inputs(model: ReportModel): SafeHtml {
  return html`<table class="inputs">
    <caption>
      Inputs
    </caption>
    <thead>
      <tr>
        <th scope="col">input</th>
        <th scope="col">file</th>
        <th scope="col">state</th>
      </tr>
    </thead>
    <tbody>
      ${model.inputs.map(
        (input) =>
          html`<tr>
            <th scope="row">${input.name}</th>
            <td><code>${input.file}</code></td>
            <td class="tone-${input.state === 'loaded' ? 'pass' : input.state === 'missing' ? 'not-run' : 'fail'}">
              ${input.state === 'missing' ? 'missing: not run' : input.state}${input.problem ? html`: ${input.problem}` : ''}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

function otherProviders(model: ReportModel): HtmlValue {
  if (model.otherProviders.length === 0) return ''
  return html`<section id="other-providers">
    <h2>Other providers in the verify report</h2>
    ${model.otherProviders.map(
      (provider) =>
        html`<h3>
            ${provider.provider} <span class="muted">against <code>${provider.target}</code></span>
          </h3>
          ${fieldTable(
            provider.interactions.map((interaction) => ({
              description: interaction.description,
              outcome: interaction.outcome,
              mismatches: interaction.mismatches.length ? jsonText(interaction.mismatches) : '',
            })),
          )}`,
    )}
  </section>`
}

/**
 * The self-contained HTML report: inline CSS, no scripts, no external assets; one matrix per vendor
 * (a row per documented error; columns documented, contracted, replayed, verified, drift), each
 * cell linking to its detail below.
 *
 * @example
 * writeFileAtomic('reports/report.html', renderHtmlReport(model))
 */
export function renderHtmlReport(model: ReportModel): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
        <title>Vendor error contracts: report</title>
        <style>
          ${new SafeHtml(REPORT_CSS)}
        </style>
      </head>
      <body>
        <header>
          <h1>Vendor error contracts</h1>
          <p class="muted">
            Generated ${model.generatedAt}. A row per documented error of each vendor; every cell links to its evidence. "not run" means that step's results
            were not there: it is never a pass.
          </p>
          ${overview(model)} ${inputs(model)}
          <nav>
            <ul>
              ${model.vendors.map((vendor) => html`<li><a href="#${vendorAnchor(vendor.vendor)}">${vendor.vendor}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main>${model.vendors.map(vendorSection)} ${otherProviders(model)}</main>
      </body>
    </html> `
  return page.value
}
