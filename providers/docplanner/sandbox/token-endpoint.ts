import { basicCredentials, formBody, mediaType } from '../../sandbox-kit/read-request.ts'
import type { SandboxRequest, SandboxResponse } from '../../sandbox-kit/sandbox-types.ts'
import type { TokenStore } from '../../sandbox-kit/token-store.ts'
import type { DocplannerClient } from './demo-clients.ts'

// Assumption: the token endpoint answers OAuth 2.0 errors as application/json (RFC 6749 section 5.2); no source documents them.
const oauthError = (status: number, error: string, description: string): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: { error, error_description: description },
})

/**
 * The form fields of a `multipart/form-data` body. The boundary comes from the Content-Type, or,
 * when the request has none, from the body's first line: the official PHP SDK sends its token
 * request as a multipart stream without setting a Content-Type.
 *
 * @example
 * multipartFields('--b\r\nContent-Disposition: form-data; name="scope"\r\n\r\nintegration\r\n--b--\r\n', undefined) // Map { 'scope' => 'integration' }
 */
export function multipartFields(body: string, contentType: string | undefined): Map<string, string> {
  const fields = new Map<string, string>()
  const declared = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1]
  const sniffed = contentType === undefined || contentType.trim() === '' ? /^--([^\r\n]+)\r?\n/.exec(body)?.[1] : undefined
  const boundary = declared ?? sniffed
  if (boundary === undefined) return fields
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break
    const split = part.search(/\r?\n\r?\n/)
    if (split < 0) continue
    const name = /name="([^"]*)"/i.exec(part.slice(0, split))?.[1]
    if (name !== undefined)
      fields.set(
        name,
        part
          .slice(split)
          .replace(/^\r?\n\r?\n/, '')
          .replace(/\r?\n$/, ''),
      )
  }
  return fields
}

/** The request's form fields: url-encoded as the guide's curl sends them, or multipart as the PHP SDK does. */
function formFields(request: SandboxRequest): Map<string, string> {
  const type = mediaType(request)
  if (type === 'multipart/form-data' || (type === '' && request.body.startsWith('--'))) return multipartFields(request.body, request.headers['content-type'])
  return new Map(formBody(request))
}

/**
 * `POST /oauth/v2/token`: `grant_type=client_credentials&scope=integration`, the client id and
 * secret in HTTP Basic (the guide's and the OpenAPI document's curl sample, `curl -u`), or as
 * `client_id` and `client_secret` fields of the form (the official PHP SDK, which sends a
 * multipart body). Answers `{access_token, expires_in, token_type: "bearer", scope: null}` as the
 * documented sample does.
 *
 * @example
 * issueToken(request, { clients, tokens })
 */
export function issueToken(request: SandboxRequest, sandbox: { clients: DocplannerClient[]; tokens: TokenStore<{ clientId: string }> }): SandboxResponse {
  const form = formFields(request)
  const basic = basicCredentials(request)
  const claimed = basic ?? { id: form.get('client_id'), secret: form.get('client_secret') }
  const client = sandbox.clients.find((candidate) => candidate.id === claimed.id)
  if (!client || client.secret !== claimed.secret) return oauthError(401, 'invalid_client', 'The client credentials are invalid')
  if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Invalid grant_type parameter or parameter missing')
  const scope = form.get('scope') ?? 'integration'
  if (scope !== 'integration') return oauthError(400, 'invalid_scope', 'An unsupported scope was requested.')
  const issued = sandbox.tokens.issue({ clientId: client.id }, client.tokenLifetimeMs, 'dp')
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    body: { access_token: issued.token, expires_in: client.tokenLifetimeMs / 1000, token_type: 'bearer', scope: null },
  }
}
