import { refused, type Refused } from './oauth-refusals.ts'

/**
 * What granting scopes found: the scopes the token gets, or why none can be granted.
 *
 * @example
 * const grant: ScopeGrant = grantScopes(parameters.get('scope'), client.scopes)
 */
export type ScopeGrant = { ok: true; scopes: string[] } | Refused

/**
 * Grants the scopes a token request asks for (a space-separated list, RFC 6749 section 3.3): every
 * one must be among the client's; asking for none grants all of the client's, unless the vendor
 * requires the request to name them.
 *
 * @example
 * grantScopes('read:user', ['read:user', 'write:user']) // { ok: true, scopes: ['read:user'] }
 * grantScopes(undefined, ['integration']) // { ok: true, scopes: ['integration'] }
 */
export function grantScopes(requested: string | undefined, granted: readonly string[], options: { required?: boolean } = {}): ScopeGrant {
  const asked = (requested ?? '').split(' ').filter(Boolean)
  if (asked.length === 0) return options.required ? refused('scope-missing') : { ok: true, scopes: [...granted] }
  if (asked.some((scope) => !granted.includes(scope))) return refused('scope-not-granted', granted.join(' '))
  return { ok: true, scopes: asked }
}
