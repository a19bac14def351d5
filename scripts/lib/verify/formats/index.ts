import type { VerificationReport } from '../verification-report.ts'
import type { ReportFormat } from '../verify-options.ts'
import { formatJson } from './format-json.ts'
import { formatJunit } from './format-junit.ts'
import { formatMarkdown } from './format-markdown.ts'
import { formatText } from './format-text.ts'

/**
 * The report writers, by `--format` name.
 *
 * @example
 * const text = REPORT_WRITERS.json(report)
 */
export const REPORT_WRITERS: Record<ReportFormat, (report: VerificationReport) => string> = {
  text: formatText,
  json: formatJson,
  junit: formatJunit,
  markdown: formatMarkdown,
}
