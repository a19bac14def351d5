import type { SandboxRequest } from '../../../providers/sandbox-kit/sandbox-types.ts'

/** The host the kit tests' requests are sent to (a client assertion's audience, when named by host). */
export const TEST_HOST = 'auth.example.test'

/**
 * A request as a reference sandbox sees it, for calling a kit handler without a server.
 *
 * @example
 * sandboxRequest({ headers: { authorization: 'Bearer abc' } })
 */
export function sandboxRequest(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string; query?: string } = {}): SandboxRequest {
  return {
    method: init.method ?? 'POST',
    path: init.path ?? '/oauth/token',
    query: new URLSearchParams(init.query ?? ''),
    headers: { host: `${TEST_HOST}:8443`, ...init.headers },
    body: init.body ?? '',
  }
}

/**
 * A token request with a url-encoded form body (and other headers, e.g. Basic credentials).
 *
 * @example
 * formRequest({ grant_type: 'client_credentials' }, { authorization: basic('id', 'secret') })
 */
export function formRequest(fields: Record<string, string>, headers: Record<string, string> = {}): SandboxRequest {
  return sandboxRequest({ headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() })
}

/**
 * An HTTP Basic header value, the id and secret as they are.
 *
 * @example
 * basic('id', 'secret') // 'Basic aWQ6c2VjcmV0'
 */
export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
}

/**
 * A clock a test moves by hand.
 *
 * @example
 * const clock = manualClock(); clock.advance(1000)
 */
export function manualClock(start = 1_800_000_000_000) {
  let current = start
  return { now: () => current, advance: (ms: number) => void (current += ms) }
}
