import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BenchOptions, BenchSection, BenchSectionResult } from './bench-types.ts'

/**
 * Sections whose measuring code belongs to other parts of the suite: each is a module in this
 * folder exporting a {@link BenchSection} under the given name. A module that is not there yet
 * gives a pending section that says which file and export it waits for.
 */
export const EXTERNAL_SECTIONS = [
  { section: 'MSW replay', file: './msw-replay.ts', exportName: 'benchMswReplay' },
  { section: 'verification', file: './verification.ts', exportName: 'benchVerification' },
] as const

/**
 * Runs one external section, or reports it as pending when its module has not landed.
 *
 * @example
 * await runExternalSection(EXTERNAL_SECTIONS[0], options) // { section: 'MSW replay', rows: [], pending: '…' }
 */
export async function runExternalSection(spec: (typeof EXTERNAL_SECTIONS)[number], options: BenchOptions): Promise<BenchSectionResult> {
  const url = new URL(spec.file, import.meta.url)
  if (!existsSync(fileURLToPath(url))) {
    return { section: spec.section, rows: [], pending: `waiting for scripts/lib/bench/${spec.file.slice(2)} to export ${spec.exportName}: BenchSection` }
  }
  const module = (await import(url.href)) as Record<string, unknown>
  const run = module[spec.exportName]
  if (typeof run !== 'function') throw new Error(`scripts/lib/bench/${spec.file.slice(2)} does not export ${spec.exportName}`)
  return (run as BenchSection)(options)
}
