import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { renderBenchTable } from './bench-table.ts'
import type { BenchOptions, BenchSection, BenchSectionResult } from './bench-types.ts'

/**
 * Every section by its command-line name, in the order they run and print. Each is loaded when it
 * runs: the sections bring in Pact, MSW and parse5, which a run of one section does not need.
 */
export const BENCH_SECTIONS: Readonly<Record<string, () => Promise<BenchSection>>> = {
  contracts: async () => (await import('./contract-generation.ts')).benchContractGeneration,
  replay: async () => (await import('./msw-replay.ts')).benchMswReplay,
  verification: async () => (await import('./verification.ts')).benchVerification,
  docs: async () => (await import('./doc-extraction.ts')).benchDocExtraction,
  steadiness: async () => (await import('./steadiness.ts')).benchSteadiness,
  'npm-test': async () => (await import('./npm-test-wall-time.ts')).benchNpmTest,
}

/** The sections that run without `--only` (`npm-test` runs the whole suite, so it is asked for by name). */
export const DEFAULT_SECTIONS = ['contracts', 'replay', 'verification', 'docs', 'steadiness']

/** The JSON report `npm run bench` writes. */
export interface BenchReport {
  generatedAt: string
  machine: { cores: number; cpu: string; node: string; pact: string }
  options: Omit<BenchOptions, 'log'> & { sections: string[] }
  sections: BenchSectionResult[]
}

/**
 * Runs the chosen sections one after another, prints the table and writes the JSON report.
 * A section that throws is recorded as pending with its error, and the others still run.
 *
 * @example
 * const report = await runBench({ sizes: [10, 100, 1000], runs: 3, repeat: 20, load: 'pin', log: console.log }, ['contracts'], 'reports/bench.json')
 */
export async function runBench(options: BenchOptions, sections: readonly string[], outFile: string): Promise<BenchReport> {
  const results: BenchSectionResult[] = []
  for (const name of sections) {
    if (!Object.hasOwn(BENCH_SECTIONS, name)) throw new Error(`unknown bench section "${name}" (expected one of: ${Object.keys(BENCH_SECTIONS).join(', ')})`)
  }
  for (const name of sections) {
    options.log(`— ${name}`)
    try {
      const section = await BENCH_SECTIONS[name]!()
      results.push(await section(options))
    } catch (error) {
      results.push({ section: name, rows: [], pending: `failed: ${(error as Error).message}` })
    }
  }
  const { log: _log, ...rest } = options
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, pact: pactVersion() },
    options: { ...rest, sections: [...sections] },
    sections: results,
  }
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\n${renderBenchTable(results)}\n\nbench: wrote ${outFile}`)
  return report
}

function pactVersion(): string {
  const file = join(PROJECT_ROOT, 'node_modules', '@pact-foundation', 'pact', 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}
