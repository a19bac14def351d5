import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
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
  /** The assumption ledger `npm run verify` writes beside its report (`assumptions.json`). */
  assumptionsFile: string
  /** The replay coverage: the folder of served-*.jsonl records the unit tests write, or a JSON record. */
  replayFile: string
  /** Where report.html, summary.md and the JUnit files go. */
  outDir: string
  /** The environment, searched for secret values to keep out of every file (defaults to process.env). */
  env: Readonly<Record<string, string | undefined>>
  /** The time printed in the report. */
  now: Date
  /** `--quiet`: print only problems. */
  quiet: boolean
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
    assumptionsFile: join(reports, 'assumptions.json'),
    replayFile: join(reports, 'replay-served'),
    outDir: reports,
    env: process.env,
    now: new Date(),
    quiet: false,
  }
}

/**
 * Parses `npm run report` arguments: `--verify <file> --drift <file> --replay <file>
 * --contracts <dir> --out-dir <dir> --quiet`, each path relative to the current folder. With
 * `--out-dir`, verify.json, drift.json and the replay record (replay-served/) are looked for there
 * unless named: where `npm run suite` has verify, drift and the replayed unit tests write them. The
 * assumption ledger (`--assumptions`) is looked for beside the verify report, where verify writes it.
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
      assumptions: { type: 'string' },
      replay: { type: 'string' },
      contracts: { type: 'string' },
      'out-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  })
  const at = (value: string | undefined, fallback: string) => (value === undefined ? fallback : resolve(cwd, value))
  const defaults = defaultReportOptions(root)
  const outDir = at(values['out-dir'], defaults.outDir)
  const verifyFile = at(values.verify, join(outDir, 'verify.json'))
  return {
    ...defaults,
    contractsDir: at(values.contracts, defaults.contractsDir),
    verifyFile,
    driftFile: at(values.drift, join(outDir, 'drift.json')),
    assumptionsFile: at(values.assumptions, join(dirname(verifyFile), 'assumptions.json')),
    replayFile: at(values.replay, join(outDir, 'replay-served')),
    outDir,
    quiet: values.quiet,
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
