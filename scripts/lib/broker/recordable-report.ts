import { z } from 'zod'
import { readJsonInput } from '../report/report-input.ts'
import { VerifiedInteraction } from '../report/verify-results.ts'

/** A verify report as far as recording it needs: every interaction names its pact's consumer. */
export const RecordableReport = z.looseObject({
  vendors: z.array(
    z.looseObject({
      /** The Pact provider name. */
      vendor: z.string().min(1),
      interactions: z.array(VerifiedInteraction.extend({ consumer: z.string().min(1) })),
    }),
  ),
})

/** A verify report, validated: vendors, each with its interactions and their consumers. */
export type RecordableReport = z.output<typeof RecordableReport>

/**
 * A verify report that cannot be recorded: missing, not JSON, or not a verify report. The message names the file.
 *
 * @example
 * throw new RecordableReportError('reports/verify.json is missing: run npm run verify -- --format json --out reports/verify.json first')
 */
export class RecordableReportError extends Error {
  override name = 'RecordableReportError' as const
}

/**
 * Reads the report `npm run verify -- --format json --out <file>` wrote, for recording on the broker.
 *
 * @example
 * readRecordableReport('reports/verify.json').vendors[0]?.interactions[0]?.consumer // 'benefits-integration'
 */
export function readRecordableReport(file: string): RecordableReport {
  const input = readJsonInput(file, RecordableReport)
  if (input.state === 'loaded') return input.data
  if (input.state === 'missing') throw new RecordableReportError(`${file} is missing: run npm run verify -- --format json --out ${file} first`)
  throw new RecordableReportError(`${input.problem} (expected the JSON report of npm run verify)`)
}
