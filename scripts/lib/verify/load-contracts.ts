import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readPactFile, type PactFile } from '../../../providers/verification/pact-file.ts'
import { VENDOR_IDS, type VendorId } from '../../../providers/vendor-ids.ts'

/** The pact files of a contracts folder, by the vendor that is their provider. */
export interface LoadedContracts {
  byVendor: Map<VendorId, PactFile[]>
  /** Pacts whose provider is not a vendor (another direction, e.g. Docplanner calling our webhook). */
  skipped: { file: string; provider: string }[]
}

/**
 * Reads every `*.json` pact file of a folder; a file that is not a pact is an error naming it.
 *
 * @example
 * const { byVendor } = loadContracts('contracts')
 * byVendor.get('plansource')?.[0]?.interactions.length
 */
export function loadContracts(dir: string): LoadedContracts {
  let names: string[]
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
  } catch {
    throw new Error(`contracts folder ${dir} cannot be read`)
  }
  const byVendor = new Map<VendorId, PactFile[]>()
  const skipped: LoadedContracts['skipped'] = []
  for (const name of names) {
    const pact = readPactFile(join(dir, name))
    if (!(VENDOR_IDS as readonly string[]).includes(pact.provider)) {
      skipped.push({ file: name, provider: pact.provider })
      continue
    }
    const vendor = pact.provider as VendorId
    byVendor.set(vendor, [...(byVendor.get(vendor) ?? []), pact])
  }
  return { byVendor, skipped }
}
