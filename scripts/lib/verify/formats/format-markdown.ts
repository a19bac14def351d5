import type { VerificationReport } from '../verification-report.ts'
import { describeMismatch } from './describe-mismatch.ts'

/**
 * The report as Markdown (for `$GITHUB_STEP_SUMMARY` or an issue): a table per vendor, then the
 * interactions that are not verified.
 *
 * @example
 * appendFileSync(process.env.GITHUB_STEP_SUMMARY!, formatMarkdown(report))
 */
export function formatMarkdown(report: VerificationReport): string {
  const out = [
    '## Vendor contract verification',
    '',
    `Exit code ${report.exitCode} after ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
    '| Vendor | Target | Verified | Mismatch | Unavailable |',
    '| --- | --- | ---: | ---: | ---: |',
    ...report.vendors.map(
      (vendor) =>
        `| ${vendor.vendor} | ${cell(`${vendor.targetKind} ${vendor.target}`)} | ${vendor.summary.verified} | ${vendor.summary.mismatch} | ${vendor.summary.unavailable} |`,
    ),
  ]
  for (const vendor of report.vendors) {
    const open = vendor.interactions.filter((interaction) => interaction.outcome !== 'verified')
    if (open.length === 0 && !vendor.note) continue
    out.push('', `### ${vendor.vendor}`, '')
    if (vendor.note) out.push(`_${cell(vendor.note)}_`, '')
    for (const interaction of open) {
      out.push(
        `- **${interaction.outcome}**${interaction.draft ? ' (draft, pending)' : interaction.pending ? ' (pending)' : ''} ${cell(interaction.description)}`,
      )
      for (const mismatch of interaction.mismatches) out.push(`  - ${cell(describeMismatch(mismatch))}`)
      if (interaction.reason) out.push(`  - ${cell(interaction.reason)}`)
    }
  }
  return `${out.join('\n')}\n`
}

/** Keeps text from breaking a table or list: no pipes, no newlines, backticks kept literal. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}
