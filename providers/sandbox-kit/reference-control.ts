import type { Fault, FaultSwitch } from './fault-switch.ts'
import { jsonBody } from './read-request.ts'
import type { JsonValue, SandboxRequest, SandboxResponse } from './sandbox-types.ts'

/**
 * The path under which a reference sandbox (never a real vendor) describes itself and takes
 * faults. `GET` answers `{ referenceSandbox: true, vendor, credentials }`; `PUT .../fault` arms a
 * fault; `DELETE .../fault` disarms it.
 */
export const REFERENCE_CONTROL_PATH = '/__reference-sandbox'

/** What `GET /__reference-sandbox` answers. */
export interface ReferenceDescription {
  referenceSandbox: true
  vendor: string
  /** The sandbox's demo credentials: made up at start, worthless anywhere else, so not secrets. */
  credentials: Record<string, JsonValue>
}

/**
 * Answers a request to the control path, or returns undefined for any other request.
 *
 * @example
 * const answer = referenceControl(request, { vendor: 'usta', credentials: {}, faults })
 */
export function referenceControl(
  request: SandboxRequest,
  sandbox: { vendor: string; credentials: Record<string, JsonValue>; faults: FaultSwitch },
): SandboxResponse | undefined {
  if (request.path !== REFERENCE_CONTROL_PATH && !request.path.startsWith(`${REFERENCE_CONTROL_PATH}/`)) return undefined
  const json = (status: number, body?: JsonValue): SandboxResponse => ({ status, headers: { 'Content-Type': 'application/json' }, body })
  if (request.path === REFERENCE_CONTROL_PATH && request.method === 'GET') {
    const description: ReferenceDescription = { referenceSandbox: true, vendor: sandbox.vendor, credentials: sandbox.credentials }
    return json(200, description as unknown as JsonValue)
  }
  if (request.path === `${REFERENCE_CONTROL_PATH}/fault` && request.method === 'DELETE') {
    sandbox.faults.disarm()
    return { status: 204, headers: {} }
  }
  if (request.path === `${REFERENCE_CONTROL_PATH}/fault` && request.method === 'PUT') {
    const fault = readFault(request)
    if (!fault) return json(400, { problem: 'expected {"status": 400..599, "times"?: n, "pathPrefix"?: "/...", "code"?: vendor code}' })
    sandbox.faults.arm(fault)
    return { status: 204, headers: {} }
  }
  return json(404, { problem: `no control ${request.method} ${request.path}` })
}

function readFault(request: SandboxRequest): Fault | undefined {
  const body = jsonBody(request)
  if (!body.ok || typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) return undefined
  const { status, times = 1, pathPrefix = '/', code } = body.value
  if (typeof status !== 'number' || status < 400 || status > 599) return undefined
  if (typeof times !== 'number' || typeof pathPrefix !== 'string') return undefined
  if (code !== undefined && typeof code !== 'string' && typeof code !== 'number') return undefined
  return { status, times, pathPrefix, code }
}
