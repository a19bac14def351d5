import { conventionProblem } from '../../../providers/vendor-conventions.ts'
import type { VendorId } from '../../../providers/vendor-ids.ts'
import { conventionExports } from '../load-convention.ts'

/**
 * What the benchmarks may build from one vendor (`providers/<id>/bench-cases.ts`, exported as
 * `benchCases`, optional): each benchmark takes the first vendor that offers what it needs.
 */
export interface BenchCases {
  /** The contract-generation benchmark's synthetic catalogs clone this vendor's catalog, and its binding drives them. */
  syntheticCatalogBase?: true
  /** How to grow this vendor's page by any number of documented errors, for the doc-extraction benchmark. */
  syntheticRows?: {
    /** The last documented row of the stored snapshot; synthetic rows go right after it. */
    after: string
    /** The text of the `index`-th synthetic row (from 0), as the page's capture writes a row. */
    row(index: number): string
  }
}

const cases = await conventionExports<BenchCases>('benchCases')

/**
 * The first vendor whose bench cases offer `what`, with them; an error names the file to write when none does.
 *
 * @example
 * const [vendor, { syntheticRows }] = benchVendor('syntheticRows')
 */
export function benchVendor<K extends keyof BenchCases>(what: K): [VendorId, Required<Pick<BenchCases, K>>] {
  for (const [vendor, offered] of cases.present) if (offered[what] !== undefined) return [vendor, offered as Required<Pick<BenchCases, K>>]
  throw new Error(`no vendor offers ${what} to the benchmarks: ${conventionProblem('benchCases', '<id>', 'of one vendor must say so')}`)
}
