import type { VerificationReport } from '../verification-report.ts'
import { describeMismatch } from './describe-mismatch.ts'

/**
 * The report as JUnit XML: one test suite per vendor, one test case per interaction; a mismatch is
 * a `<failure>`, an unavailable interaction an `<error>`.
 *
 * @example
 * writeFileSync('verify.xml', formatJunit(report))
 */
export function formatJunit(report: VerificationReport): string {
  const all = report.vendors.flatMap((vendor) => vendor.interactions)
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vendor contract verification" tests="${all.length}" failures="${count(all, 'mismatch')}" errors="${count(all, 'unavailable')}" skipped="${count(all, 'pending')}" time="${seconds(report.durationMs)}">`,
  ]
  for (const vendor of report.vendors) {
    const { interactions } = vendor
    out.push(
      `  <testsuite name="${xml(vendor.vendor)}" tests="${interactions.length}" failures="${count(interactions, 'mismatch')}" errors="${count(interactions, 'unavailable')}" skipped="${count(interactions, 'pending')}" time="${seconds(vendor.durationMs)}">`,
      `    <properties><property name="target" value="${xml(`${vendor.targetKind} ${vendor.target}`)}"/></properties>`,
    )
    for (const interaction of vendor.interactions) {
      const open = `    <testcase classname="${xml(`${vendor.vendor}.${interaction.consumer}`)}" name="${xml(interaction.description)}" time="${seconds(interaction.durationMs)}"`
      if (interaction.outcome === 'verified') {
        out.push(`${open}/>`)
      } else if (interaction.pending) {
        // A pending interaction never fails the run: it is reported as skipped, with what happened.
        out.push(`${open}>`, `      <skipped message="${xml(`pending, ${interaction.outcome}: ${interaction.mismatches.map(describeMismatch).join('; ') || interaction.reason || ''}`)}"/>`, '    </testcase>')
      } else if (interaction.outcome === 'mismatch') {
        const lines = interaction.mismatches.map(describeMismatch)
        out.push(`${open}>`, `      <failure type="mismatch" message="${xml(lines[0] ?? 'mismatch')}">${xml(lines.join('\n'))}</failure>`, '    </testcase>')
      } else {
        out.push(`${open}>`, `      <error type="unavailable" message="${xml(interaction.reason ?? 'unavailable')}"/>`, '    </testcase>')
      }
    }
    out.push('  </testsuite>')
  }
  out.push('</testsuites>')
  return `${out.join('\n')}\n`
}

/** Failures and errors leave out pending interactions, which are counted as skipped when not verified. */
function count(interactions: VerificationReport['vendors'][number]['interactions'], what: 'mismatch' | 'unavailable' | 'pending'): number {
  if (what === 'pending') return interactions.filter((interaction) => interaction.pending && interaction.outcome !== 'verified').length
  return interactions.filter((interaction) => !interaction.pending && interaction.outcome === what).length
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
}
