import type { Fault } from '../sandbox-kit/fault-switch.ts'
import { REFERENCE_CONTROL_PATH, type ReferenceDescription } from '../sandbox-kit/reference-control.ts'
import { TargetUnavailable } from './polite-client.ts'
import type { VendorApi } from './vendor-api.ts'

/**
 * The reference sandbox's own switchboard, reached over HTTP (so it works for an in-process
 * sandbox and for one started with `npm run sandbox`). Real vendors have none.
 *
 * @example
 * const probe = await probeReferenceSandbox(api, 'docplanner')
 * if (probe.kind === 'reference') await probe.control.armFault({ status: 503, times: 1, pathPrefix: '/api/' })
 */
export interface ReferenceControl {
  credentials: ReferenceDescription['credentials']
  armFault(fault: Fault): Promise<void>
  disarmFault(): Promise<void>
}

/** What asking a target about itself found. */
export type ProbeResult = { kind: 'reference'; control: ReferenceControl } | { kind: 'other' } | { kind: 'unreachable'; reason: string }

/**
 * Asks the target whether it is this vendor's reference sandbox (any answer but the sandbox's own
 * description means it is not), or finds it unreachable.
 *
 * @example
 * const probe = await probeReferenceSandbox(api, 'plansource')
 * if (probe.kind === 'reference') await probe.control.armFault({ status: 500, times: 1, pathPrefix: '/' })
 */
export async function probeReferenceSandbox(api: VendorApi, vendor: string): Promise<ProbeResult> {
  let answer
  try {
    answer = await api.request({ method: 'GET', path: REFERENCE_CONTROL_PATH })
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof TargetUnavailable ? error.reason : String(error) }
  }
  const description = answer.status === 200 ? (answer.json() as Partial<ReferenceDescription> | undefined) : undefined
  if (description?.referenceSandbox !== true || description.vendor !== vendor || typeof description.credentials !== 'object') return { kind: 'other' }
  const control = async (method: string, json?: unknown) => {
    const done = await api.request({ method, path: `${REFERENCE_CONTROL_PATH}/fault`, json })
    if (done.status !== 204) throw new Error(`the reference sandbox refused the fault switch (${done.status})`)
  }
  const switchboard: ReferenceControl = {
    credentials: description.credentials,
    armFault: (fault) => control('PUT', fault),
    disarmFault: () => control('DELETE'),
  }
  return { kind: 'reference', control: switchboard }
}
