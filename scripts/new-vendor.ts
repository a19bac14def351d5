/**
 * `npm run new-vendor -- --id <id> --page <file> [--url <address>] [--name <name>]` starts a vendor
 * from its error page: both folders, the snapshot, a draft catalog, the extractor configuration, a
 * client and a sandbox skeleton on the kits, and its tests; then `npm run generate` and its contracts.
 * Exit 0 done, 1 a step after writing failed, 2 refused (nothing written).
 */
import { PROJECT_ROOT } from '../providers/catalog/project-root.ts'
import { parseNewVendorArgs } from './lib/new-vendor/new-vendor-args.ts'
import { isNewVendorError } from './lib/new-vendor/new-vendor-error.ts'
import { leftByHand, runNewVendor } from './lib/new-vendor/run-new-vendor.ts'

try {
  const result = await runNewVendor(parseNewVendorArgs(process.argv.slice(2)), PROJECT_ROOT)
  const drafts = result.plan.catalog.errors.length
  console.log(`new-vendor: ${result.plan.names.id}: wrote ${result.files.length} files with ${drafts} draft entries:`)
  for (const file of result.files) console.log(`  ${file}`)
  console.log('new-vendor: left by hand:')
  for (const step of leftByHand(result)) console.log(`  - ${step}`)
  if (result.steps.some((step) => step.status !== 0)) process.exitCode = 1
} catch (error) {
  console.error(isNewVendorError(error) ? error.message : `new-vendor: ${(error as Error).stack ?? String(error)}`)
  process.exitCode = isNewVendorError(error) ? 2 : 1
}
