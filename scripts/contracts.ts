/**
 * `npm run contracts` regenerates every contract into `contracts/`.
 * `npm run contracts -- --check` regenerates them elsewhere and fails when `contracts/` differs.
 * `--vendor <id>` (repeatable) limits either to those vendors' pact files.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { parseVendorId } from '../providers/vendor-ids.ts'
import { compareContracts, describeDifference, generateContracts, pactFileOf } from './lib/generate-contracts.ts'
import { writeScenarioNames } from '../test/support/replay/scenario-names-source.ts'

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    vendor: { type: 'string', multiple: true, default: [] },
  },
})
const committed = join(PROJECT_ROOT, 'contracts')

let vendors: string[]
let fresh: string
try {
  vendors = values.vendor.map(parseVendorId)
  fresh = generateContracts({ quiet: values.quiet, vendors })
} catch (error) {
  console.error(`contracts: ${(error as Error).message}`)
  process.exit(1)
}
try {
  const ours = pactFileOf(vendors)
  const differences = compareContracts(fresh, committed, ours)
  if (values.check) {
    if (differences.length === 0) {
      console.log(`contracts: contracts/ is fresh (${readdirSync(fresh).filter(ours).length} pact files)`)
    } else {
      console.error('contracts: contracts/ differs from what the catalog and contract tests generate:')
      for (const difference of differences) console.error(`  ${describeDifference(difference)}`)
      console.error('contracts: run `npm run contracts`, review the diff and commit it with the change that caused it.')
      process.exitCode = 1
    }
  } else {
    mkdirSync(committed, { recursive: true })
    for (const name of readdirSync(committed)) if (name.endsWith('.json') && ours(name)) rmSync(join(committed, name))
    for (const name of readdirSync(fresh)) if (ours(name)) cpSync(join(fresh, name), join(committed, name))
    console.log(`contracts: wrote ${readdirSync(fresh).filter(ours).length} pact files to contracts/ (${differences.length} changed)`)
    // The typed scenario names of replay() follow the contracts (test/replay/scenario-names.test.ts checks it).
    try {
      if (writeScenarioNames()) console.log('contracts: regenerated test/support/replay/scenarios.generated.ts')
    } catch (error) {
      console.error(`contracts: cannot regenerate the replay scenario names: ${(error as Error).message}`)
      process.exitCode = 1
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
