import type { ReplayVendor, ScenarioName } from '../../support/replay/replay.ts'

/** Scenario names per vendor, checked against the generated names at compile time. */
export type ScenarioTable<Vendors extends ReplayVendor = ReplayVendor> = { readonly [Vendor in Vendors]?: readonly ScenarioName<Vendor>[] }

/**
 * Flattens a scenario table into `[vendor, name]` rows for `it.each`.
 *
 * @example
 * it.each(scenarioCases({ plansource: ['internal-error'] }))('%s %s is retried', async (vendor, name) => { … })
 */
export function scenarioCases<Vendors extends ReplayVendor>(table: ScenarioTable<Vendors>): Array<[Vendors, ScenarioName<Vendors>]> {
  return Object.entries(table).flatMap(([vendor, names]) => (names as readonly string[]).map((name) => [vendor, name] as [Vendors, ScenarioName<Vendors>]))
}
