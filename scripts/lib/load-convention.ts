import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PROJECT_ROOT } from '../../providers/catalog/project-root.ts'
import { conventionExport, conventionFile, type ConventionName } from '../../providers/vendor-conventions.ts'
import { VENDOR_IDS, type VendorId } from '../../providers/vendor-ids.ts'

/**
 * Each vendor's module of one convention (`consumers/<id>/behaviour-cases.ts`, …), loaded by its
 * path; a vendor without the file is left out (test/vendors/conventions.test.ts names it). For
 * tests and benchmarks only: code that esbuild compiles loads through the generated tables instead.
 *
 * @example
 * const modules = await loadConvention('driftCases') // Map { 'aplos' => { driftCases: … }, … }
 */
export async function loadConvention(name: ConventionName, vendors: readonly VendorId[] = VENDOR_IDS): Promise<Map<VendorId, object>> {
  const modules = new Map<VendorId, object>()
  for (const vendor of vendors) {
    const file = join(PROJECT_ROOT, conventionFile(name, vendor))
    if (!existsSync(file)) continue
    // An opaque specifier: Vite would otherwise glob a template at transform time and cache that list of files.
    modules.set(vendor, (await import(/* @vite-ignore */ pathToFileURL(file).href)) as object)
  }
  return modules
}

/**
 * Each vendor's export of one convention, with an accessor that fails naming the vendor, the file,
 * the export and the command when it is missing.
 *
 * @example
 * const drift = await conventionExports<DriftCases>('driftCases')
 * drift.of(vendor).edits
 */
export async function conventionExports<T>(
  name: ConventionName,
  vendors: readonly VendorId[] = VENDOR_IDS,
): Promise<{ of(vendor: VendorId): T; present: Map<VendorId, T> }> {
  const modules = await loadConvention(name, vendors)
  const present = new Map<VendorId, T>()
  for (const [vendor, module] of modules) {
    try {
      present.set(vendor, conventionExport<T>(name, vendor, module))
    } catch {
      // Left out: of() names what is missing.
    }
  }
  return { of: (vendor) => present.get(vendor) ?? conventionExport<T>(name, vendor, modules.get(vendor)), present }
}
