import fc from 'fast-check'
import { loadAllCatalogs } from '../../../providers/catalog/load-catalog.ts'

/** Characters a header value may carry on the wire (anything but NUL, CR, LF; Latin-1 only). */
const headerChar = fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code))
const garbage = fc.string({ unit: headerChar, maxLength: 80 })

/** The content types the vendors' catalogs document, each also with a charset. */
const documented = [...new Set(loadAllCatalogs().flatMap((catalog) => catalog.errors.map((entry) => entry.contentType)))].flatMap((type) => [
  type,
  `${type}; charset=UTF-8`,
])

/** Content types vendors send, near misses, and garbage. */
const contentType = fc.oneof(
  fc.constantFrom(
    ...documented,
    'application/json; charset=utf-8',
    'APPLICATION/JSON;charset=UTF-8',
    'application/problem+json',
    'text/html; charset=iso-8859-1',
    'text/plain',
    'application/octet-stream',
    ';;;',
    'application/json;;charset=',
    'json',
  ),
  garbage,
)

/** Retry hints that are right, wrong, out of range or garbage: seconds, dates, epochs. */
const retryHint = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '1e308',
    '1.7976931348623157e+308',
    '9'.repeat(400),
    '0x10',
    ' 30 ',
    '30s',
    'soon',
    'Wed, 21 Oct 2015 07:28:00 GMT',
    'Fri, 31 Dec 9999 23:59:59 GMT',
    '2026-13-45T99:99:99Z',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  garbage,
)

/**
 * Response headers as an error answer may carry them: any content type (or none), any or no
 * `Retry-After` and `X-RateLimit-Reset`, plus unrelated headers.
 *
 * @example
 * fc.assert(fc.property(hostileHeaders, (init) => new Headers(init).get('retry-after')))
 */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'content-type': contentType,
      'retry-after': retryHint,
      'x-ratelimit-reset': retryHint,
      'x-ratelimit-remaining': garbage,
      'www-authenticate': garbage,
    },
    { requiredKeys: [] },
  )
  .map((headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.trim()])))

/**
 * Any three-digit status an HTTP parser accepts, weighted towards the ones vendors use, that is
 * not a success (a success is not an error answer).
 *
 * @example
 * fc.sample(errorStatus, 3) // e.g. [429, 999, 103]
 */
export const errorStatus: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(400, 401, 402, 403, 404, 405, 409, 415, 422, 429, 500, 502, 503, 504) },
    { weight: 2, arbitrary: fc.integer({ min: 100, max: 999 }) },
    { weight: 1, arbitrary: fc.constantFrom(100, 101, 103, 199, 300, 302, 304, 418, 499, 599, 600, 999) },
  )
  .filter((status) => status < 200 || status > 299)
