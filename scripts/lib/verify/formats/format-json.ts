import type { VerificationReport } from '../verification-report.ts'

/**
 * The report as JSON: `{"vendors":[{"vendor","target","interactions":[{"description","providerStates",
 * "request":{"method","path"},"outcome","mismatches"}]}]}` and more fields.
 *
 * @example
 * writeFileSync('verify.json', formatJson(report))
 */
export function formatJson(report: VerificationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
