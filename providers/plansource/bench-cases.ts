import type { BenchCases } from '../../scripts/lib/bench/bench-cases.ts'

/** PlanSource's catalog is the one the contract-generation benchmark clones (the README's figures were measured with it). */
export const benchCases: BenchCases = { syntheticCatalogBase: true }
