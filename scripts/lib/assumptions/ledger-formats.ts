import { escapeMarkdown as md } from '../report/escape-markup.ts'
import { tallyVerdicts, type AssumptionLedger, type LedgerVendor } from './ledger.ts'

/** The formats `npm run assumptions -- --format` accepts. */
export const LEDGER_FORMATS = ['text', 'json', 'markdown'] as const

/** One of {@link LEDGER_FORMATS}. */
export type LedgerFormat = (typeof LEDGER_FORMATS)[number]

function counts(vendor: LedgerVendor): string {
  const tally = tallyVerdicts(vendor.assumptions)
  return `${tally.refuted} refuted, ${tally.confirmed} confirmed, ${tally.untested} untested`
}

function where(vendor: LedgerVendor): string {
  const first = vendor.assumptions.find((assumption) => assumption.target !== null)
  return first ? `${first.target}, ${first.checkedAt ?? 'time unknown'}` : 'not verified'
}

function text(ledger: AssumptionLedger): string {
  const lines: string[] = []
  for (const vendor of ledger.vendors) {
    lines.push(`${vendor.vendor.padEnd(11)} ${String(vendor.assumptions.length).padStart(3)} assumptions: ${counts(vendor)}  [${where(vendor)}]`)
    const width = Math.max(0, ...vendor.assumptions.map((assumption) => assumption.entry.length))
    for (const assumption of vendor.assumptions) {
      const actual = assumption.actual === null ? '' : `  answered: ${assumption.actual}`
      lines.push(`  ${assumption.verdict.padEnd(9)} ${assumption.entry.padEnd(width)}  ${assumption.field}${actual}`.trimEnd())
    }
  }
  return `${lines.join('\n')}\n`
}

function markdown(ledger: AssumptionLedger): string {
  const lines = ['## Assumptions', '', '| vendor | refuted | confirmed | untested | verified against |', '| --- | ---: | ---: | ---: | --- |']
  for (const vendor of ledger.vendors) {
    const tally = tallyVerdicts(vendor.assumptions)
    lines.push(`| ${md(vendor.vendor)} | ${tally.refuted ? `**${tally.refuted}**` : '0'} | ${tally.confirmed} | ${tally.untested} | ${md(where(vendor))} |`)
  }
  for (const vendor of ledger.vendors) {
    if (vendor.assumptions.length === 0) continue
    lines.push('', `### ${md(vendor.vendor)}`, '', '| entry | field | verdict | vendor answered |', '| --- | --- | --- | --- |')
    for (const assumption of vendor.assumptions)
      lines.push(`| ${md(assumption.entry)} | ${md(assumption.field)} | ${assumption.verdict} | ${assumption.actual === null ? '' : md(assumption.actual)} |`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * The ledger writers, by `--format` name: a table, so a format is one line.
 *
 * @example
 * process.stdout.write(LEDGER_WRITERS.markdown(ledger))
 */
export const LEDGER_WRITERS: Record<LedgerFormat, (ledger: AssumptionLedger) => string> = {
  text,
  json: (ledger) => `${JSON.stringify(ledger, null, 2)}\n`,
  markdown,
}
