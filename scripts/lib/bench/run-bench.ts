import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { renderBenchTable } from './bench-table.ts'
import type { BenchOptions, BenchSection, BenchSectionResult } from './bench-types.ts'
import { benchContractGeneration } from './contract-generation.ts'
import { benchDocExtraction } from './doc-extraction.ts'
import { benchMswReplay } from './msw-replay.ts'
import { benchNpmTest } from './npm-test-wall-time.ts'
import { benchSteadiness } from './steadiness.ts'
import { benchVerification } from './verification.ts'

/** Every section by its command-line name, in the order they run and print. */
export const BENCH_SECTIONS: Readonly<Record<string, BenchSection>> = {
  contracts: benchContractGeneration,
  replay: benchMswReplay,
  verification: benchVerification,
  docs: benchDocExtraction,
  steadiness: benchSteadiness,
  'npm-test': benchNpmTest,
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
    const section = BENCH_SECTIONS[name]
    if (!section) throw new Error(`unknown bench section "${name}" (expected one of: ${Object.keys(BENCH_SECTIONS).join(', ')})`)
    options.log(`— ${name}`)
    try {
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
