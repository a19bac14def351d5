import { demoClients, SHORT_LIVED_TOKEN_MS } from '../../sandbox-kit/oauth/demo-clients.ts'

/** Token lifetime: the guide says 24 h, its sample answers expires_in 3600; assumption: the sample. */
const TOKEN_LIFETIME_MS = 3_600_000

/** The rate limits of an integration client of the sandbox. */
export interface DocplannerLimits {
  /** Requests per hour (the "hourly quota"): the API reference's 8000 for GET, counted over every request as the rate-limit guide counts it. */
  hourlyQuota: number
  /** Writes (PUT, POST, PATCH, DELETE) per minute: the API reference's 40. */
  writesPerMinute: number
}

/**
 * The sandbox's demo clients, each with a secret made at start and the scope `integration`: a
 * normal one; one whose hourly quota is 3 requests, so the quota can be used up without stopping the
 * others; one whose tokens live 0.3 s, so an expired token can be had without waiting an hour (both
 * reference-sandbox conveniences).
 *
 * @example
 * const clients = docplannerDemoClients()
 * clients.get('reference-quota-client')?.hourlyQuota // 3
 */
export function docplannerDemoClients() {
  const client = (role: string, tokenLifetimeMs: number, hourlyQuota: number) => ({
    role,
    tokenLifetimeMs,
    scopes: ['integration'],
    hourlyQuota,
    writesPerMinute: 40,
  })
  return demoClients([client('main', TOKEN_LIFETIME_MS, 8000), client('quota', TOKEN_LIFETIME_MS, 3), client('shortLived', SHORT_LIVED_TOKEN_MS, 8000)], {
    secrets: true,
  })
}

/** The demo clients, as {@link docplannerDemoClients} returns them. */
export type DocplannerDemoClients = ReturnType<typeof docplannerDemoClients>
