import { randomBytes } from 'node:crypto'

/** An integration client of the sandbox. */
export interface DocplannerClient {
  id: string
  secret: string
  tokenLifetimeMs: number
  /** Requests per hour (the "hourly quota"): the API reference's 8000 for GET, counted over every request as the rate-limit guide counts it. */
  hourlyQuota: number
  /** Writes (PUT, POST, PATCH, DELETE) per minute: the API reference's 40. */
  writesPerMinute: number
}

/**
 * The sandbox's demo clients: a normal one; one whose hourly quota is 3 requests, so the quota can be
 * used up without stopping the others; one whose tokens live 0.3 s, so an expired token can be had
 * without waiting an hour (both reference-sandbox conveniences).
 *
 * @example
 * const clients = docplannerDemoClients()
 */
export function docplannerDemoClients(): DocplannerClient[] {
  const secret = () => randomBytes(18).toString('base64url')
  // Token lifetime: the guide says 24 h, its sample answers expires_in 3600; assumption: the sample.
  return [
    { id: 'reference-client', secret: secret(), tokenLifetimeMs: 3_600_000, hourlyQuota: 8000, writesPerMinute: 40 },
    { id: 'reference-quota-client', secret: secret(), tokenLifetimeMs: 3_600_000, hourlyQuota: 3, writesPerMinute: 40 },
    { id: 'reference-short-lived-client', secret: secret(), tokenLifetimeMs: 300, hourlyQuota: 8000, writesPerMinute: 40 },
  ]
}
