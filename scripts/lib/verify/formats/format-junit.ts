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
  const count = (key: 'mismatch' | 'unavailable') => report.vendors.reduce((total, vendor) => total + vendor.summary[key], 0)
  const tests = report.vendors.reduce((total, vendor) => total + vendor.interactions.length, 0)
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vendor contract verification" tests="${tests}" failures="${count('mismatch')}" errors="${count('unavailable')}" time="${seconds(report.durationMs)}">`,
  ]
  for (const vendor of report.vendors) {
    out.push(
      `  <testsuite name="${xml(vendor.vendor)}" tests="${vendor.interactions.length}" failures="${vendor.summary.mismatch}" errors="${vendor.summary.unavailable}" skipped="0" time="${seconds(vendor.durationMs)}">`,
      `    <properties><property name="target" value="${xml(`${vendor.targetKind} ${vendor.target}`)}"/></properties>`,
    )
    for (const interaction of vendor.interactions) {
      const open = `    <testcase classname="${xml(`${vendor.vendor}.${interaction.consumer}`)}" name="${xml(interaction.description)}" time="${seconds(interaction.durationMs)}"`
      if (interaction.outcome === 'verified') {
        out.push(`${open}/>`)
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
