/**
 * How a client id and secret go into HTTP Basic: as they are (what `curl -u id:secret` sends, and
 * what vendors' samples usually show), or form-encoded first (RFC 6749 section 2.3.1).
 *
 * @example
 * basicAuthorization(id, secret, 'form-urlencoded')
 */
export type BasicEncoding = 'as-is' | 'form-urlencoded'

const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+')

/**
 * The `Authorization` header value for a client's id and secret in HTTP Basic.
 *
 * @example
 * basicAuthorization('id', 'secret') // 'Basic aWQ6c2VjcmV0'
 * basicAuthorization('my id', 's/cret', 'form-urlencoded') // Basic of 'my+id:s%2Fcret'
 */
export function basicAuthorization(id: string, secret: string, encoding: BasicEncoding = 'as-is'): string {
  const [user, password] = encoding === 'as-is' ? [id, secret] : [formEncode(id), formEncode(secret)]
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}
