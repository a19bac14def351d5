import { MatchersV3 } from '@pact-foundation/pact'
import { ResponseBuilder } from '@pact-foundation/pact/src/v4/http/responseBuilder.js'
import type { V4ResponseBuilder } from '@pact-foundation/pact/src/v4/http/types.js'

/**
 * Reaches the pact-core interaction behind a V4 response builder. pact-js keeps it `protected`;
 * a subclass is the one place TypeScript lets us read it.
 */
class ResponseBodyAccess extends ResponseBuilder {
  static interactionOf(builder: V4ResponseBuilder) {
    if (!(builder instanceof ResponseBuilder)) throw new Error('jsonBodyAs: the response builder is not pact-js V4 ResponseBuilder (has pact-js changed?)')
    return (builder as ResponseBodyAccess).interaction
  }
}

/**
 * Like pact-js's `jsonBody`, but records the vendor's JSON media type (e.g.
 * `application/vnd.error+docplanner+json`) as the body's content type instead of always
 * `application/json`. Matchers in the template work as with `jsonBody`: Pact treats every
 * `+json` type as JSON. For `application/json` it is exactly `jsonBody`.
 *
 * @example
 * .willRespondWith(404, (builder) => jsonBodyAs(builder, 'application/vnd.error+docplanner+json', { message: like('x') }))
 * @see https://docs.pact.io/implementation_guides/rust/pact_ffi (pactffi_with_body: the content type is the body's)
 */
export function jsonBodyAs(builder: V4ResponseBuilder, contentType: string, template: unknown): V4ResponseBuilder {
  if (contentType.split(';')[0]!.trim().toLowerCase() === 'application/json') return builder.jsonBody(template)
  ResponseBodyAccess.interactionOf(builder).withResponseBody(MatchersV3.matcherValueOrString(template), contentType)
  return builder
}
