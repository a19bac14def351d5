/** One step of the main job: a script of this project and its arguments. */
export interface SuiteStep {
  name: string
  script: string
  args: readonly string[]
  /** What the step's non-zero exit codes mean, for the summary. */
  meaning: Readonly<Record<number, string>>
}

/**
 * The main job, in order: contracts fresh, the unit tests that replay them, verification, drift, reports. Every step runs even
 * when an earlier one failed, so the reports always show the whole picture.
 *
 * @example
 * suiteSteps('reports', ['--quiet'])
 */
export function suiteSteps(reportsDir: string, extra: readonly string[] = []): SuiteStep[] {
  return [
    { name: 'contracts', script: 'scripts/contracts.ts', args: ['--check', '--quiet'], meaning: { 1: 'contracts/ is stale or a contract test failed' } },
    {
      name: 'replay',
      script: 'scripts/replay.ts',
      args: ['--reports-dir', reportsDir, ...extra],
      meaning: { 1: 'a unit test that replays the contracts failed, or an interaction is served by none' },
    },
    {
      name: 'verify',
      script: 'scripts/verify.ts',
      args: ['--format', 'json', '--out', `${reportsDir}/verify.json`, ...extra],
      meaning: { 1: 'a vendor answered differently from its contract', 2: 'some interactions could not be verified', 3: 'verification could not run' },
    },
    {
      name: 'drift',
      script: 'scripts/drift.ts',
      args: ['--format', 'json', '--out', `${reportsDir}/drift.json`, ...extra],
      meaning: { 1: 'a vendor page no longer says what the catalog records', 2: 'a page could not be read' },
    },
    {
      name: 'report',
      script: 'scripts/report.ts',
      args: ['--out-dir', reportsDir],
      meaning: { 1: 'an input was unusable (the reports were written anyway)', 2: 'a bad option' },
    },
  ]
}
