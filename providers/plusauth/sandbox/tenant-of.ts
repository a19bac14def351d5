import type { SandboxRequest } from '../../sandbox-kit/sandbox-types.ts'

/** The tenant a request without a tenant host or header goes to (assumption: the sandbox's own). */
export const DEFAULT_TENANT = 'reference'

/**
 * The tenant a request is for: the `X-PlusAuth-Tenant` header, else the host's subdomain
 * (`{tenant}.plusauth.com`), else {@link DEFAULT_TENANT} (vendor README: either form addresses a tenant).
 *
 * @example
 * tenantOf({ headers: { host: 'acme.plusauth.com' } }) // 'acme'
 */
export function tenantOf(request: Pick<SandboxRequest, 'headers'>): string {
  const header = request.headers['x-plusauth-tenant']
  if (typeof header === 'string' && header.trim() !== '') return header.trim().toLowerCase()
  const host = (request.headers.host ?? '').split(':')[0]!.toLowerCase()
  if (host.endsWith('.plusauth.com')) return host.slice(0, -'.plusauth.com'.length)
  return DEFAULT_TENANT
}
