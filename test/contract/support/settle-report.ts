import { appendFileSync } from 'node:fs'
import type { SettleOutcome } from './settle-mock-server.ts'

/** The environment variable naming the JSON-lines file settle outcomes are appended to. */
export const SETTLE_REPORT_ENV = 'CONTRACT_SETTLE_REPORT'

/**
 * Appends one JSON line about a vendor's contract run to the file named by
 * `CONTRACT_SETTLE_REPORT` (the steadiness benchmark sets it; nothing is written otherwise): how
 * many interactions ran, how many found the mock server's records behind its answers (each a
 * random failure before `runSettled`), how many never caught up, and the longest wait.
 *
 * @example
 * appendSettleReport('plansource', outcomes) // {"vendor":"plansource","interactions":10,"lagged":1,"unsettled":0,"maxLagMs":2.1}
 */
export function appendSettleReport(vendor: string, outcomes: readonly SettleOutcome[]): void {
  const file = process.env[SETTLE_REPORT_ENV]
  if (!file) return
  const lagged = outcomes.filter((outcome) => outcome.waited)
  const line = {
    vendor,
    interactions: outcomes.length,
    lagged: lagged.length,
    unsettled: outcomes.filter((outcome) => !outcome.settled).length,
    maxLagMs: Math.max(0, ...lagged.map((outcome) => outcome.waitedMs)),
  }
  appendFileSync(file, `${JSON.stringify(line)}\n`)
}
