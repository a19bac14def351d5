/**
 * `npm run contracts` regenerates every contract into `contracts/`.
 * `npm run contracts -- --check` regenerates them elsewhere and fails when `contracts/` differs.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { compareContracts, generateContracts } from './lib/generate-contracts.ts'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } })
const committed = join(PROJECT_ROOT, 'contracts')

let fresh: string
try {
  fresh = generateContracts({ quiet: values.quiet })
} catch (error) {
  console.error(`contracts: ${(error as Error).message}`)
  process.exit(1)
}
try {
  const differences = compareContracts(fresh, committed)
  if (values.check) {
    if (differences.length === 0) {
      console.log(`contracts: contracts/ is fresh (${readdirSync(fresh).length} pact files)`)
    } else {
      console.error('contracts: contracts/ differs from what the catalog and contract tests generate:')
      for (const difference of differences) {
        const detail = difference.interactions.length ? `: ${difference.interactions.join('; ')}` : ''
        console.error(`  ${difference.problem} ${difference.file}${detail}`)
      }
      console.error('contracts: run `npm run contracts`, review the diff and commit it with the change that caused it.')
      process.exitCode = 1
    }
  } else {
    mkdirSync(committed, { recursive: true })
    for (const name of readdirSync(committed)) if (name.endsWith('.json')) rmSync(join(committed, name))
    cpSync(fresh, committed, { recursive: true })
    console.log(`contracts: wrote ${readdirSync(fresh).length} pact files to contracts/ (${differences.length} changed)`)
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
