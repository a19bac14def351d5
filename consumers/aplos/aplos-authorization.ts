/**
 * The auth header Aplos expects: `Authorization: Bearer: <token>`.
 *
 * The colon after `Bearer` is not a typo. It is how Aplos's resource pages list the header and how
 * its C# library and Java sample send it; it is not RFC 6750's `Bearer <token>`. Aplos's own Python
 * sample sends `Bearer <token>` without the colon, so the server may take both; nothing says so,
 * and the documented form is kept.
 *
 * @example
 * aplosAuthorization('abc') // { Authorization: 'Bearer: abc' }
 * @see https://www.aplos.com/api
 */
export function aplosAuthorization(token: string): Record<string, string> {
  return { Authorization: `Bearer: ${token}` }
}
