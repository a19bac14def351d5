/**
 * The auth header Aplos expects: `Authorization: Bearer: <token>`.
 *
 * The colon after `Bearer` is not a typo. It is how Aplos documents the header and how its own
 * samples send it; it is not RFC 6750's `Bearer <token>`. Keep it until Aplos says otherwise.
 *
 * @example
 * aplosAuthorization('abc') // { Authorization: 'Bearer: abc' }
 * @see https://www.aplos.com/api
 */
export function aplosAuthorization(token: string): Record<string, string> {
  return { Authorization: `Bearer: ${token}` }
}
