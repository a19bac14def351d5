import { isAbsolute, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'

/** Where the report reads its inputs and writes its files. */
export interface ReportOptions {
  /** The project root: catalogs and snapshots are read from here. */
  root: string
  /** Pact files (`contracts/`). */
  contractsDir: string
  /** `npm run verify -- --format json` output. */
  verifyFile: string
  /** `npm run drift -- --format json` output. */
  driftFile: string
  /** The replay coverage: the folder of served-*.jsonl records the unit tests write, or a JSON record. */
  replayFile: string
  /** Where report.html, summary.md and the JUnit files go. */
  outDir: string
  /** The environment, searched for secret values to keep out of every file (defaults to process.env). */
  env: Readonly<Record<string, string | undefined>>
  /** The time printed in the report. */
  now: Date
}

/**
 * The default options: everything under the project root, results in `reports/`.
 *
 * @example
 * defaultReportOptions().verifyFile // '/work/main/reports/verify.json'
 */
export function defaultReportOptions(root: string = PROJECT_ROOT): ReportOptions {
  const reports = join(root, 'reports')
  return {
    root,
    contractsDir: join(root, 'contracts'),
    verifyFile: join(reports, 'verify.json'),
    driftFile: join(reports, 'drift.json'),
    replayFile: join(reports, 'replay-served'),
    outDir: reports,
    env: process.env,
    now: new Date(),
  }
}

/**
 * Parses `npm run report` arguments: `--verify <file> --drift <file> --replay <file>
 * --contracts <dir> --out-dir <dir>`, each relative to the current folder.
 *
 * @example
 * parseReportArgs(['--out-dir', '/tmp/r']).outDir // '/tmp/r'
 */
export function parseReportArgs(argv: readonly string[], cwd: string = process.cwd(), root: string = PROJECT_ROOT): ReportOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      verify: { type: 'string' },
      drift: { type: 'string' },
      replay: { type: 'string' },
      contracts: { type: 'string' },
      'out-dir': { type: 'string' },
    },
  })
  const at = (value: string | undefined, fallback: string) => (value === undefined ? fallback : resolve(cwd, value))
  const defaults = defaultReportOptions(root)
  return {
    ...defaults,
    contractsDir: at(values.contracts, defaults.contractsDir),
    verifyFile: at(values.verify, defaults.verifyFile),
    driftFile: at(values.drift, defaults.driftFile),
    replayFile: at(values.replay, defaults.replayFile),
    outDir: at(values['out-dir'], defaults.outDir),
  }
}

/**
 * A path as the report shows it: relative to the project root when inside it.
 *
 * @example
 * shownPath('/work/main/reports/verify.json', '/work/main') // 'reports/verify.json'
 */
export function shownPath(file: string, root: string): string {
  const inside = relative(root, file)
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split('\\').join('/') : file
}
