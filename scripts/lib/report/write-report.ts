import { join } from 'node:path'
import { buildReportModel } from './build-report-model.ts'
import { loadReportSources } from './load-report-sources.ts'
import { redactText, secretValues } from './redact-secrets.ts'
import { renderHtmlReport } from './render-html.ts'
import { renderDriftJunit, renderVerifyJunit } from './render-junit.ts'
import { renderMarkdownSummary } from './render-markdown.ts'
import type { ReportModel } from './report-model.ts'
import type { ReportOptions } from './report-options.ts'
import { writeFileAtomic } from './write-atomic.ts'

/** The files `npm run report` writes, by name, in the output folder. */
export const REPORT_FILES = {
  html: 'report.html',
  summary: 'summary.md',
  verifyJunit: 'verify.junit.xml',
  driftJunit: 'drift.junit.xml',
} as const

/** The renderer of each file: a table, so adding a format is one line. */
const RENDERERS: Record<keyof typeof REPORT_FILES, (model: ReportModel) => string> = {
  html: renderHtmlReport,
  summary: renderMarkdownSummary,
  verifyJunit: renderVerifyJunit,
  driftJunit: renderDriftJunit,
}

/** What was written, and the inputs that were there but could not be used. */
export interface WrittenReport {
  model: ReportModel
  files: string[]
  problems: string[]
}

/**
 * Reads the latest results, builds the matrix and writes report.html, summary.md and the JUnit
 * files, each atomically. Secret values from the environment never reach a file.
 *
 * @example
 * const { files, problems } = writeReport(parseReportArgs(process.argv.slice(2)))
 */
export function writeReport(options: ReportOptions): WrittenReport {
  const secrets = secretValues(options.env)
  const model = buildReportModel(loadReportSources(options, secrets))
  const files: string[] = []
  for (const [key, name] of Object.entries(REPORT_FILES) as Array<[keyof typeof REPORT_FILES, string]>) {
    const file = join(options.outDir, name)
    writeFileAtomic(file, redactText(RENDERERS[key](model), secrets))
    files.push(file)
  }
  const problems = model.inputs.filter((input) => input.state === 'invalid').map((input) => input.problem ?? `${input.file} is invalid`)
  return { model, files, problems }
}
