import type { DriftChange, DriftReport, VendorDrift } from './drift-report.ts'

/** The report formats `--format` accepts. */
export const DRIFT_FORMATS = ['text', 'json', 'markdown'] as const

/** One of {@link DRIFT_FORMATS}. */
export type DriftFormat = (typeof DRIFT_FORMATS)[number]

/** Each format's writer. */
const FORMATTERS: Readonly<Record<DriftFormat, (report: DriftReport) => string>> = {
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  text: formatText,
  markdown: formatMarkdown,
}

/**
 * Writes a drift report in one of the formats: `json` (the report as is), `text` (a line per
 * vendor, then its changes and warnings, indented) or `markdown` (a section per vendor).
 *
 * @example
 * process.stdout.write(formatReport(report, 'text'))
 */
export function formatReport(report: DriftReport, format: DriftFormat): string {
  return FORMATTERS[format](report)
}

function headline(vendor: VendorDrift): string {
  const counts = vendor.outcome === 'error' ? '' : `; ${vendor.documented} documented, ${vendor.catalogued} catalogued`
  const notes = [vendor.notModified ? 'not modified since the accepted snapshot' : '', vendor.accepted ? `accepted as ${vendor.accepted}` : ''].filter(Boolean)
  return `${vendor.vendor}: ${vendor.outcome} (${vendor.source}${counts})${notes.length ? ` [${notes.join('; ')}]` : ''}`
}

function changeLine(change: DriftChange): string {
  const what = [change.id, change.status === null ? null : String(change.status), change.code === null ? null : JSON.stringify(change.code)]
    .filter(Boolean)
    .join(' ')
  const direction = change.direction === 'webhook' ? ' (webhook)' : ''
  return `${change.kind}${direction} ${what}: ${change.detail}`
}

function formatText(report: DriftReport): string {
  const lines: string[] = []
  for (const vendor of report.vendors) {
    lines.push(`drift: ${headline(vendor)}`)
    if (vendor.error) lines.push(`  error ${vendor.error.problem}: ${vendor.error.message}`)
    for (const change of vendor.changes) lines.push(`  ${changeLine(change)}`)
    for (const warning of vendor.warnings) lines.push(`  warning ${warning.kind}: ${warning.detail}`)
  }
  return `${lines.join('\n')}\n`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
}

function formatMarkdown(report: DriftReport): string {
  const lines = ['# Vendor doc drift', '', '| Vendor | Outcome | Changes | Warnings | Source |', '| --- | --- | --- | --- | --- |']
  for (const vendor of report.vendors) {
    lines.push(`| ${vendor.vendor} | ${vendor.outcome} | ${vendor.changes.length} | ${vendor.warnings.length} | ${cell(vendor.source)} |`)
  }
  for (const vendor of report.vendors) {
    if (!vendor.error && vendor.changes.length === 0 && vendor.warnings.length === 0) continue
    lines.push('', `## ${vendor.vendor}: ${vendor.outcome}`, '')
    if (vendor.error) lines.push(`**Error (${vendor.error.problem}):** ${cell(vendor.error.message)}`, '')
    if (vendor.changes.length > 0) {
      lines.push('| Kind | Entry | Status | Code | Detail |', '| --- | --- | --- | --- | --- |')
      for (const change of vendor.changes) {
        const kind = change.direction === 'webhook' ? `${change.kind} (webhook)` : change.kind
        lines.push(
          `| ${kind} | ${change.id ?? ''} | ${change.status ?? ''} | ${change.code === null ? '' : cell(String(change.code))} | ${cell(change.detail)} |`,
        )
      }
      lines.push('')
    }
    for (const warning of vendor.warnings) lines.push(`- Warning (${warning.kind}): ${cell(warning.detail)}`)
  }
  return `${lines.join('\n').trimEnd()}\n`
}
