import { cellTone } from './cell-label.ts'
import { escapeMarkdown as md } from './escape-markup.ts'
import { fieldsText } from './render-details.ts'
import { COLUMNS, draftCount, draftNote, tallyColumn, type Column, type ReportModel, type ReportRow, type VendorReport } from './report-model.ts'

/** Problems listed in the summary at most; the HTML report has all of them. */
const MAX_PROBLEMS = 40
/** Characters of one problem's detail at most. */
const MAX_DETAIL = 240

function clip(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text
}

function tallyCell(vendor: VendorReport, column: Column): string {
  const tally = tallyColumn(vendor.rows, column)
  return Object.entries(tally)
    .map(([status, count]) => {
      const text = `${count} ${status.replace(/-/g, ' ')}`
      return cellTone({ status: status as keyof typeof tally }) === 'fail' ? `**${text}**` : text
    })
    .join(', ')
}

function problemDetail(row: ReportRow, column: Column): string {
  const cells = row.cells
  if (column === 'verified' && cells.verified.result?.mismatches.length) return cells.verified.result.mismatches.map(fieldsText).join('; ')
  if (column === 'verified' && cells.verified.result?.reason) return cells.verified.result.reason
  if (column === 'drift' && cells.drift.changes.length) return cells.drift.changes.map((change) => change.detail).join('; ')
  return cells[column].reason ?? ''
}

function problems(model: ReportModel): string[] {
  const lines: string[] = []
  for (const vendor of model.vendors) {
    if (vendor.catalogProblem) lines.push(`- **${md(vendor.vendor)}** catalog could not be loaded: ${md(clip(vendor.catalogProblem))}`)
    if (vendor.driftError) lines.push(`- **${md(vendor.vendor)}** drift check could not read the page: ${md(clip(vendor.driftError))}`)
    // Rows with the same problem for the same reason (a vendor without a verification profile) share one line.
    const groups = new Map<string, { rows: ReportRow[]; column: Column; status: string; detail: string }>()
    for (const row of vendor.rows) {
      for (const column of COLUMNS) {
        const cell = row.cells[column]
        const tone = cellTone(cell)
        if (tone !== 'fail' && tone !== 'warn') continue
        if (column === 'drift' && vendor.driftError) continue
        const detail = problemDetail(row, column)
        const key = JSON.stringify([column, cell.status, detail])
        const group = groups.get(key) ?? { rows: [], column, status: cell.status, detail }
        group.rows.push(row)
        groups.set(key, group)
      }
    }
    for (const { rows, column, status, detail } of groups.values()) {
      const what = rows.length === 1 ? `${md(rows[0]!.id)} (${rows[0]!.status})` : `${rows.length} errors (${md(clip(rows.map((row) => row.id).join(', ')))})`
      lines.push(`- **${md(vendor.vendor)}** ${what}: ${column} ${md(status.replace(/-/g, ' '))}${detail ? `: ${md(clip(detail))}` : ''}`)
    }
    for (const change of vendor.extraChanges)
      lines.push(`- **${md(vendor.vendor)}** page ${md(change.kind)}: ${md(clip(`${change.status ?? ''} ${change.code ?? ''} ${change.detail}`.trim()))}`)
    for (const extra of vendor.extraInteractions) {
      if (extra.verified && extra.verified.outcome !== 'verified')
        lines.push(`- **${md(vendor.vendor)}** ${md(clip(extra.description))}: verified ${md(extra.verified.outcome)}`)
    }
  }
  for (const provider of model.otherProviders) {
    for (const interaction of provider.interactions) {
      if (interaction.outcome !== 'verified')
        lines.push(`- **${md(provider.provider)}** ${md(clip(interaction.description))}: verified ${md(interaction.outcome)}`)
    }
  }
  return lines
}

/** The vendor's refuted assumptions in this run, of how many; "not run" without a ledger for it. */
function refutedCell(vendor: VendorReport): string {
  const tally = vendor.assumptionVerdicts
  if (tally === undefined) return 'not run'
  const total = tally.refuted + tally.confirmed + tally.untested
  return `${tally.refuted ? `**${tally.refuted}**` : '0'} of ${total}`
}

function evidenceCell(vendor: VendorReport): string {
  const counts = vendor.evidence
  return counts === undefined ? '' : `${counts['error-page']} / ${counts['api-reference']} / ${counts.assumption}`
}

/**
 * The Markdown summary for `$GITHUB_STEP_SUMMARY` and issues: a table of counts per vendor, the
 * inputs, and the problems (capped, with a pointer to the HTML report). Vendor text is escaped so
 * it can neither format, link nor mention anyone.
 *
 * @example
 * writeFileAtomic('reports/summary.md', renderMarkdownSummary(model))
 */
export function renderMarkdownSummary(model: ReportModel): string {
  const rows = model.vendors.map((vendor) =>
    vendor.catalogProblem
      ? `| ${md(vendor.vendor)} | **catalog could not be loaded** | | | | | | |`
      : `| ${md(vendor.vendor)} | ${vendor.rows.length}${draftNote(vendor.rows)} | ${COLUMNS.slice(1)
          .map((column) => tallyCell(vendor, column))
          .join(' | ')} | ${evidenceCell(vendor)} | ${refutedCell(vendor)} |`,
  )
  const inputs = model.inputs.map(
    (input) =>
      `${input.name} ${md(input.file)} ${input.state === 'loaded' ? 'loaded' : input.state === 'missing' ? '**missing: not run**' : `**invalid**: ${md(clip(input.problem ?? ''))}`}`,
  )
  const drafts = model.vendors
    .filter((vendor) => draftCount(vendor.rows) > 0)
    .map(
      (vendor) =>
        `- **${md(vendor.vendor)}**: ${draftCount(vendor.rows)} of ${vendor.rows.length} entries are drafts, not reviewed yet (${md(
          clip(
            vendor.rows
              .filter((row) => row.draft !== undefined)
              .map((row) => row.id)
              .join(', '),
          ),
        )}); their interactions are pending and fail no build`,
    )
  const found = problems(model)
  const shown = found.slice(0, MAX_PROBLEMS)
  const notRun = model.inputs.filter((input) => input.state !== 'loaded').map((input) => input.name)
  const heading = found.length
    ? `### Problems (${found.length})`
    : `### No problems found${notRun.length ? ` in what ran (not run: ${notRun.join(', ')})` : ''}`
  return [
    '## Vendor error contracts',
    '',
    '| vendor | documented errors | contracted | replayed | verified | drift | contracted values: page / reference / assumed | refuted assumptions |',
    '| --- | ---: | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Inputs: ${inputs.join(' · ')}`,
    '',
    ...(drafts.length ? ['### Drafts', '', ...drafts, ''] : []),
    heading,
    '',
    ...shown,
    ...(found.length > shown.length ? [`- … and ${found.length - shown.length} more`] : []),
    ...(found.length ? [''] : []),
    `"not run" means that step's results were missing; it is never a pass. Every cell's evidence is in report.html (reports artifact). Generated ${model.generatedAt}.`,
    '',
  ].join('\n')
}
