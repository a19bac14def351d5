import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { GENERATE_COMMAND } from '../../../providers/vendor-conventions.ts'
import type { NewVendorOptions } from './new-vendor-args.ts'
import { planNewVendor } from './plan-new-vendor.ts'
import { vendorFiles } from './vendor-files.ts'
import type { VendorPlan } from './vendor-plan.ts'
import { writeVendorFiles } from './write-vendor-files.ts'

/** What `npm run new-vendor` did. */
export interface NewVendorResult {
  plan: VendorPlan
  /** The files written, from the project root. */
  files: string[]
  /** The commands run after writing (`npm run generate`, the vendor's contracts), with their exit codes. */
  steps: Array<{ command: string; status: number | null }>
}

/**
 * Starts a new vendor from its error page: plans it (refusing, with nothing written, a malformed or
 * taken id and a page it cannot read or reads no error from), writes its files, then runs
 * `npm run generate` and the vendor's contract generation, so that `npm run check` and the tests
 * run on it at once. Pass `filesOnly` to write the files and run nothing.
 *
 * @example
 * const { files } = await runNewVendor({ id: 'acme', page: 'acme-errors.html', filesOnly: false }, PROJECT_ROOT)
 */
export async function runNewVendor(options: NewVendorOptions, root: string, today = new Date().toISOString().slice(0, 10)): Promise<NewVendorResult> {
  const plan = planNewVendor(options, root, today)
  const files = await vendorFiles(plan, root)
  writeVendorFiles(files, root)
  const steps: NewVendorResult['steps'] = []
  if (!options.filesOnly) {
    const tsx = join(root, 'node_modules', '.bin', 'tsx')
    for (const [command, args] of [
      [GENERATE_COMMAND, ['scripts/generate.ts', '--quiet']],
      [`npm run contracts -- --vendor ${plan.names.id}`, ['scripts/contracts.ts', '--quiet', '--vendor', plan.names.id]],
    ] as const) {
      const run = spawnSync(tsx, [...args], { cwd: root, stdio: 'inherit' })
      steps.push({ command, status: run.status })
      if (run.status !== 0) break
    }
  }
  return { plan, files: [...files.keys()], steps }
}

/**
 * What is left to do by hand once a vendor is started, in order, for the command's last words.
 *
 * @example
 * console.log(leftByHand(result).join('\n'))
 */
export function leftByHand({ plan, steps }: NewVendorResult): string[] {
  const { id, display } = plan.names
  const failed = steps.find((step) => step.status !== 0)
  return [
    ...(failed ? [`${failed.command} failed (exit ${failed.status}): fix what it names, then run it again`] : []),
    `npm run release -- --bump minor (${display}'s contracts are new, and the package's version follows the contracts)`,
    `review each draft in providers/${id}/catalog.json: its status, body and what is assumed; give it ${display}'s real request (an operation of the client) and provider state; then remove its "draft" field`,
    `fill in providers/${id}/api-reference.json from ${display}'s own reference (hosts, token flow, operations, each with its source), and providers/${id}/reference-probes.ts`,
    `write ${display}'s behaviour in providers/${id}/sandbox/ (its token flow, validation, entity store and the page's errors, from the docs, never from the catalog) and its provider states`,
    `the client in consumers/${id}/: ${display}'s operations, its token flow, its expired-token answer; consumers/${id}/behaviour-cases.ts as the drafts are reviewed`,
    ...(plan.docPage.note ? [`providers/${id}/doc-page.json: the page's public address (${plan.docPage.page} is a placeholder)`] : []),
    `npm run generate && npm run check && npm test`,
  ]
}
