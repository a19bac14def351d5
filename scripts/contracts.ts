/**
 * `npm run contracts` regenerates every contract into `contracts/`.
 * `npm run contracts -- --check` regenerates them elsewhere and fails when `contracts/` differs.
 * `--vendor <id>` (repeatable) limits either to those vendors' pact files.
 * Without `--check` it first runs `npm run generate` (the registry and loaders the contract tests
 * load), and again once the contracts are written (the replay scenario names and README figures).
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { discoverVendors } from './lib/generate/discover-vendors.ts'
import { generate } from './lib/generate/generated-files.ts'
import { compareContracts, describeDifference, generateContracts, pactFileOf } from './lib/generate-contracts.ts'

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    vendor: { type: 'string', multiple: true, default: [] },
  },
})
const committed = join(PROJECT_ROOT, 'contracts')

/** Runs `npm run generate`, saying which files it rewrote; a file it cannot render fails the command. */
async function regenerate(): Promise<void> {
  for (const result of await generate({ write: true })) {
    if (result.problem) {
      console.error(`contracts: ${result.problem}`)
      process.exitCode = 1
    } else if (result.stale) console.log(`contracts: regenerated ${result.file}`)
  }
}

let vendors: string[]
let fresh: string
try {
  // Vendors are found from their folders, so a vendor added since the last `npm run generate` is known.
  const known = discoverVendors()
  vendors = values.vendor.map((vendor) => {
    if (!known.includes(vendor)) throw new Error(`unknown vendor "${vendor}" (expected one of: ${known.join(', ')})`)
    return vendor
  })
  if (!values.check) await regenerate()
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
    // The typed scenario names of replay() and the README's figures follow the contracts (test/generate/ checks them).
    try {
      await regenerate()
    } catch (error) {
      console.error(`contracts: cannot regenerate what follows the contracts: ${(error as Error).message}`)
      process.exitCode = 1
    }
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
