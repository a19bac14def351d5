import { SANDBOX_MODULES } from './sandboxes.generated.ts'
import type { ReferenceSandbox, SandboxOptions } from './sandbox-kit/start-sandbox-server.ts'
import { conventionExport } from './vendor-conventions.ts'
import type { VendorId } from './vendor-ids.ts'

/** Starts one reference sandbox. */
export type StartSandbox = (options?: SandboxOptions) => Promise<ReferenceSandbox>

/** What `providers/<id>/sandbox/index.ts` exports. */
export interface SandboxModule {
  startSandbox: StartSandbox
}

/**
 * Starts a vendor's reference sandbox on 127.0.0.1 (port 0 unless given), loaded from its folder
 * through the generated table; a vendor without one fails naming the file to write.
 *
 * @example
 * const sandbox = await startReferenceSandbox(VENDOR_IDS[0], { port: 0 })
 * await sandbox.close()
 */
export async function startReferenceSandbox(vendor: VendorId, options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const start = conventionExport<StartSandbox>('sandbox', vendor, await SANDBOX_MODULES[vendor]?.())
  return start(options)
}
