import { basicCredentials, formBody, jsonBody, mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import { plusAuthError } from './envelope.ts'
import type { PlusAuthTenants } from './tenants.ts'

/** What a PlusAuth access token stands for in the sandbox. */
export interface PlusAuthClaims {
  tenant: string
  clientId: string
  audience: string
  scopes: string[]
  /** The user the token was issued to (password grant); undefined for a client's own token. */
  userId?: string | undefined
}

/** Assumption: the docs give no token lifetime; an hour, as OIDC providers commonly issue. */
const TOKEN_LIFETIME_MS = 3_600_000

// Assumption: OAuth errors of the token endpoint use PlusAuth's documented error structure too
// (with `status` a string, as in envelope.ts).
const oauthError = (status: number, error: string, description: string): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: { error, error_description: description, status: String(status) },
})

/**
 * `POST /oauth2/token`: the client-credentials grant as PlusAuth's token example sends it (a form
 * with client_id, client_secret, grant_type, audience and a space-separated scope, which may be
 * empty: then the client's granted scopes), and the password grant as the Auth Plus API's page shows
 * it (client credentials too, plus username and password). Assumptions: client credentials in Basic
 * or a JSON body are taken too (no source shows them); a client-credentials request without an
 * audience is refused (every vendor sample sends one). The answer carries `access_token`,
 * `expires_at` and `scope`, as the example's doc comment names them; `expires_at` is read as epoch
 * seconds (its unit is not stated).
 *
 * @example
 * issueToken(request, 'reference', { tenants, tokens })
 */
export function issueToken(
  request: SandboxRequest,
  tenantName: string,
  sandbox: { tenants: PlusAuthTenants; tokens: TokenStore<PlusAuthClaims> },
): SandboxResponse {
  const form = readForm(request)
  const basic = basicCredentials(request)
  const clientId = basic?.id ?? form.get('client_id') ?? ''
  const clientSecret = basic?.secret ?? form.get('client_secret') ?? ''
  const client = sandbox.tenants.clients.find((candidate) => candidate.id === clientId)
  if (!client || client.secret !== clientSecret) return oauthError(401, 'invalid_client', 'Client authentication failed.')
  const tenant = sandbox.tenants.get(tenantName)
  const requested = (form.get('scope') ?? '').split(' ').filter(Boolean)
  if (requested.some((scope) => !client.scopes.includes(scope))) return oauthError(400, 'invalid_scope', 'Requested scope is not granted to the client.')
  const scopes = requested.length ? requested : client.scopes
  let userId: string | undefined
  const grant = form.get('grant_type')
  if (grant === 'password') {
    const user = [...tenant.users.values()].find((candidate) => candidate.username === form.get('username') && candidate.password !== undefined)
    if (!user || user.password !== form.get('password')) return oauthError(400, 'invalid_grant', 'Invalid username or password.')
    userId = user.id
  } else if (grant !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type.')
  }
  const audience = form.get('audience') ?? (grant === 'password' ? tenant.audience : '')
  if (!audience) return plusAuthError('invalid_request', 'audience is required.')
  const issued = sandbox.tokens.issue({ tenant: tenant.name, clientId: client.id, audience, scopes, userId }, TOKEN_LIFETIME_MS, 'pa')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: { access_token: issued.token, expires_at: Math.floor(issued.expiresAt / 1000), scope: scopes.join(' ') },
  }
}

function readForm(request: SandboxRequest): URLSearchParams {
  if (mediaType(request) !== 'application/json') return formBody(request)
  const body = jsonBody(request)
  const fields = body.ok && typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value) ? body.value : {}
  return new URLSearchParams(Object.entries(fields).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])))
}
