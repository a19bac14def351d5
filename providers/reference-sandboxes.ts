import type { ReferenceSandbox, SandboxOptions } from './sandbox-kit/start-sandbox-server.ts'
import type { VendorId } from './vendor-ids.ts'

type StartSandbox = (options?: SandboxOptions) => Promise<ReferenceSandbox>

/** Each vendor's reference sandbox, loaded only when asked for. */
const STARTERS: Partial<Record<VendorId, () => Promise<StartSandbox>>> = {
  plansource: async () => (await import('./plansource/sandbox/index.ts')).startPlanSourceSandbox,
  usta: async () => (await import('./usta/sandbox/index.ts')).startUstaSandbox,
  aplos: async () => (await import('./aplos/sandbox/index.ts')).startAplosSandbox,
  docplanner: async () => (await import('./docplanner/sandbox/index.ts')).startDocplannerSandbox,
  plusauth: async () => (await import('./plusauth/sandbox/index.ts')).startPlusAuthSandbox,
}

/**
 * Starts a vendor's reference sandbox on 127.0.0.1 (port 0 unless given).
 *
 * @example
 * const sandbox = await startReferenceSandbox('usta', { port: 0 })
 * await sandbox.close()
 */
export async function startReferenceSandbox(vendor: VendorId, options: SandboxOptions = {}): Promise<ReferenceSandbox> {
  const load = STARTERS[vendor]
  if (!load) throw new Error(`${vendor} has no reference sandbox yet`)
  return (await load())(options)
}
