import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PROJECT_ROOT } from '../../../providers/catalog/project-root.ts'
import { conventionExport, conventionFile } from '../../../providers/vendor-conventions.ts'
import type { VerificationProfile } from '../../../providers/verification/verification-profile.ts'
import { SCENARIOS_FILE, scenarioNamesSource } from '../replay/scenario-names-source.ts'
import { discoverVendors } from './discover-vendors.ts'
import { LOADERS, loaderSource } from './loader-source.ts'
import { replaceMarkedBlock } from './marked-block.ts'
import { NIGHTLY_ENV_MARKER, NIGHTLY_WORKFLOW, nightlyEnvLines } from './nightly-env-block.ts'
import { contractFigures, README_FIGURES_MARKER, readmeFigureLines } from './readme-figures.ts'
import { VENDOR_IDS_FILE, vendorIdsSource } from './vendor-ids-source.ts'

/** One file `npm run generate` writes (whole, or a marked block of it): its path and its fresh text. */
export interface GeneratedFile {
  /** From the project root. */
  file: string
  /** The file's fresh text, given its current text (undefined when it does not exist). */
  render(current: string | undefined): string
}

/**
 * Everything that must name every vendor, generated from the vendors' folders and contracts/:
 * the vendor-id registry, the loader tables, the replay scenario names, the nightly workflow's
 * secret variables and the README's figures.
 *
 * @example
 * for (const generated of await generatedFiles()) console.log(generated.file)
 */
export async function generatedFiles(root: string = PROJECT_ROOT): Promise<GeneratedFile[]> {
  const vendors = discoverVendors(root)
  const profiles = await verificationProfiles(vendors, root)
  return [
    { file: VENDOR_IDS_FILE, render: () => vendorIdsSource(vendors) },
    ...LOADERS.map((spec) => ({ file: spec.file, render: () => loaderSource(spec, vendors, root) })),
    { file: relative(PROJECT_ROOT, SCENARIOS_FILE), render: () => scenarioNamesSource(join(root, 'contracts')) },
    { file: NIGHTLY_WORKFLOW, render: (current) => replaceMarkedBlock(current ?? '', NIGHTLY_ENV_MARKER, nightlyEnvLines(profiles), NIGHTLY_WORKFLOW) },
    {
      file: 'README.md',
      render: (current) =>
        replaceMarkedBlock(current ?? '', README_FIGURES_MARKER, readmeFigureLines(contractFigures(join(root, 'contracts'), vendors)), 'README.md'),
    },
  ]
}

/** A generated file: whether it differed from its fresh text, or why it could not be rendered. */
export interface GenerateResult {
  file: string
  stale: boolean
  problem?: string
}

/**
 * Renders every generated file; with `write`, rewrites those that are stale. A file that cannot be
 * rendered (a marker missing) is reported with its problem, and the others are still written.
 *
 * @example
 * (await generate({ write: false })).filter((result) => result.stale) // [] when every generated file is fresh
 */
export async function generate(options: { root?: string; write: boolean }): Promise<GenerateResult[]> {
  const root = options.root ?? PROJECT_ROOT
  const results: GenerateResult[] = []
  for (const generated of await generatedFiles(root)) {
    const path = join(root, generated.file)
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    let fresh: string
    try {
      fresh = generated.render(current)
    } catch (error) {
      results.push({ file: generated.file, stale: true, problem: (error as Error).message })
      continue
    }
    const stale = fresh !== current
    if (stale && options.write) writeFileSync(path, fresh)
    results.push({ file: generated.file, stale })
  }
  return results
}

/** Each vendor's verification profile that exists, in vendor-id order, read from its file (not the generated loaders, which may be stale). */
async function verificationProfiles(vendors: readonly string[], root: string): Promise<VerificationProfile[]> {
  const profiles: VerificationProfile[] = []
  for (const vendor of vendors) {
    const file = join(root, conventionFile('verification', vendor))
    if (!existsSync(file)) continue
    // An opaque specifier: bundlers and Vite would otherwise try to resolve a template at build time.
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as object
    profiles.push(conventionExport<VerificationProfile>('verification', vendor, module))
  }
  return profiles
}
