import type { VerificationReport } from '../verification-report.ts'
import { describeMismatch } from './describe-mismatch.ts'

const MARK = { verified: '✓', mismatch: '✗', unavailable: '?' } as const

/**
 * The report as terminal text: one summary line per vendor (with its pending interactions and its
 * drafts), then every interaction that is not verified with its mismatches or reason, a draft marked
 * as one, then the totals and exit code.
 *
 * @example
 * process.stdout.write(formatText(report))
 */
export function formatText(report: VerificationReport): string {
  const lines: string[] = []
  for (const vendor of report.vendors) {
    const { verified, mismatch, unavailable } = vendor.summary
    const total = verified + mismatch + unavailable
    const pending = vendor.interactions.filter((interaction) => interaction.pending && interaction.outcome !== 'verified').length
    const drafts = vendor.interactions.filter((interaction) => interaction.draft).length
    const pendingNote = (pending ? ` (${pending} of them pending)` : '') + (drafts ? ` [${drafts} ${drafts === 1 ? 'draft' : 'drafts'}, not reviewed yet]` : '')
    lines.push(
      `${vendor.vendor.padEnd(11)} ${String(total).padStart(3)} interactions: ${verified} verified, ${mismatch} mismatch, ${unavailable} unavailable${pendingNote}  [${vendor.targetKind} ${vendor.target}, ${seconds(vendor.durationMs)}]`,
    )
    if (vendor.note) lines.push(`    ${vendor.note}`)
    for (const interaction of vendor.interactions) {
      if (interaction.outcome === 'verified') continue
      lines.push(
        `  ${MARK[interaction.outcome]} ${interaction.outcome.padEnd(11)} ${interaction.draft ? '(draft, ' : interaction.pending ? '(' : ''}${interaction.pending ? 'pending, does not fail the run) ' : ''}${interaction.description}`,
      )
      for (const mismatch of interaction.mismatches) lines.push(`      ${describeMismatch(mismatch)}`)
      if (interaction.reason) lines.push(`      ${interaction.reason}`)
    }
  }
  const sum = (key: 'verified' | 'mismatch' | 'unavailable') => report.vendors.reduce((total, vendor) => total + vendor.summary[key], 0)
  lines.push(
    `total: ${sum('verified')} verified, ${sum('mismatch')} mismatch, ${sum('unavailable')} unavailable in ${seconds(report.durationMs)} (exit ${report.exitCode})`,
  )
  return `${lines.join('\n')}\n`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
