import type { PoliteClient } from './polite-client.ts'

/** An answer from the vendor's API, for provider-state handlers. */
export interface ApiAnswer {
  status: number
  headers: Headers
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json(): unknown
}

/** A call a state handler makes through the vendor's public API. */
export interface ApiCall {
  method: string
  /** A path on the target (e.g. `/api/v1/users/`), or an absolute URL (another host, e.g. a token host). */
  path: string
  headers?: Record<string, string> | undefined
  json?: unknown
  form?: URLSearchParams | Record<string, string> | undefined
  /** Statuses this call expects, so they are never retried as transient (e.g. 429 when exhausting a limit). */
  expect?: readonly number[] | undefined
}

/**
 * The vendor's public API on the verification target, sent through the same polite client as the
 * verified requests (so states are paced, retried and bounded like everything else).
 *
 * @example
 * const answer = await api.request({ method: 'GET', path: '/api/v1/users/usr_1', headers: await authHeaders() })
 */
export function vendorApi(client: PoliteClient, baseUrl: string) {
  return {
    baseUrl,
    url(path: string): string {
      return /^https?:\/\//.test(path) ? path : `${baseUrl.replace(/\/+$/, '')}${path}`
    },
    async request(call: ApiCall): Promise<ApiAnswer> {
      const headers: Record<string, string> = { accept: 'application/json', ...call.headers }
      let body: Buffer | undefined
      if (call.json !== undefined) {
        headers['content-type'] ??= 'application/json'
        body = Buffer.from(JSON.stringify(call.json))
      } else if (call.form !== undefined) {
        headers['content-type'] ??= 'application/x-www-form-urlencoded'
        body = Buffer.from(new URLSearchParams(call.form).toString())
      }
      const answer = await client.send({ method: call.method, url: this.url(call.path), headers, body }, { expectedStatuses: call.expect })
      const text = answer.body.toString('utf8')
      const responseHeaders = new Headers()
      for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string') responseHeaders.set(name, value)
      return {
        status: answer.status,
        headers: responseHeaders,
        text,
        json() {
          try {
            return JSON.parse(text) as unknown
          } catch {
            return undefined
          }
        },
      }
    },
  }
}

/** The vendor API, as {@link vendorApi} returns it. */
export type VendorApi = ReturnType<typeof vendorApi>
