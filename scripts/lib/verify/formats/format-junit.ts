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
        out.push(
          `${open}>`,
          `      <skipped message="${xml(`${interaction.draft ? 'draft, ' : ''}pending, ${interaction.outcome}: ${interaction.mismatches.map(describeMismatch).join('; ') || interaction.reason || ''}`)}"/>`,
          '    </testcase>',
        )
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

/** XML 1.0's Char production: tab, newline, carriage return, and everything from space up but surrogates and U+FFFE/U+FFFF. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return [...text]
    .filter((char) => isXmlChar(char.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
}
