/** Query parameters whose values are credentials, whatever the vendor calls them. */
const SECRET_QUERY_KEYS = /token|secret|password|assertion|key|signature|code/i

/**
 * Returns a URL safe to log or report: no user info, credential-like query values masked.
 *
 * @example
 * redactUrl('https://u:p@api.example.com/x?access_token=abc&page=2') // 'https://api.example.com/x?access_token=***&page=2'
 */
export function redactUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return '<invalid url>'
  }
  url.username = ''
  url.password = ''
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET_QUERY_KEYS.test(key)) url.searchParams.set(key, '***')
  }
  return url.toString().replace(/%2A%2A%2A/g, '***')
}
